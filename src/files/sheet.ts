// One worksheet's XML → the raw cells asked for (and the merged ranges), read as Excel stores them: each cell
// its own value (a merged-away cell is blank), shared formulas expanded. Rows come in order in an .xlsx, so
// reading stops after the last row asked for; every cell scanned counts against a budget.
import { parseA1 } from "../core";
import { LIMITS } from "./limits";
import { ReportReadError } from "./read-error";
import { shiftFormula } from "./shared-formula";
import { attr, decodeXml, elements } from "./xml";

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
  let rowNumber = 0;
  if (dataStart >= 0) {
    const data = xml.slice(dataStart, dataEnd >= 0 ? dataEnd : undefined);
    for (const row of elements(data, "row")) {
      const r = Number(row.attrs.get("r"));
      rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
      if (rowNumber > lastRow) break;
      let col = 0;
      for (const c of elements(row.inner, "c")) {
        if (--budget.left < 0) {
          throw new ReportReadError(
            `trang tính «${sheetLabel}» có quá nhiều ô (giới hạn ${LIMITS.cells.toLocaleString("vi-VN")} ô được đọc cho một tệp)`
          );
        }
        const ref = c.attrs.get("r");
        const at = ref ? parseA1(ref) : undefined;
        col = at ? at.col : col + 1;
        const key = cellKey(rowNumber, col);
        const f = [...elements(c.inner, "f")][0];
        let formula: string | undefined;
        if (f) {
          formula = decodeXml(f.inner);
          const si = f.attrs.get("si");
          if (f.attrs.get("t") === "shared" && si !== undefined) {
            const master = shared.get(si);
            if (formula !== "" || !master) shared.set(si, { f: formula, row: rowNumber, col });
            else formula = shiftFormula(master.f, rowNumber - master.row, col - master.col);
          }
        }
        if (want && !want(key)) continue;
        const v = [...elements(c.inner, "v")][0];
        const is = c.attrs.get("t") === "inlineStr" ? [...elements(c.inner, "is")][0] : undefined;
        cells.set(key, {
          type: c.attrs.get("t") ?? "n",
          v: is ? is.inner : v?.inner,
          f: formula,
          s: Number(c.attrs.get("s") ?? 0) || 0,
        });
      }
    }
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
