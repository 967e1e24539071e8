// The workbook part of a received .xlsx → its layout: the sheets and their parts, the data point names and
// the cell each points at, names defined twice, and what each sheet must give. Reports made from one
// template share all of it, so the last layout read is kept (per thread) and used again when the text it
// came from is the same; nothing in it is keyed by a name taken from the file, and it is never changed.
import { parseA1, parseDataPointName, qualified, type CellAddress } from "../core";
import { LIMITS } from "./limits";
import { ReportReadError } from "./read-error";
import { cellKey } from "./sheet";
import { attr, decodeXml, elements } from "./xml";
import type { Zip } from "./zip-format";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface SheetEntry {
  name: string;
  path: string;
}

/** The cells a sheet must give: by cellKey, and the last row to scan. */
export interface Wanted {
  keys: Set<number>;
  lastRow: number;
}

export interface NameTarget {
  name: string;
  /** The cell, with the sheet's name as the workbook spells it; absent when the name points nowhere. */
  at?: CellAddress;
  sheet?: SheetEntry;
}

export interface WorkbookLayout {
  /** The workbook's relationships: id → part path. */
  rels: Map<string, string>;
  /** Sheets by name in lower case (Excel compares sheet names without case). */
  sheetByName: Map<string, SheetEntry>;
  duplicateNames: { name: string; places: string[] }[];
  targets: NameTarget[];
  wanted: Map<SheetEntry, Wanted>;
}

export function text(zip: Zip, path: string): string | undefined {
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

function relationships(xml: string, part: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of elements(xml, "Relationship")) {
    const id = rel.attrs.get("Id");
    const target = rel.attrs.get("Target");
    if (id && target) targets.set(id, resolveTarget(part, target));
  }
  return targets;
}

/** The workbook part the package points at (or the usual one), when there is one. */
export function workbookPart(zip: Zip): string | undefined {
  for (const rel of elements(text(zip, "_rels/.rels") ?? "", "Relationship")) {
    if ((rel.attrs.get("Type") ?? "").endsWith("/officeDocument")) {
      const path = resolveTarget("", rel.attrs.get("Target") ?? "");
      if (zip.has(path)) return path;
    }
  }
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
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

interface DefinedName {
  name: string;
  ref: string;
  scope?: string;
}

/** `<sheet>` and `<definedName>` elements of the workbook, read from `xml` (the part from the first). */
function parseLayout(relsXml: string, part: string, xml: string): WorkbookLayout {
  const rels = relationships(relsXml, part);
  const sheets: SheetEntry[] = [];
  for (const s of elements(xml, "sheet")) {
    const path = rels.get(attr(s.attrs, "id") ?? "");
    sheets.push({ name: s.attrs.get("name") ?? "", path: path ?? "" });
  }
  const sheetByName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));

  const defined: DefinedName[] = [];
  for (const d of elements(xml, "definedName")) {
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
    const list = byName.get(key);
    if (list) list.push(d);
    else byName.set(key, [d]);
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
  const wanted = new Map<SheetEntry, Wanted>();
  const targets: NameTarget[] = [];
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
  return { rels, sheetByName, duplicateNames, targets, wanted };
}

// Where the first <sheet> or <definedName> starts: nothing before it changes the layout (what comes before
// is fileVersion, workbookPr and the window's bookViews, which differ from one office's Excel to another's).
const FIRST_ELEMENT = /<(?:[\w.-]+:)?(?:sheet|definedName)(?=[\s/>])/;

let last: { part: string; rels: string; xml: string; layout: WorkbookLayout } | undefined;

/** The layout of the workbook part `part` (read, or the last one read when its text is the same), and
 * whether the workbook counts its days from 1904 (old Mac Excel). */
export function workbookLayout(
  zip: Zip,
  part: string
): { layout: WorkbookLayout; date1904: boolean } {
  const wbXml = text(zip, part)!;
  const pr = elements(wbXml, "workbookPr").next();
  const date1904 = !pr.done && ["1", "true"].includes(pr.value.attrs.get("date1904") ?? "");
  const slash = part.lastIndexOf("/");
  const relsXml = text(zip, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`) ?? "";
  const start = wbXml.search(FIRST_ELEMENT);
  const xml = start < 0 ? "" : wbXml.slice(start);
  if (last && last.part === part && last.rels === relsXml && last.xml === xml)
    return { layout: last.layout, date1904 };
  const layout = parseLayout(relsXml, part, xml);
  last = { part, rels: relsXml, xml, layout };
  return { layout, date1904 };
}

/** Forgets the layout kept (the bench measures a first reading with it). */
export function forgetWorkbookLayout(): void {
  last = undefined;
}
