// One worksheet's XML → the raw cells asked for (and the merged ranges), read as Excel stores them: each cell
// its own value (a merged-away cell is blank), shared formulas expanded. Rows come in order in an .xlsx, so
// reading stops after the last row asked for; every cell scanned counts against a budget.
import { parseA1 } from "../core";
import { LIMITS } from "./limits";
import { ReportReadError } from "./read-error";
import { shiftFormula } from "./formula-sharing";
import { attr, attributes, decodeXml, elements } from "./xml";

export interface RawCell {
  /** The `t` attribute: s, str, inlineStr, b, e, n (absent = n), d. */
  type: string;
  /** The `<v>` text, or the inline string's inner XML; undefined when absent. */
  v?: string;
  /** The formula's text without "=", expanded when shared; "" when the cell has an empty formula. */
  f?: string;
  /** The style index. */
  s: number;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetCells {
  cells: Map<number, RawCell>;
  merges: Range[];
}

/** One number per cell, for maps keyed by position (never by text from the file). */
export const cellKey = (row: number, col: number) => row * 16_384 + (col - 1);

/** One attribute of a start tag's text, unprefixed. */
function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = tag[at + name.length + 2];
  const close = tag.indexOf(quote, at + name.length + 3);
  return close < 0 ? undefined : tag.slice(at + name.length + 3, close);
}

// A cell's children, found by local name (any prefix); compiled once, run on the cell's inner XML only.
const child = (local: string) =>
  new RegExp(
    `<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>)`
  );
const F = child("f");
const V = child("v");
const IS = child("is");

/** The first child element of that pattern: its start tag's attributes text and its inner XML. */
function first(inner: string, pattern: RegExp): { attrs: string; inner: string } | undefined {
  if (!inner) return undefined;
  const m = pattern.exec(inner);
  return m ? { attrs: m[1], inner: m[3] ?? "" } : undefined;
}

/** The column of a cell reference ("D12", "$D$12"), as parseA1 reads it; undefined when it is not one. */
function columnOf(ref: string): number | undefined {
  let i = 0;
  let end = ref.length;
  while (i < end && ref.charCodeAt(i) <= 32) i++;
  while (end > i && ref.charCodeAt(end - 1) <= 32) end--;
  if (ref.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < end; i++, letters++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (letters < 1 || letters > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  if (i >= end) return undefined;
  for (; i < end; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return col;
}

export interface CellBudget {
  left: number;
}

/**
 * Reads the cells `want` selects (by cellKey), scanning rows up to `lastRow`. `want` undefined reads
 * every cell up to lastRow (the metadata sheet).
 */
export function readSheet(
  xml: string,
  want: ((key: number) => boolean) | undefined,
  lastRow: number,
  budget: CellBudget,
  sheetLabel: string
): SheetCells {
  const cells = new Map<number, RawCell>();
  const shared = new Map<string, { f: string; row: number; col: number }>();
  const dataStart = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  const dataEnd = xml.search(/<\/(?:[\w.-]+:)?sheetData\s*>/);
  const tooMany = () =>
    new ReportReadError(
      `trang tính «${sheetLabel}» có quá nhiều ô (giới hạn ${LIMITS.cells.toLocaleString("vi-VN")} ô được đọc cho một tệp)`
    );
  // One pass over the start tags of rows and cells; a cell's inner XML is looked at only when it is wanted
  // or holds a formula (a shared formula's master must be known before the cells that share it).
  const tags = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
  tags.lastIndex = Math.max(0, dataStart);
  const closeTag = /<\/(?:[\w.-]+:)?c\s*>/g;
  const end = dataEnd >= 0 ? dataEnd : xml.length;
  let rowNumber = 0;
  let col = 0;
  for (let m = tags.exec(xml); m && m.index < end && dataStart >= 0; m = tags.exec(xml)) {
    const tag = m[2];
    if (m[1] === "row") {
      const r = Number(attribute(tag, "r"));
      rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
      col = 0;
      if (rowNumber > lastRow) break;
      continue;
    }
    if (--budget.left < 0) throw tooMany();
    const ref = attribute(tag, "r");
    col = (ref ? columnOf(ref) : undefined) ?? col + 1;
    if (m[3] === "/" && want && !want(cellKey(rowNumber, col))) continue;
    let inner = "";
    if (m[3] !== "/") {
      closeTag.lastIndex = tags.lastIndex;
      const found = closeTag.exec(xml);
      const cEnd = found && found.index < end ? found.index : end;
      inner = xml.slice(tags.lastIndex, cEnd);
      tags.lastIndex = found ? closeTag.lastIndex : end;
    }
    const key = cellKey(rowNumber, col);
    const wanted = !want || want(key);
    if (!wanted && !inner.includes("<f") && !/<\w+:f[\s>]/.test(inner)) continue;
    const f = first(inner, F);
    let formula: string | undefined;
    if (f) {
      formula = decodeXml(f.inner);
      const attrs = f.attrs ? attributes(f.attrs) : undefined;
      const si = attrs?.get("si");
      if (attrs?.get("t") === "shared" && si !== undefined) {
        const master = shared.get(si);
        if (formula !== "" || !master) shared.set(si, { f: formula, row: rowNumber, col });
        else formula = shiftFormula(master.f, rowNumber - master.row, col - master.col);
      }
    }
    if (!wanted) continue;
    const type = attribute(tag, "t") ?? "n";
    const v = first(inner, type === "inlineStr" ? IS : V);
    cells.set(key, { type, v: v?.inner, f: formula, s: Number(attribute(tag, "s") ?? 0) || 0 });
  }
  const merges: Range[] = [];
  const tail = dataEnd >= 0 ? dataEnd : 0;
  for (const m of elements(xml, "mergeCell", tail)) {
    const [from, to = from] = (attr(m.attrs, "ref") ?? "").split(":").map((p) => parseA1(p));
    if (from && to)
      merges.push({
        top: Math.min(from.row, to.row),
        left: Math.min(from.col, to.col),
        bottom: Math.max(from.row, to.row),
        right: Math.max(from.col, to.col),
      });
  }
  return { cells, merges };
}
