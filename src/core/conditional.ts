// Conditional formatting and data validation derived from the rules, so that any Excel, with or without
// the add-in, marks a failed reconciliation, a bad input or a total typed over, and rejects bad typing.
import { formSpecOf, guidanceFor } from "../forms";
import { a1, rangeA1, type CellAddress } from "./a1";
import { comparisonsOf, type Comparison, type Reading } from "./expansion";
import { promptTitle } from "./guidance";
import type { SheetPlan, WorkbookPlan } from "./layout";
import type { CellKind } from "./model";

export interface ConditionalRule {
  sheet: string;
  /** A rectangle on `sheet`, e.g. "D12:L13". */
  range: string;
  /** Excel's UI form (Office.js): relative to the top-left cell of `range`, with "=". */
  formula: string;
  severity: "error" | "warning";
  rule: string;
}

export interface InputValidation {
  sheet: string;
  range: string;
  type: "whole" | "decimal";
  errorTitle: string;
  errorMessage: string;
  /** Excel's input message when a cell is selected: the article's guidance for the row (≤ 32 / 255). */
  promptTitle?: string;
  prompt?: string;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells of one kind on a sheet, merged into rectangles: runs across a row, then equal runs down rows. */
function rectangles(sheet: SheetPlan, kind: CellKind | "ratio"): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const cell of sheet.cells) {
    if (!cell.def) continue;
    const k = cell.def.kind === "formula" ? "formula" : cell.def.kind;
    if (k !== kind) continue;
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell.col]);
  }
  const runs: Rect[] = [];
  for (const [row, cols] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    cols.sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({ top: row, bottom: row, left: start, right: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  const merged: Rect[] = [];
  for (const run of runs) {
    const above = merged.find(
      (r) => r.bottom === run.top - 1 && r.left === run.left && r.right === run.right
    );
    if (above) above.bottom = run.bottom;
    else merged.push({ ...run });
  }
  return merged;
}

const rectA1 = (r: Rect) => rangeA1(r.top, r.left, r.bottom, r.right);

function ref(target: CellAddress, anchorSheet: string): string {
  const local = a1(target.row, target.col);
  return target.sheet === anchorSheet ? local : `'${target.sheet.replace(/'/g, "''")}'!${local}`;
}

function differs(difference: string, tolerance: number): string {
  return tolerance ? `ABS(${difference})>=${tolerance}` : `${difference}<>0`;
}

export function inputMarkFormula(anchor: string, wholeNumbers: boolean): string {
  const bad = wholeNumbers ? `OR(${anchor}<0,${anchor}<>INT(${anchor}))` : `${anchor}<0`;
  return `=OR(ISFORMULA(${anchor}),IF(ISERROR(${anchor}),TRUE,IF(ISNUMBER(${anchor}),${bad},NOT(ISBLANK(${anchor})))))`;
}

function cellRules(sheet: SheetPlan): ConditionalRule[] {
  const whole = formSpecOf(sheet.formId).wholeNumbers;
  const rules: ConditionalRule[] = [];
  for (const r of rectangles(sheet, "input")) {
    const anchor = a1(r.top, r.left);
    rules.push({
      sheet: sheet.sheetName,
      range: rectA1(r),
      formula: inputMarkFormula(anchor, whole),
      severity: "error",
      rule: "cell.input",
    });
  }
  for (const r of rectangles(sheet, "formula")) {
    rules.push({
      sheet: sheet.sheetName,
      range: rectA1(r),
      formula: `=NOT(ISFORMULA(${a1(r.top, r.left)}))`,
      severity: "error",
      rule: "cell.formula_changed",
    });
  }
  for (const r of rectangles(sheet, "empty")) {
    rules.push({
      sheet: sheet.sheetName,
      range: rectA1(r),
      formula: `=NOT(ISBLANK(${a1(r.top, r.left)}))`,
      severity: "error",
      rule: "cell.must_be_empty",
    });
  }
  return rules;
}

/** One reading's test as a mark formula, with references relative to `anchor`'s sheet. */
function breaksFormula(
  reading: Reading,
  tolerance: number,
  at: (name: string) => CellAddress,
  sheet: string
): string {
  const [first, ...rest] = [reading.left, ...reading.right].map((n) => `N(${ref(at(n), sheet)})`);
  return differs(rest.length ? `${first}-(${rest.join("+")})` : first, tolerance);
}

/**
 * Marks on the cells of every comparison of the expansion (both sides of a reconciliation, the TH cell of
 * TH = CD + TD): a comparison's cells in one row make one range, its formula relative to the range's anchor.
 * A comparison with several readings marks when none of them holds.
 */
function ruleMarks(plan: WorkbookPlan): ConditionalRule[] {
  const marks: ConditionalRule[] = [];
  const planned = new Set(plan.sheets.map((s) => s.sheetName));
  const groups = new Map<string, Comparison[]>();
  for (const cmp of comparisonsOf(plan.model)) {
    const key = `${cmp.form.form.id}|${cmp.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), cmp]);
  }
  // The cells a comparison marks: the left only, or every cell of every reading, each once (so the
  // tạm ngừng cell of 06.P2.ly_do_khac's second reading is marked too).
  const markedNames = (cmp: Comparison) =>
    cmp.marks === "left"
      ? [cmp.readings[0].left]
      : [...new Set(cmp.readings.flatMap((r) => [r.left, ...r.right]))];
  for (const group of groups.values()) {
    const sides = markedNames(group[0]).length;
    for (let side = 0; side < sides; side++) {
      const nameOf = (cmp: Comparison) => markedNames(cmp)[side];
      // Runs of adjacent cells in one row, each cell with the comparison it belongs to.
      let run: { cmp: Comparison; at: CellAddress }[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const anchor = run[0].at;
        const last = run[run.length - 1].at;
        const cmp = run[0].cmp;
        const tests = cmp.readings.map((r) =>
          breaksFormula(r, cmp.tolerance, (n) => plan.resolve(n)!, anchor.sheet)
        );
        marks.push({
          sheet: anchor.sheet,
          range: rangeA1(anchor.row, anchor.col, last.row, last.col),
          formula: `=${tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`}`,
          severity: cmp.severity,
          rule: cmp.rule,
        });
        run = [];
      };
      for (const cmp of group) {
        const names = cmp.readings.flatMap((r) => [r.left, ...r.right]);
        const at = plan.resolve(nameOf(cmp));
        if (!at || names.some((n) => !plan.resolve(n)) || !planned.has(at.sheet)) {
          flush();
          continue;
        }
        const prev = run[run.length - 1]?.at;
        if (prev && !(prev.sheet === at.sheet && prev.row === at.row && prev.col + 1 === at.col))
          flush();
        run.push({ cmp, at });
      }
      flush();
    }
  }
  return marks;
}

export function conditionalRules(plan: WorkbookPlan): ConditionalRule[] {
  return [...plan.sheets.flatMap(cellRules), ...ruleMarks(plan)];
}

/** One validation per row run of input cells: each row carries its own guidance as the input message. */
export function inputValidations(plan: WorkbookPlan): InputValidation[] {
  return plan.sheets.flatMap((sheet) => {
    const spec = formSpecOf(sheet.formId);
    const whole = spec.wholeNumbers;
    return rectangles(sheet, "input").flatMap((r) =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) => {
        const row = r.top + i;
        const def = sheet.cells.find((c) => c.row === row && c.col === r.left)?.def;
        const help = def && guidanceFor(def.form.family, def.page.id, def.row.code);
        return {
          sheet: sheet.sheetName,
          range: rangeA1(row, r.left, row, r.right),
          type: whole ? ("whole" as const) : ("decimal" as const),
          errorTitle: "Số liệu không hợp lệ",
          errorMessage: spec.inputHint.vi,
          ...(help
            ? { promptTitle: promptTitle(def.row.no, def.row.label.vi), prompt: help.vi }
            : {}),
        };
      })
    );
  });
}
