// Renders the Excel formula of a computed cell from the actual positions of the cells it refers to, so the
// same function writes templates and recognises their formulas after sheets were renamed or rows moved.
import { a1, quoteSheet, type CellAddress } from "./a1";
import type { CellDef, Expr } from "./model";

export type Resolve = (name: string) => CellAddress | undefined;

function ref(target: CellAddress, from: CellAddress): string {
  const local = a1(target.row, target.col);
  return target.sheet === from.sheet ? local : `${quoteSheet(target.sheet)}!${local}`;
}

/** SUM arguments, with runs of adjacent cells on one sheet written as ranges (D12:D15, E9:L9). */
function sumArguments(cells: CellAddress[], from: CellAddress): string {
  const args: string[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    const step = (k: number) => {
      const a = cells[k];
      const b = cells[k + 1];
      if (!b || a.sheet !== b.sheet) return undefined;
      if (a.col === b.col && b.row === a.row + 1) return "down";
      if (a.row === b.row && b.col === a.col + 1) return "right";
      return undefined;
    };
    const direction = step(i);
    if (direction) while (j + 1 < cells.length && step(j) === direction) j++;
    if (j - i >= 1) {
      const head = ref(cells[i], from);
      args.push(`${head}:${a1(cells[j].row, cells[j].col)}`);
    } else {
      args.push(ref(cells[i], from));
    }
    i = j + 1;
  }
  return args.join(",");
}

/** The formula text with its leading "=", or undefined when a referenced cell has no position. */
export function renderExpr(expr: Expr, at: CellAddress, resolve: Resolve): string | undefined {
  const names =
    expr.op === "sum"
      ? expr.terms
      : expr.op === "difference"
        ? [expr.minuend, expr.subtrahend]
        : [expr.numerator, expr.denominator];
  const cells = names.map(resolve);
  if (cells.some((c) => c === undefined)) return undefined;
  const [a, b] = cells as CellAddress[];
  switch (expr.op) {
    case "sum":
      return expr.terms.length === 0 ? "=0" : `=SUM(${sumArguments(cells as CellAddress[], at)})`;
    case "difference":
      return `=${ref(a, at)}-${ref(b, at)}`;
    case "ratio":
      return `=IF(${ref(b, at)}=0,"",${ref(a, at)}/${ref(b, at)}*100)`;
  }
}

export function renderFormula(def: CellDef, resolve: Resolve): string | undefined {
  const at = resolve(def.name);
  return def.expr && at ? renderExpr(def.expr, at, resolve) : undefined;
}

/**
 * Formula text as Excel, LibreOffice and ExcelJS may hand it back: with or without "=", "$", quotes around
 * sheet names, spaces, or lower-case function names. Two formulas are the same when these forms agree.
 */
export function normalizeFormula(formula: string): string {
  let normalized = normalized_.get(formula);
  if (normalized === undefined) {
    normalized = formula
      .trim()
      .replace(/^=/, "")
      .replace(/\$/g, "")
      .replace(/'((?:[^']|'')*)'!/g, (_m, sheet: string) => `${sheet.replace(/''/g, "'")}!`)
      .replace(/\s+/g, "")
      .replace(/^_xlfn\./i, "")
      .toUpperCase();
    // Checks run on every edit over the same few hundred formulas: remember them, within bounds.
    // Stryker disable next-line all: bounds the memory of a cache; no result depends on it
    if (normalized_.size > 50_000) normalized_.clear();
    normalized_.set(formula, normalized);
  }
  return normalized;
}

const normalized_ = new Map<string, string>();

export function sameFormula(a: string, b: string): boolean {
  return a === b || normalizeFormula(a) === normalizeFormula(b);
}
