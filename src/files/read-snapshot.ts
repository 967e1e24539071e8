// A received .xlsx → the snapshot the checks take: every data point name found by its defined name (never
// by position), with the cell's cached value and formula, and what the workbook says of its standard.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import {
  META_SHEET,
  parseDataPointName,
  parseQualified,
  type CellSnapshot,
  type CellValue,
  type WorkbookSnapshot,
} from "../core";

/** A file that cannot be read as a report; `message` is one Vietnamese line for the officer. */
export class ReportReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportReadError";
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

function plain(value: unknown): CellValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if (typeof v.text === "string") return v.text; // hyperlink
  }
  return String(value);
}

function readCell(cell: ExcelJS.Cell): CellSnapshot {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula ? `=${cell.formula}` : undefined;
    // ExcelJS drops falsy results from `value`; `result` keeps 0 and "" (see the toolchain notes).
    const result = cell.result;
    return { formula, ...(result === undefined ? {} : { value: plain(result) }) };
  }
  return { value: plain(cell.value) };
}

function names(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model;
  return Array.isArray(model) ? model : [];
}

export function snapshotOfWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const cells: WorkbookSnapshot["cells"] = {};
  for (const { name, ranges } of names(workbook)) {
    if (!parseDataPointName(name)) continue;
    const address = ranges.length === 1 ? parseQualified(ranges[0]) : undefined;
    const ws = address && workbook.getWorksheet(address.sheet);
    if (!address || !ws) {
      cells[name] = {}; // the name exists but points nowhere (#REF!, deleted sheet)
      continue;
    }
    cells[name] = { address, ...readCell(ws.getCell(address.row, address.col)) };
  }
  const snapshot: WorkbookSnapshot = { cells };
  const meta = workbook.getWorksheet(META_SHEET);
  if (meta) {
    const entries = new Map<string, string>();
    meta.eachRow((row) =>
      entries.set(String(row.getCell(1).value ?? ""), String(row.getCell(2).value ?? ""))
    );
    const forms = entries.get("forms");
    if (forms) snapshot.declaredForms = forms.split(",").filter(Boolean);
    if (entries.get("standard"))
      snapshot.standard = { id: entries.get("standard")!, version: entries.get("version") ?? "" };
    snapshot.meta = Object.fromEntries(entries);
  }
  return snapshot;
}

export async function readSnapshotFromBuffer(buffer: Buffer): Promise<WorkbookSnapshot> {
  if (startsWith(buffer, OLE)) {
    throw new ReportReadError(
      "tệp được đặt mật khẩu hoặc là định dạng .xls cũ; hãy lưu lại thành .xlsx không đặt mật khẩu"
    );
  }
  if (!startsWith(buffer, ZIP))
    throw new ReportReadError("tệp không phải là sổ tính Excel (.xlsx)");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new ReportReadError(
      "tệp .xlsx bị hỏng hoặc không đọc được (có thể tệp chưa được lưu trọn vẹn)"
    );
  }
  const snapshot = snapshotOfWorkbook(workbook);
  if (Object.keys(snapshot.cells).length === 0 && !snapshot.declaredForms?.length) {
    throw new ReportReadError(
      "sổ tính không chứa biểu mẫu 05-TK/THA hay 06-TK/THA nào (không có tên dữ liệu THADS)"
    );
  }
  return snapshot;
}

export async function readSnapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportReadError(
      code === "ENOENT"
        ? "không tìm thấy tệp"
        : code === "EISDIR"
          ? "đây là thư mục, không phải tệp"
          : "không đọc được tệp"
    );
  }
  return readSnapshotFromBuffer(buffer);
}
