// The template's conditional formatting, as the preview evaluates it: every cell of every rule's range gets
// the rule's formula shifted to that cell (relative references move, as Excel applies one rule to a range),
// qualified with the rule's sheet, so the engine can compute it anywhere.
import { a1, columnLetter, columnNumber, quoteSheet, type ConditionalRule } from "../core";

export interface MarkCell {
  sheet: string;
  row: number;
  col: number;
  severity: ConditionalRule["severity"];
  rule: string;
  /** Absolute-qualified formula, with "=". */
  formula: string;
}

// A string literal, or an optional sheet prefix followed by an A1 reference not followed by "(".
const TOKEN =
  /"(?:[^"]|"")*"|((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

/** The formula moved by (dRow, dCol), every unqualified reference qualified with `sheet`. */
export function shiftFormula(formula: string, dRow: number, dCol: number, sheet: string): string {
  return formula.replace(
    TOKEN,
    (
      match,
      prefix: string | undefined,
      colAbs: string,
      col: string,
      rowAbs: string,
      row: string
    ) => {
      if (match.startsWith('"')) return match;
      const c = colAbs ? columnNumber(col) : columnNumber(col) + dCol;
      const r = rowAbs ? Number(row) : Number(row) + dRow;
      return `${prefix ?? `${quoteSheet(sheet)}!`}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
    }
  );
}

function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [start, end = start] = range.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { col: columnNumber(m[1]), row: Number(m[2]) };
  };
  const s = parse(start);
  const e = parse(end);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** One mark cell per cell of each rule's range. */
export function markCells(rules: ConditionalRule[]): MarkCell[] {
  const cells: MarkCell[] = [];
  for (const rule of rules) {
    const r = parseRange(rule.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const formula = shiftFormula(rule.formula, row - r.top, col - r.left, rule.sheet);
        cells.push({
          sheet: rule.sheet,
          row,
          col,
          severity: rule.severity,
          rule: rule.rule,
          formula,
        });
      }
    }
  }
  return cells;
}

export const cellKey = (sheet: string, row: number, col: number) => `${sheet}!${a1(row, col)}`;
