// The standard's reconciliations and balances (05.P2.hoan …), and TH = CD + TD.
import { VARIANTS, type RowRef, type RuleSpec } from "../../forms";
import type { Finding } from "../findings";
import { formLabel, formatNumber, rowLabel } from "../messages";
import { dataPointName, type CellDef, type FormModel } from "../model";
import { roundDifference, type CheckContext } from "./context";

/** The (left, right…) name tuples a rule compares: one per shared column, or the fixed columns. */
function comparisons(
  fm: FormModel,
  left: RowRef,
  right: RowRef[]
): { left: string; right: string[] }[] {
  const columnsOf = (ref: RowRef) => {
    const page = fm.spec.pages.find((p) => p.id === ref.page)!;
    const block = page.blocks.find((b) => b.rows.some((r) => r.code === ref.row))!;
    return block.columns.map((c) => c.code);
  };
  const name = (ref: RowRef, column: string) =>
    dataPointName(fm.form.id, ref.page, ref.row, ref.column ?? column);
  const shared = left.column
    ? [left.column]
    : columnsOf(left).filter((c) => right.every((r) => r.column || columnsOf(r).includes(c)));
  return shared.map((column) => ({
    left: name(left, column),
    right: right.map((r) => name(r, column)),
  }));
}

function differs(ctx: CheckContext, fm: FormModel, difference: number): boolean {
  return Math.abs(difference) >= (fm.spec.tolerance || 1e-9);
}

const ORDINALS = {
  vi: ["thứ nhất", "thứ hai", "thứ ba"],
  en: ["first", "second", "third"],
};

function equalFindings(
  ctx: CheckContext,
  fm: FormModel,
  rule: Extract<RuleSpec, { kind: "equal" }>
): Finding[] {
  const findings: Finding[] = [];
  // Every reading the standard accepts; the rule holds in a column when any of them holds there.
  const readings = [rule.right, ...(rule.alternatives ?? [])].map((right) =>
    comparisons(fm, rule.left, right)
  );
  for (const cmp of readings[0]) {
    const leftValue = ctx.number(cmp.left);
    const sides = readings.map((r) => r.find((c) => c.left === cmp.left)?.right ?? []);
    const sums = sides.map((names) => {
      const values = names.map(ctx.number);
      return values.some((v) => v === undefined)
        ? undefined
        : (values as number[]).reduce((a, b) => a + b, 0);
    });
    if (leftValue === undefined || sums.some((v) => v === undefined)) continue;
    const differences = (sums as number[]).map((sum) => roundDifference(leftValue - sum));
    if (differences.some((d) => !differs(ctx, fm, d))) continue;
    const [rightValue] = sums as number[];
    const [difference] = differences;
    const leftDef = ctx.model.cells.get(cmp.left)!;
    const names = [...new Set([cmp.left, ...sides.flat()])];
    const column = leftDef.column.label;
    const sideText = (side: string[], lang: "vi" | "en") =>
      side.map((n) => rowLabel(ctx.model.cells.get(n)!)[lang]).join(" + ");
    const form_ = formLabel(fm.form.family, fm.form.variant);
    const compared = (lang: "vi" | "en") => {
      const diff = lang === "vi" ? "chênh lệch" : "difference";
      if (sides.length === 1)
        return `${sideText(sides[0], lang)} = ${formatNumber(rightValue, lang)}, ${diff} ${formatNumber(difference, lang)}`;
      // Each reading the standard accepts, so the officer sees which figures would satisfy it.
      return sides
        .map(
          (side, i) =>
            `${lang === "vi" ? `cách hiểu ${ORDINALS.vi[i]}` : `${ORDINALS.en[i]} reading`}: ${sideText(side, lang)} = ${formatNumber(sums[i], lang)}, ${diff} ${formatNumber(differences[i], lang)}`
        )
        .join("; ");
    };
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      form: fm.form.id,
      page: rule.left.page,
      names,
      cells: ctx.cellRefs(names),
      left: leftValue,
      right: rightValue,
      difference,
      message: `${rule.description.vi} (${form_.vi}, cột «${column.vi}»): ${rowLabel(leftDef).vi} = ${formatNumber(leftValue)}, ${compared("vi")}.`,
      messageEn: `${rule.description.en} (${form_.en}, column “${column.en}”): ${rowLabel(leftDef).en} = ${formatNumber(leftValue, "en")}, ${compared("en")}.`,
    });
  }
  return findings;
}

