// One worksheet's XML → the raw cells asked for (and the merged ranges), read as Excel stores them: each cell
// its own value (a merged-away cell is blank), shared formulas expanded. Rows come in order in an .xlsx, so
// reading stops after the last row asked for; every cell scanned counts against a budget.
import { parseA1 } from "../core";
import { LIMITS } from "./limits";
import { ReportReadError } from "./read-error";
import { shiftFormula } from "./formula-sharing";
import { attr, attributes, decodeXml, elements, isNameChar, isSpace, searchTag } from "./xml";

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

/** One attribute of a start tag's text, unprefixed: `needle` is " name=" (made once, not per cell). */
function attribute(tag: string, needle: string): string | undefined {
  const at = tag.indexOf(needle);
  if (at < 0) return undefined;
  const quote = tag[at + needle.length];
  const close = tag.indexOf(quote, at + needle.length + 1);
  return close < 0 ? undefined : tag.slice(at + needle.length + 1, close);
}
const SHEET_DATA = /<(?:[\w.-]+:)?sheetData[\s>]/y;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData\s*>/y;
const R = " r=";
const T = " t=";
const S = " s=";

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

/** A tag's local name at `at`, after "<" or "</" and an optional prefix (`x:`), as (?:[\w.-]+:)? reads one. */
function localStart(xml: string, at: number): number {
  let j = at;
  while (isNameChar(xml.charCodeAt(j))) j++;
  return j > at && xml.charCodeAt(j) === 58 /* : */ ? j + 1 : at;
}

/** A lookahead of [\s/>] at `i`. */
const ends = (xml: string, i: number) => {
  const c = xml.charCodeAt(i);
  return c === 62 || c === 47 || isSpace(c);
};

interface Tag {
  index: number;
  row: boolean;
  /** The start tag's text after its name (its attributes). */
  attrs: string;
  selfClosing: boolean;
  /** Just after the tag. */
  next: number;
}

/**
 * The first `<row …>` or `<c …>` start tag (any prefix) starting in [from, end): what the pattern
 * /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>/g finds, by looking at each "<" only.
 */
function nextTag(xml: string, from: number, end: number): Tag | undefined {
  for (let p = xml.indexOf("<", from); p >= 0 && p < end; p = xml.indexOf("<", p + 1)) {
    const q = localStart(xml, p + 1);
    let length: number;
    if (xml.startsWith("row", q) && ends(xml, q + 3)) length = 3;
    else if (xml.charCodeAt(q) === 99 /* c */ && ends(xml, q + 1)) length = 1;
    else continue;
    const a = q + length;
    const gt = xml.indexOf(">", a);
    if (gt < 0) return undefined; // no tag can close: none further either
    const selfClosing = gt > a && xml.charCodeAt(gt - 1) === 47; /* / */
    return {
      index: p,
      row: length === 3,
      attrs: xml.slice(a, selfClosing ? gt - 1 : gt),
      selfClosing,
      next: gt + 1,
    };
  }
  return undefined;
}

/** The first `</c>` end tag (any prefix, spaces before ">") from `from`: /<\/(?:[\w.-]+:)?c\s*>/g. */
function cellEnd(xml: string, from: number): { index: number; next: number } | undefined {
  for (let p = xml.indexOf("</", from); p >= 0; p = xml.indexOf("</", p + 1)) {
    const q = localStart(xml, p + 2);
    if (xml.charCodeAt(q) !== 99 /* c */) continue;
    let k = q + 1;
    while (isSpace(xml.charCodeAt(k))) k++;
    if (xml.charCodeAt(k) === 62 /* > */) return { index: p, next: k + 1 };
  }
  return undefined;
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
  const dataStart = searchTag(xml, "sheetData", SHEET_DATA);
  const dataEnd = searchTag(xml, "sheetData", SHEET_DATA_END, true);
  const tooMany = () =>
    new ReportReadError(
      `trang tính «${sheetLabel}» có quá nhiều ô (giới hạn ${LIMITS.cells.toLocaleString("vi-VN")} ô được đọc cho một tệp)`
    );
  // One pass over the start tags of rows and cells; a cell's inner XML is looked at only when it is wanted
  // or holds a formula (a shared formula's master must be known before the cells that share it).
  const end = dataEnd >= 0 ? dataEnd : xml.length;
  let rowNumber = 0;
  let col = 0;
  let at = Math.max(0, dataStart);
  for (let m = nextTag(xml, at, end); m && dataStart >= 0; m = nextTag(xml, at, end)) {
    at = m.next;
    const tag = m.attrs;
    if (m.row) {
      const r = Number(attribute(tag, R));
      rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
      col = 0;
      if (rowNumber > lastRow) break;
      continue;
    }
    if (--budget.left < 0) throw tooMany();
    const ref = attribute(tag, R);
    col = (ref ? columnOf(ref) : undefined) ?? col + 1;
    if (m.selfClosing && want && !want(cellKey(rowNumber, col))) continue;
    let inner = "";
    if (!m.selfClosing) {
      const found = cellEnd(xml, at);
      inner = xml.slice(at, found && found.index < end ? found.index : end);
      at = found ? found.next : end;
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
    const type = attribute(tag, T) ?? "n";
    const v = first(inner, type === "inlineStr" ? IS : V);
    cells.set(key, { type, v: v?.inner, f: formula, s: Number(attribute(tag, S) ?? 0) || 0 });
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
