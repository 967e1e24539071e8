// Writing a sign-off record into a received report: the file is loaded with ExcelJS, the record's rows go into
// the hidden meta sheet (nothing else is changed), and the result is written to a new file through a temporary
// one, so a user's file is never half-written. Before the rename, the written file is read back and must verify.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import { META_SHEET, placeRecord } from "../core";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  return String(value);
}

/** The report with the record's rows added to its meta sheet, as .xlsx bytes. */
export async function withSignoffRows(source: Buffer, rows: [string, string][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  const meta =
    workbook.getWorksheet(META_SHEET) ?? workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  const keys: string[] = [];
  for (let row = 1; row <= meta.rowCount; row++) keys.push(cellText(meta.getCell(row, 1).value));
  const placement = placeRecord(keys, rows);
  for (const row of placement.clear) {
    meta.getCell(row, 1).value = null;
    meta.getCell(row, 2).value = null;
  }
  placement.rows.forEach(([key, value], i) => {
    meta.getCell(placement.startRow + i, 1).value = key;
    meta.getCell(placement.startRow + i, 2).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes bytes to `path` through a temporary file in the same folder, renamed into place at the end. */
export async function writeFileAtomically(path: string, data: Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
