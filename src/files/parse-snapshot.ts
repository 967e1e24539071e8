// A received .xlsx, once its parts can be read, → the snapshot the checks take: every data point name found by
// its defined name (never by position), with the cell's cached value and formula, and what the workbook says
// of its standard. Only the parts that hold the template are read (workbook, its names, the sheets they point
// at, shared strings, styles, THADS_META), each bounded (see limits.ts); nothing is keyed by a name taken from
// the file. No Node API here: the command line reads through zip.ts (zlib), the task pane through
// browser-reader.ts (the browser's own inflate), and both give the same snapshot.
import {
  META_SHEET,
  a1,
  parseA1,
  parseMeta,
  snapshotMeta,
  parseDataPointName,
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
import { attr, decodeXml, elements, textOf } from "./xml";
import { fileTooLarge, type Zip } from "./zip-format";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface SheetEntry {
  name: string;
  path: string;
}

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

function text(zip: Zip, path: string): string | undefined {
  return zip.read(path)?.toString("utf8");
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relationships(zip: Zip, part: string): Map<string, string> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const targets = new Map<string, string>();
  for (const rel of elements(text(zip, relsPath) ?? "", "Relationship")) {
    const id = rel.attrs.get("Id");
    const target = rel.attrs.get("Target");
    if (id && target) targets.set(id, resolveTarget(part, target));
  }
  return targets;
}

export function workbookPart(zip: Zip): string | undefined {
  for (const rel of elements(text(zip, "_rels/.rels") ?? "", "Relationship")) {
    if ((rel.attrs.get("Type") ?? "").endsWith("/officeDocument")) {
      const path = resolveTarget("", rel.attrs.get("Target") ?? "");
      if (zip.has(path)) return path;
    }
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

/** Excel's serial day → "yyyy-mm-dd", as ExcelJS converts; undefined beyond Excel's calendar. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial <= 2_958_465)) return undefined;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

interface Context {
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
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
      return Number.isInteger(i) && i >= 0 && i < ctx.strings.length ? ctx.strings[i] : "";
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

function snapshotCell(raw: RawCell | undefined, ctx: Context): CellSnapshot {
  if (!raw) return { value: null };
  if (raw.f !== undefined && raw.f !== "") {
    const value = valueOf(raw, ctx);
    return { formula: `=${raw.f}`, ...(value === undefined ? {} : { value }) };
  }
  return { value: valueOf(raw, ctx) ?? null };
}

interface DefinedName {
  name: string;
  ref: string;
  scope?: string;
}

/** One definition's target as a cell of the grid, or undefined (a range, #REF!, beyond Excel's grid). */
function target(ref: string): CellAddress | undefined {
  if (ref.includes(",")) return undefined;
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = ref.slice(0, bang).trim().replace(/^=/, "");
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(ref.slice(bang + 1));
  if (!cell || !sheet || cell.row < 1 || cell.row > MAX_ROW || cell.col < 1 || cell.col > MAX_COL)
    return undefined;
  return { sheet, ...cell };
}

export function readSnapshotFromZip(zip: Zip): WorkbookSnapshot {
  const wbPath = workbookPart(zip);
  if (!wbPath) throw notXlsx(otherFormat(zip));
  const wbXml = text(zip, wbPath)!;
  const rels = relationships(zip, wbPath);
  const sheets: SheetEntry[] = [];
  for (const s of elements(wbXml, "sheet")) {
    const path = rels.get(attr(s.attrs, "id") ?? "");
    sheets.push({ name: s.attrs.get("name") ?? "", path: path ?? "" });
  }
  // Excel compares sheet names without case.
  const sheetByName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const prAttrs = [...elements(wbXml, "workbookPr")][0]?.attrs;
  const date1904 = ["1", "true"].includes(prAttrs?.get("date1904") ?? "");

  const defined: DefinedName[] = [];
  for (const d of elements(wbXml, "definedName")) {
    if (defined.length >= LIMITS.names)
      throw new ReportReadError(`sổ tính có quá nhiều tên (giới hạn ${LIMITS.names} tên)`);
    const name = d.attrs.get("name") ?? "";
    if (!parseDataPointName(name)) continue;
    const local = d.attrs.get("localSheetId");
    defined.push({
      name,
      ref: decodeXml(d.inner).trim(),
      scope: local === undefined ? undefined : sheets[Number(local)]?.name,
    });
  }

  // Names defined twice (Excel compares names without case; a sheet-level copy counts too).
  const byName = new Map<string, DefinedName[]>();
  for (const d of defined) {
    const key = d.name.toUpperCase();
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  const duplicateNames = [...byName.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({
      name: list[0].name,
      places: list.map((d) => {
        const at = target(d.ref);
        return (at ? qualified(at) : d.ref) + (d.scope ? ` (${d.scope})` : "");
      }),
    }));

  // What each sheet must give: the cells names point at.
  const wanted = new Map<SheetEntry, { keys: Set<number>; lastRow: number }>();
  const targets: { name: string; at?: CellAddress; sheet?: SheetEntry }[] = [];
  for (const list of byName.values()) {
    const d = list.find((x) => x.scope === undefined) ?? list[0];
    const at = target(d.ref);
    const sheet = at && sheetByName.get(at.sheet.toLowerCase());
    targets.push({ name: d.name, at: sheet ? { ...at!, sheet: sheet.name } : undefined, sheet });
    if (!sheet) continue;
    const w = wanted.get(sheet) ?? { keys: new Set<number>(), lastRow: 0 };
    w.keys.add(cellKey(at!.row, at!.col));
    w.lastRow = Math.max(w.lastRow, at!.row);
    wanted.set(sheet, w);
  }

  const budget: CellBudget = { left: LIMITS.cells };
  const read = (sheet: SheetEntry, w?: { keys: Set<number>; lastRow: number }): SheetCells => {
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

  const needsStrings = [...sheetCells.values()].some((s) =>
    [...s.cells.values()].some((c) => c.type === "s")
  );
  const metaSheet = sheetByName.get(META_SHEET.toLowerCase());
  const stringsPath = [...rels.values()].find((p) => /sharedStrings\d*\.xml$/i.test(p));
  const strings: string[] = [];
  if ((needsStrings || metaSheet) && stringsPath) {
    for (const si of elements(text(zip, stringsPath) ?? "", "si")) strings.push(textOf(si.inner));
  }
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
    cells[t.name] = {
      address: t.at,
      ...snapshotCell(sc.cells.get(cellKey(t.at.row, t.at.col)), ctx),
    };
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
  if (duplicateNames.length || mergedAway.length) {
    snapshot.structure = {
      ...(duplicateNames.length ? { duplicateNames } : {}),
      ...(mergedAway.length ? { mergedAway } : {}),
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
  if (!zip.has("[Content_Types].xml") || !workbookPart(zip)) throw notXlsx(otherFormat(zip));
  const snapshot = readSnapshotFromZip(zip);
  if (Object.keys(snapshot.cells).length === 0 && !snapshot.declaredForms?.length) {
    throw new ReportReadError(
      "sổ tính không chứa biểu mẫu 05-TK/THA hay 06-TK/THA nào (không có tên dữ liệu THADS)"
    );
  }
  return snapshot;
}
