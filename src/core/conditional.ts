// Conditional formatting and data validation derived from the rules, so that any Excel, with or without
// the add-in, marks a failed reconciliation, a bad input or a total typed over, and rejects bad typing.
import { FORMS, VARIANTS, guidanceFor } from "../forms";
import { a1, rangeA1, type CellAddress } from "./a1";
import { promptTitle } from "./guidance";
import type { SheetPlan, WorkbookPlan } from "./layout";
import { dataPointName, type CellKind } from "./model";

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
  const whole = FORMS[sheet.formId.slice(2, 4) as "05" | "06"].wholeNumbers;
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

/** Marks on both sides of every reconciliation and balance, and on TH cells that differ from CD + TD. */
function ruleMarks(plan: WorkbookPlan): ConditionalRule[] {
  const marks: ConditionalRule[] = [];
  const at = plan.resolve;
  const planned = new Set(plan.sheets.map((s) => s.sheetName));
  for (const fm of plan.model.forms) {
    const spec = fm.spec; // the version of the standard the plan lays out
    for (const rule of spec.rules) {
      if (rule.variants && !rule.variants.includes(fm.form.variant)) continue;
      const readings = rule.kind === "equal" ? [rule.right, ...(rule.alternatives ?? [])] : [];
      const key = (r: { page: string; row: string; column?: string }) =>
        `${r.page}.${r.row}.${r.column ?? ""}`;
      // Both sides of every reading are marked; each cell once.
      const refs =
        rule.kind === "equal"
          ? [rule.left, ...readings.flat()].filter(
              (r, i, all) => all.findIndex((x) => key(x) === key(r)) === i
            )
          : [rule.target];
      const page = spec.pages.find((p) => p.id === refs[0].page)!;
      const block = page.blocks.find((b) => b.rows.some((r) => r.code === refs[0].row))!;
      const columns = refs[0].column
        ? [refs[0].column]
        : block.columns.filter((c) => rule.kind === "equal" || !c.total).map((c) => c.code);
      const nameOf = (r: (typeof refs)[number], col: string) =>
        dataPointName(fm.form.id, r.page, r.row, r.column ?? col);
      for (const side of refs) {
        const cells = columns.map((c) => at(nameOf(side, c)));
        if (cells.some((c) => !c) || !planned.has(cells[0]!.sheet)) continue;
        const anchor = cells[0]!;
        const term = (r: (typeof refs)[number]) =>
          `N(${ref(at(nameOf(r, columns[0]))!, anchor.sheet)})`;
        const first = term(refs[0]);
        // Marked when no reading holds: AND over the readings when the standard accepts more than one.
        const broken = readings.map((reading) =>
          differs(`${first}-(${reading.map(term).join("+")})`, spec.tolerance)
        );
        const formula =
          rule.kind === "equal"
            ? `=${broken.length === 1 ? broken[0] : `AND(${broken.join(",")})`}`
            : `=${first}<>0`;
        const last = cells[cells.length - 1]!;
        marks.push({
          sheet: anchor.sheet,
          range: rangeA1(anchor.row, anchor.col, last.row, last.col),
          formula,
          severity: rule.severity,
          rule: rule.id,
        });
      }
    }
    if (
      fm.form.variant === "TH" &&
      VARIANTS.every((v) => plan.model.forms.some((f) => f.form.id === `TK${fm.form.family}${v}`))
    ) {
      for (const def of fm.cells.filter((c) => c.inputPosition)) {
        const [t, c, d] = ["TH", "CD", "TD"].map((v) =>
          at(def.name.replace(fm.form.id, `TK${fm.form.family}${v}`))
        );
        if (!t || !c || !d || !planned.has(t.sheet)) continue;
        const formula = `=${differs(`N(${ref(t, t.sheet)})-N(${ref(c, t.sheet)})-N(${ref(d, t.sheet)})`, spec.tolerance)}`;
        marks.push({
          sheet: t.sheet,
          range: a1(t.row, t.col),
          formula,
          severity: "error",
          rule: "TH.sum",
        });
      }
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
    const whole = FORMS[sheet.formId.slice(2, 4) as "05" | "06"].wholeNumbers;
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
          errorMessage: whole
            ? "Ô này nhận số việc: một số nguyên không âm (0, 1, 2, …)."
            : "Ô này nhận giá trị tính bằng nghìn đồng: một số không âm.",
          ...(help
            ? { promptTitle: promptTitle(def.row.no, def.row.label.vi), prompt: help.vi }
            : {}),
        };
      })
    );
  });
}
