// A received .xlsx, once its parts can be read, → the snapshot the checks take: every data point name found by
// its defined name (never by position), with the cell's cached value and formula, and what the workbook says
// of its standard. Only the parts that hold the template are read (workbook, its names, the sheets they point
// at, shared strings, styles, THADS_META), each bounded (see limits.ts); nothing is keyed by a name taken from
// the file. No Node API here: the command line reads through zip.ts (zlib), the task pane through
// browser-reader.ts (the browser's own inflate), and both give the same snapshot.
import {
  META_SHEET,
  a1,
  parseMeta,
  snapshotMeta,
  qualified,
  type CellAddress,
  type CellSnapshot,
  type CellValue,
  type WorkbookSnapshot,
} from "../core";
import { LIMITS } from "./limits";
import { ReportReadError } from "./read-error";
import { cellKey, readSheet, type CellBudget, type RawCell, type SheetCells } from "./sheet";
import { dateStyles } from "./styles";
import { decodeXml, innersOf, textOf } from "./xml";
import { text, workbookLayout, workbookPart, type SheetEntry, type Wanted } from "./workbook";
import { fileTooLarge, type Zip } from "./zip-format";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);
const MAX_ROW = 1_048_576;

/** What a zip that is not an Excel workbook is, when it says so. */
function otherFormat(zip: Zip): string {
  const mimetype = zip.read("mimetype")?.toString("latin1").trim() ?? "";
  if (mimetype.includes("opendocument.spreadsheet"))
    return "bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice)";
  if (mimetype.includes("opendocument.text")) return "văn bản OpenDocument (.odt)";
  if (mimetype.includes("opendocument")) return "tài liệu OpenDocument";
  if (zip.has("word/document.xml")) return "văn bản Word (.docx)";
  if (zip.has("ppt/presentation.xml")) return "bản trình chiếu PowerPoint (.pptx)";
  if (zip.has("xl/workbook.bin")) return "sổ tính Excel nhị phân (.xlsb)";
  if (zip.has("Index/Document.iwa")) return "bảng tính Numbers của Apple";
  return "tệp nén zip thông thường";
}

const notXlsx = (what: string) =>
  new ReportReadError(
    `không phải tệp .xlsx của Excel: đây là ${what}; hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx`
  );

/** Excel's serial day → "yyyy-mm-dd", as ExcelJS converts; undefined beyond Excel's calendar. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial <= 2_958_465)) return undefined;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

interface Context {
  strings: SharedStrings;
  dates: ReadonlySet<number>;
  date1904: boolean;
}

/** The shared strings table; each string is decoded only when a cell wanted refers to it. */
class SharedStrings {
  private readonly decoded: (string | undefined)[] = [];
  constructor(private readonly inners: string[]) {}
  get length(): number {
    return this.inners.length;
  }
  get(i: number): string {
    return (this.decoded[i] ??= textOf(this.inners[i]));
  }
}

/** A number as the file writes it; text that is not a finite number stays text (the checks say so). */
function numberOf(v: string): number | string {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : v;
}

function valueOf(raw: RawCell, ctx: Context): CellValue | undefined {
  if (raw.type === "inlineStr") return raw.v === undefined ? null : textOf(raw.v);
  if (raw.v === undefined) return raw.f !== undefined && raw.f !== "" ? undefined : null;
  const v = decodeXml(raw.v);
  switch (raw.type) {
    case "s": {
      const i = Number(v);
      return Number.isInteger(i) && i >= 0 && i < ctx.strings.length ? ctx.strings.get(i) : "";
    }
    case "str":
      return v;
    case "b":
      return v === "1" || v.toLowerCase() === "true";
    case "e":
      return { error: v };
    case "d":
      return { date: v.slice(0, 10) };
    default: {
      if (v === "") return null;
      const n = numberOf(v);
      if (typeof n === "number" && raw.f === undefined && ctx.dates.has(raw.s)) {
        const date = serialDate(n, ctx.date1904);
        if (date) return { date };
      }
      return n;
    }
  }
}

function snapshotCell(raw: RawCell | undefined, ctx: Context, address?: CellAddress): CellSnapshot {
  const cell: CellSnapshot = address
    ? { address: { sheet: address.sheet, col: address.col, row: address.row } }
    : {};
  if (raw && raw.f !== undefined && raw.f !== "") {
    cell.formula = `=${raw.f}`;
    const value = valueOf(raw, ctx);
    if (value !== undefined) cell.value = value;
  } else cell.value = raw ? (valueOf(raw, ctx) ?? null) : null;
  return cell;
}

function hasSharedString(sheet: SheetCells): boolean {
  for (const cell of sheet.cells.values()) if (cell.type === "s") return true;
  return false;
}

/**
 * The snapshot of an opened .xlsx. `wbPath` is its workbook part, when the caller has found it already.
 */
