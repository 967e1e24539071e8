// Every rule expanded once into the comparisons it makes, cell by cell: the checks, the conditional-format
// marks (and so the preview's marks) and the docs all read this one expansion.
import { GENERAL_RULE, type PageId, type RowRef, type RuleSpec, type Severity } from "../forms";
import { dataPointName, partnerName, type CellDef, type FormModel, type Model } from "./model";

/** One reading of a comparison: left = the sum of right (an empty right means left = 0). */
export interface Reading {
  left: string;
  right: string[];
}

export interface Comparison {
  rule: string;
  kind: RuleSpec["kind"] | "consolidation";
  severity: Severity;
  form: FormModel;
  page: PageId;
  /** |left − right| below this holds (0: exact). */
  tolerance: number;
  /** The comparison holds when any reading holds; the first is the one a finding words. */
  readings: Reading[];
  /** Which cells a conditional-format mark shows: every side of the first reading, or the left only. */
  marks: "sides" | "left";
}

function blockColumns(fm: FormModel, ref: RowRef) {
  const page = fm.spec.pages.find((p) => p.id === ref.page)!;
  return page.blocks.find((b) => b.rows.some((r) => r.code === ref.row))!.columns;
}

/** A form rule over the columns both sides share (or its fixed columns); a zero rule over input columns. */
function expandRule(fm: FormModel, rule: RuleSpec): Comparison[] {
  const left = rule.kind === "equal" ? rule.left : rule.target;
  const right = rule.kind === "equal" ? rule.right : [];
  const name = (ref: RowRef, column: string) =>
    dataPointName(fm.form.id, ref.page, ref.row, ref.column ?? column);
  const columns = left.column
    ? [left.column]
    : blockColumns(fm, left)
        .filter((c) => rule.kind === "equal" || !c.total)
        .map((c) => c.code)
        .filter((c) =>
          right.every((r) => r.column || blockColumns(fm, r).some((col) => col.code === c))
        );
  return columns.map((column) => ({
    rule: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    form: fm,
    page: left.page,
    tolerance: rule.kind === "equal" ? fm.spec.tolerance : 0,
    // The standard's readings: the rule holds when any of them holds (06.P2.ly_do_khac: H, or H + K).
    readings: [right, ...(rule.kind === "equal" ? (rule.alternatives ?? []) : [])].map((side) => ({
      left: name(left, column),
      right: side.map((r) => name(r, column)),
    })),
    marks: "sides",
  }));
}

/** TH = CD + TD at every position an officer types in a stand-alone form (totals follow from them). */
function expandConsolidation(fm: FormModel, model: Model): Comparison[] {
  if (fm.form.variant !== "TH" || !model.allVariants.includes(fm.form.family)) return [];
  const rule = GENERAL_RULE["TH.sum"];
  return fm.cells
    .filter((c: CellDef) => c.inputPosition)
    .map((def) => ({
      rule: rule.id,
      kind: "consolidation" as const,
      severity: rule.severity,
      form: fm,
      page: def.page.id,
      tolerance: fm.spec.tolerance,
      readings: [{ left: def.name, right: [partnerName(def, "CD"), partnerName(def, "TD")] }],
      marks: "left" as const,
    }));
}

/** Form rules first, form by form, then TH = CD + TD: the order findings are reported in. */
export function expandRules(model: Model): Comparison[] {
  const out: Comparison[] = [];
  for (const fm of model.forms)
    for (const rule of fm.spec.rules)
      if (!rule.variants || rule.variants.includes(fm.form.variant))
        out.push(...expandRule(fm, rule));
  for (const fm of model.forms) out.push(...expandConsolidation(fm, model));
  return out;
}

/** Whether a difference breaks a comparison of this tolerance. */
export function breaks(difference: number, tolerance: number): boolean {
  return Math.abs(difference) >= (tolerance || 1e-9);
}

const expansions = new WeakMap<Model, Comparison[]>();

/** The model's comparisons, expanded once per model. */
export function comparisonsOf(model: Model): Comparison[] {
  let comparisons = expansions.get(model);
  if (!comparisons) {
    comparisons = expandRules(model);
    expansions.set(model, comparisons);
  }
  return comparisons;
}