function zeroFindings(
  ctx: CheckContext,
  fm: FormModel,
  rule: Extract<RuleSpec, { kind: "zero" }>
): Finding[] {
  const page = fm.spec.pages.find((p) => p.id === rule.target.page)!;
  const block = page.blocks.find((b) => b.rows.some((r) => r.code === rule.target.row))!;
  const findings: Finding[] = [];
  for (const column of block.columns.filter((c) => !c.total)) {
    const name = dataPointName(fm.form.id, rule.target.page, rule.target.row, column.code);
    const value = ctx.number(name);
    if (value === undefined || value === 0) continue;
    const def = ctx.model.cells.get(name)!;
    const form_ = formLabel(fm.form.family, fm.form.variant);
    findings.push({
      rule: rule.id,
      severity: rule.severity,
      form: fm.form.id,
      page: rule.target.page,
      names: [name],
      cells: ctx.cellRefs([name]),
      left: value,
      right: 0,
      difference: value,
      message: `${rule.description.vi} (${form_.vi}): ${rowLabel(def).vi}, cột «${column.label.vi}» = ${formatNumber(value)}.`,
      messageEn: `${rule.description.en} (${form_.en}): ${rowLabel(def).en}, column “${column.label.en}” = ${formatNumber(value, "en")}.`,
    });
  }
  return findings;
}

export function checkRules(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const fm of ctx.model.forms) {
    for (const rule of fm.spec.rules) {
      if (rule.variants && !rule.variants.includes(fm.form.variant)) continue;
      findings.push(
        ...(rule.kind === "equal" ? equalFindings(ctx, fm, rule) : zeroFindings(ctx, fm, rule))
      );
    }
  }
  return findings;
}

/** TH = CD + TD at every position an officer types in a stand-alone form (totals follow from them). */
export function checkConsolidation(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const th of ctx.model.forms.filter((f) => f.form.variant === "TH")) {
    const family = th.form.family;
    if (!VARIANTS.every((v) => ctx.formIds.includes(`TK${family}${v}`))) continue;
    for (const def of th.cells.filter((c: CellDef) => c.inputPosition)) {
      const cd = def.name.replace(th.form.id, `TK${family}CD`);
      const td = def.name.replace(th.form.id, `TK${family}TD`);
      const [t, c, d] = [def.name, cd, td].map(ctx.number);
      if (t === undefined || c === undefined || d === undefined) continue;
      const difference = roundDifference(t - (c + d));
      if (!differs(ctx, th, difference)) continue;
      const label = rowLabel(def);
      findings.push({
        rule: "TH.sum",
        severity: "error",
        form: th.form.id,
        page: def.page.id,
        names: [def.name, cd, td],
        cells: ctx.cellRefs([def.name, cd, td]),
        left: t,
        right: c + d,
        difference,
        message: `Biểu ${family} tổng hợp phải bằng chủ động cộng theo đơn: ${label.vi}, cột «${def.column.label.vi}»: tổng hợp = ${formatNumber(t)}, chủ động + theo đơn = ${formatNumber(c)} + ${formatNumber(d)} = ${formatNumber(c + d)}, chênh lệch ${formatNumber(difference)}.`,
        messageEn: `Form ${family} consolidated must equal on-initiative plus on-request: ${label.en}, column “${def.column.label.en}”: consolidated = ${formatNumber(t, "en")}, sum = ${formatNumber(c, "en")} + ${formatNumber(d, "en")} = ${formatNumber(c + d, "en")}, difference ${formatNumber(difference, "en")}.`,
      });
    }
  }
  return findings;
}