export function readSnapshotFromZip(zip: Zip, wbPath = workbookPart(zip)): WorkbookSnapshot {
  if (!wbPath) throw notXlsx(otherFormat(zip));
  const { layout, date1904 } = workbookLayout(zip, wbPath);
  const { rels, sheetByName, targets, wanted } = layout;

  const budget: CellBudget = { left: LIMITS.cells };
  const read = (sheet: SheetEntry, w?: Wanted): SheetCells => {
    const xml = sheet.path ? text(zip, sheet.path) : undefined;
    if (xml === undefined) return { cells: new Map(), merges: [] };
    return readSheet(
      xml,
      w ? (key) => w.keys.has(key) : undefined,
      w ? w.lastRow : MAX_ROW,
      budget,
      sheet.name
    );
  };
  const sheetCells = new Map<SheetEntry, SheetCells>();
  for (const [sheet, w] of wanted) sheetCells.set(sheet, read(sheet, w));

  const metaSheet = sheetByName.get(META_SHEET.toLowerCase());
  const needsStrings = !!metaSheet || [...sheetCells.values()].some(hasSharedString);
  const stringsPath = [...rels.values()].find((p) => /sharedStrings\d*\.xml$/i.test(p));
  const strings = new SharedStrings(
    needsStrings && stringsPath ? innersOf(text(zip, stringsPath) ?? "", "si") : []
  );
  const stylesPath = [...rels.values()].find((p) => /styles\d*\.xml$/i.test(p));
  const ctx: Context = {
    strings,
    dates: dateStyles(stylesPath ? text(zip, stylesPath) : undefined),
    date1904,
  };

  const cells: WorkbookSnapshot["cells"] = Object.create(null);
  const mergedAway: { name: string; range: string }[] = [];
  for (const t of targets) {
    if (!t.at || !t.sheet) {
      cells[t.name] = {}; // the name exists but points nowhere (#REF!, deleted sheet)
      continue;
    }
    const sc = sheetCells.get(t.sheet)!;
    cells[t.name] = snapshotCell(sc.cells.get(cellKey(t.at.row, t.at.col)), ctx, t.at);
    const { row, col } = t.at;
    const merge = sc.merges.find(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
    );
    if (merge && (merge.top !== row || merge.left !== col)) {
      mergedAway.push({
        name: t.name,
        range: qualified({ sheet: t.at.sheet, row: merge.top, col: merge.left }).replace(
          /$/,
          `:${a1(merge.bottom, merge.right)}`
        ),
      });
    }
  }

  const snapshot: WorkbookSnapshot = { cells };
  // The layout may serve the next file too: the snapshot gets copies of what it shares.
  const duplicates = layout.duplicateNames;
  const hasDuplicates = duplicates.length > 0;
  const hasMerged = mergedAway.length > 0;
  if (hasDuplicates || hasMerged) {
    snapshot.structure = {
      ...(hasDuplicates
        ? { duplicateNames: duplicates.map((d) => ({ name: d.name, places: [...d.places] })) }
        : {}),
      ...(hasMerged ? { mergedAway } : {}),
    };
  }
  if (metaSheet) {
    const meta = read(metaSheet);
    const asText = (raw: RawCell | undefined) => {
      const v = raw ? snapshotCell(raw, ctx).value : null;
      return v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v);
    };
    const rows = new Set<number>();
    for (const key of meta.cells.keys()) rows.add(Math.floor(key / 16_384));
    const parsed = parseMeta(
      [...rows]
        .sort((a, b) => a - b)
        .map((row) => [
          asText(meta.cells.get(cellKey(row, 1))),
          asText(meta.cells.get(cellKey(row, 2))),
        ])
    );
    Object.assign(snapshot, snapshotMeta(parsed));
    snapshot.meta = Object.fromEntries(parsed.entries);
  }
  return snapshot;
}

/** Refuses, before unzipping, what is not an .xlsx of a sensible size (old .xls, a password, any other file). */
export function refuseNonReport(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE)) {
    throw new ReportReadError(
      "tệp được đặt mật khẩu hoặc là định dạng .xls cũ; hãy lưu lại thành .xlsx không đặt mật khẩu"
    );
  }
  if (!startsWith(bytes, ZIP)) throw new ReportReadError("tệp không phải là sổ tính Excel (.xlsx)");
  if (bytes.length > LIMITS.fileBytes) throw fileTooLarge(bytes.length);
}

/** The opened zip of a received report → its snapshot, or the reason it is not a THADS report. */
export function reportSnapshot(zip: Zip): WorkbookSnapshot {
  const wbPath = workbookPart(zip);
  if (!zip.has("[Content_Types].xml") || !wbPath) throw notXlsx(otherFormat(zip));
  const snapshot = readSnapshotFromZip(zip, wbPath);
  if (Object.keys(snapshot.cells).length === 0 && !snapshot.declaredForms?.length) {
    throw new ReportReadError(
      "sổ tính không chứa biểu mẫu 05-TK/THA hay 06-TK/THA nào (không có tên dữ liệu THADS)"
    );
  }
  return snapshot;
}
