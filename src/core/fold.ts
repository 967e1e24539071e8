// One wrong entry, one finding: a failure fully explained by failures of the same rule in the cells it is
// computed from (the Tổng số column from its columns, a subtotal row from its rows, a linked TH cell from
// CĐ + TĐ) is folded into them. Nothing is dropped: the folded finding stays in the list, marked `causedBy`,
// and counts and exit codes stay as they were.
import { formId, type Text } from "../forms";
import type { Finding } from "./findings";
import { dataPointName, type CellDef, type Model } from "./model";

/** A finding's stable key: its rule and the first data point it names ("05.P1.can_doi@TK05TH.P1.x.ds"). */
export function findingKey(finding: Finding): string {
  return `${finding.rule}@${finding.names[0] ?? finding.form + "." + (finding.page ?? "")}`;
}

/** The ways a cell's value is computed from other cells of the model, most local first. */
function decompositions(def: CellDef, model: Model): string[][] {
  const out: string[][] = [];
  const known = (names: string[]) => names.filter((n) => model.cells.has(n));
  const name = (row: string, column: string, formId = def.form.id) =>
    dataPointName(formId, def.page.id, row, column);
  if (def.column.total) {
    const columns = def.block.columns
      .filter((c) => !c.total)
      .map((c) => name(def.row.code, c.code));
    out.push(known(columns));
  }
  if (def.row.formula?.op === "sum")
    out.push(known(def.row.formula.rows.map((row) => name(row, def.column.code))));
  if (def.form.variant === "TH") {
    const partners = (["CD", "TD"] as const).map((v) =>
      name(def.row.code, def.column.code, formId(def.form.family, v))
    );
    if (partners.every((n) => model.cells.has(n))) out.push(partners);
  }
  return out.filter((names) => names.length > 0);
}

/**
 * Marks every finding whose failure is the sum of failures of the same rule in the cells it is computed from
 * with `causedBy` (the key of its largest cause). Returns new finding objects in the same order.
 */
export function foldFindings(findings: Finding[], model: Model, tolerance = 1e-6): Finding[] {
  // Findings of a rule, by the data point they start from.
  const byRuleAndName = new Map<string, Finding>();
  for (const f of findings) {
    if (f.difference !== null && f.names.length > 0)
      byRuleAndName.set(`${f.rule}@${f.names[0]}`, f);
  }
  return findings.map((f) => {
    if (f.difference === null || f.names.length === 0) return f;
    const def = model.cells.get(f.names[0]);
    if (!def) return f;
    for (const parts of decompositions(def, model)) {
      const causes = parts
        .map((n) => byRuleAndName.get(`${f.rule}@${n}`))
        .filter((c): c is Finding => c !== undefined && c !== f);
      if (causes.length === 0) continue;
      const explained = causes.reduce((sum, c) => sum + (c.difference ?? 0), 0);
      if (Math.abs(explained - f.difference) > tolerance * Math.max(1, Math.abs(f.difference)))
        continue;
      const main = causes.reduce((a, b) =>
        Math.abs(b.difference ?? 0) > Math.abs(a.difference ?? 0) ? b : a
      );
      return { ...f, causedBy: findingKey(main) };
    }
    return f;
  });
}

/** The finding a folded one comes down to, following `causedBy` links. */
export function rootCause(finding: Finding, byKey: Map<string, Finding>): Finding {
  let current = finding;
  for (let depth = 0; current.causedBy && depth < 16; depth++) {
    const next = byKey.get(current.causedBy);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Root findings, each with the findings folded into it (directly or through others), in list order. */
export function groupByCause(findings: Finding[]): { finding: Finding; folded: Finding[] }[] {
  const byKey = new Map(findings.map((f) => [findingKey(f), f]));
  const groups = new Map<Finding, Finding[]>();
  for (const f of findings) if (!f.causedBy || !byKey.has(f.causedBy)) groups.set(f, []);
  for (const f of findings) {
    if (groups.has(f)) continue;
    const root = rootCause(f, byKey);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(f);
  }
  return [...groups.entries()].map(([finding, folded]) => ({ finding, folded }));
}

/** "cột «Tổng số»", "dòng 1 «Tổng số thụ lý»", "biểu 05 tổng hợp": what a folded finding adds to its cause. */
export function consequenceLabel(folded: Finding, cause: Finding, model: Model): Text | undefined {
  const a = model.cells.get(folded.names[0]);
  const b = model.cells.get(cause.names[0]);
  if (!a || !b) return undefined;
  const column: Text = { vi: `cột «${a.column.label.vi}»`, en: `column “${a.column.label.en}”` };
  const row: Text = {
    vi: `dòng ${a.row.no} «${a.row.label.vi}»`,
    en: `row ${a.row.no} “${a.row.label.en}”`,
  };
  const form: Text = {
    vi: `biểu ${a.form.family} ${a.form.variant === "TH" ? "tổng hợp" : a.form.variant}`,
    en: `form ${a.form.family} ${a.form.variant === "TH" ? "consolidated" : a.form.variant}`,
  };
  const parts: Text[] = [];
  if (a.form.id !== b.form.id) parts.push(form);
  if (a.row !== b.row && a.row.code !== b.row.code) parts.push(row);
  if (a.column.code !== b.column.code) parts.push(column);
  if (parts.length === 0) return undefined;
  return {
    vi: parts.map((p) => p.vi).join(", "),
    en: parts.map((p) => p.en).join(", "),
  };
}
