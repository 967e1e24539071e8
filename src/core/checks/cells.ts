// Rules on single cells: types and signs of inputs, formulas kept, cells that must stay empty, blanks,
// and the template's own integrity (missing pages, names, cleared formula cells).
import type { Finding } from "../findings";
import { renderFormula, sameFormula } from "../formulas";
import { GENERAL_RULE } from "../../forms";
import { renderBoth, type Params } from "../render";
import type { CellDef } from "../model";
import { describeValue, isBlank } from "../snapshot";
import { roundDifference, type CheckContext } from "./context";

function finding(
  ctx: CheckContext,
  def: CellDef,
  rule: string,
  extra: Params,
  values: Partial<Pick<Finding, "left" | "right" | "difference" | "expectedFormula">> = {}
): Finding {
  const params: Params = { name: def.name, ref: ctx.cellRefs([def.name])[0] ?? def.name, ...extra };
  return {
    rule,
    severity: GENERAL_RULE[rule].severity,
    form: def.form.id,
    page: def.page.id,
    names: [def.name],
    cells: ctx.cellRefs([def.name]),
    left: values.left ?? null,
    right: values.right ?? null,
    difference: values.difference ?? null,
    ...renderBoth(rule, params),
    ...(values.expectedFormula ? { expectedFormula: values.expectedFormula } : {}),
    code: rule,
    params,
  };
}

function checkInput(ctx: CheckContext, def: CellDef, blanks: CellDef[]): Finding[] {
  const snap = ctx.cell(def.name)!;
  if (snap.formula) return [finding(ctx, def, "cell.formula_typed", { formula: snap.formula })];
  const value = snap.value;
  if (isBlank(value)) {
    blanks.push(def);
    return [];
  }
  if (typeof value !== "number") {
    return [finding(ctx, def, "cell.not_a_number", { shown: describeValue(value) })];
  }
  const found: Finding[] = [];
  if (value < 0) {
    found.push(
      finding(ctx, def, "cell.negative", { value }, { left: value, right: 0, difference: value })
    );
  }
  if (def.spec.wholeNumbers && !Number.isInteger(value)) {
    const whole = Math.round(value);
    found.push(
      finding(
        ctx,
        def,
        "cell.not_whole",
        { value },
        { left: value, right: whole, difference: roundDifference(value - whole) }
      )
    );
  }
  return found;
}

function checkFormula(ctx: CheckContext, def: CellDef, cleared: CellDef[]): Finding[] {
  const snap = ctx.cell(def.name)!;
  const expected = renderFormula(def, ctx.address);
  if (!expected) return []; // a cell it refers to is missing: form.damaged says so
  if (!snap.formula && isBlank(snap.value) && snap.value !== undefined) {
    cleared.push(def);
    return [];
  }
  if (snap.formula && sameFormula(snap.formula, expected)) return [];
  const derived = ctx.derived(def.name) ?? null;
  const actual = typeof snap.value === "number" ? snap.value : null;
  const difference = actual !== null && derived !== null ? roundDifference(actual - derived) : null;
  const has = snap.formula ? { formula: snap.formula } : { shown: describeValue(snap.value) };
  return [
    finding(
      ctx,
      def,
      "cell.formula_changed",
      { expected, derived, ...has },
      { left: actual, right: derived, difference, expectedFormula: expected }
    ),
  ];
}

function checkEmpty(ctx: CheckContext, def: CellDef): Finding[] {
  const snap = ctx.cell(def.name)!;
  if (isBlank(snap.value) && !snap.formula) return [];
  const left = typeof snap.value === "number" ? snap.value : null;
  // A number is shown in each message's own notation (2,5 in Vietnamese) by the renderer.
  const shown = snap.formula
    ? { formula: snap.formula }
    : left === null
      ? { shown: describeValue(snap.value) }
      : { value: left };
  return [
    finding(ctx, def, "cell.must_be_empty", shown, {
      left,
      right: left === null ? null : 0,
      difference: left,
    }),
  ];
}

function pageFinding(
  ctx: CheckContext,
  defs: CellDef[],
  rule: string,
  code: string,
  extra: Params
): Finding {
  const names = defs.map((d) => d.name);
  const params: Params = {
    form: defs[0].form.id,
    page: defs[0].page.id.slice(1),
    count: defs.length,
    ...extra,
  };
  return {
    rule,
    severity: GENERAL_RULE[rule].severity,
    form: defs[0].form.id,
    page: defs[0].page.id,
    names,
    cells: ctx.cellRefs(names),
    left: null,
    right: null,
    difference: null,
    ...renderBoth(code, params),
    code,
    params,
  };
}

function byPage(defs: CellDef[]): CellDef[][] {
  const groups = new Map<string, CellDef[]>();
  for (const def of defs) {
    const key = `${def.form.id}.${def.page.id}`;
    const group = groups.get(key);
    if (group) group.push(def);
    else groups.set(key, [def]);
  }
  return [...groups.values()];
}

const firstFive = (items: string[]) =>
  `${items.slice(0, 5).join(", ")}${items.length > 5 ? ", …" : ""}`;

/** The code of a page-level finding and its list of names or cells. */
type PageIssue = (ctx: CheckContext, group: CellDef[]) => { code: string; list?: string };

const missingIssue: PageIssue = (ctx, group) => {
  const { form: instance, page } = group[0];
  const onPage = ctx.model.forms
    .find((f) => f.form.id === instance.id)!
    .cells.filter((c) => c.page === page).length;
  return group.length === onPage
    ? { code: "form.page_missing" }
    : { code: "form.names_missing", list: firstFive(group.map((d) => d.name)) };
};

const clearedIssue: PageIssue = (ctx, group) => ({
  code: "form.formulas_cleared",
  list: firstFive(ctx.cellRefs(group.map((d) => d.name))),
});

const blankIssue: PageIssue = () => ({ code: "form.incomplete" });

export function checkCells(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const missing: CellDef[] = [];
  const cleared: CellDef[] = [];
  const blanks: CellDef[] = [];
  for (const def of ctx.model.cells.values()) {
    if (!ctx.address(def.name)) {
      missing.push(def);
      continue;
    }
    if (def.kind === "input") findings.push(...checkInput(ctx, def, blanks));
    else if (def.kind === "formula") findings.push(...checkFormula(ctx, def, cleared));
    else findings.push(...checkEmpty(ctx, def));
  }

  const pageFindings: [CellDef[], string, PageIssue][] = [
    [missing, "form.damaged", missingIssue],
    [cleared, "form.damaged", clearedIssue],
    [blanks, "form.incomplete", blankIssue],
  ];
  for (const [defs, rule, issue] of pageFindings) {
    for (const group of byPage(defs)) {
      const { code, list } = issue(ctx, group);
      findings.push(pageFinding(ctx, group, rule, code, list === undefined ? {} : { list }));
    }
  }
  return findings;
}
