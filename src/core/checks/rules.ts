// The standard's reconciliations and balances (05.P2.hoan …) and TH = CD + TD, read from the one expansion
// of the rules into comparisons.
import type { Finding } from "../findings";
import { breaks, comparisonsOf, type Comparison, type Reading } from "../expansion";
import { formLabel, formatNumber, rowLabel } from "../messages";
import { roundDifference, type CheckContext } from "./context";

interface Outcome {
  reading: Reading;
  left: number;
  right: number;
  values: number[];
  difference: number;
}

/** The first reading's figures when no reading holds; undefined when one holds or a cell is not a number. */
function broken(ctx: CheckContext, cmp: Comparison): Outcome | undefined {
  let first: Outcome | undefined;
  for (const reading of cmp.readings) {
    const left = ctx.number(reading.left);
    const values = reading.right.map(ctx.number);
    if (left === undefined || values.some((v) => v === undefined)) return undefined;
    const right = (values as number[]).reduce((a, b) => a + b, 0);
    const difference = roundDifference(left - right);
    if (!breaks(difference, cmp.tolerance)) return undefined;
    first ??= { reading, left, right, values: values as number[], difference };
  }
  return first;
}

function wording(ctx: CheckContext, cmp: Comparison, o: Outcome): { vi: string; en: string } {
  const fm = cmp.form;
  const leftDef = ctx.model.cells.get(o.reading.left)!;
  const form_ = formLabel(fm.form.family, fm.form.variant);
  const description = fm.spec.rules.find((r) => r.id === cmp.rule)?.description;
  if (cmp.kind === "zero") {
    const column = leftDef.column.label;
    return {
      vi: `${description!.vi} (${form_.vi}): ${rowLabel(leftDef).vi}, cột «${column.vi}» = ${formatNumber(o.left)}.`,
      en: `${description!.en} (${form_.en}): ${rowLabel(leftDef).en}, column “${column.en}” = ${formatNumber(o.left, "en")}.`,
    };
  }
  if (cmp.kind === "consolidation") {
    const label = rowLabel(leftDef);
    const [c, d] = o.values;
    const family = fm.form.family;
    return {
      vi: `Biểu ${family} tổng hợp phải bằng chủ động cộng theo đơn: ${label.vi}, cột «${leftDef.column.label.vi}»: tổng hợp = ${formatNumber(o.left)}, chủ động + theo đơn = ${formatNumber(c)} + ${formatNumber(d)} = ${formatNumber(o.right)}, chênh lệch ${formatNumber(o.difference)}.`,
      en: `Form ${family} consolidated must equal on-initiative plus on-request: ${label.en}, column “${leftDef.column.label.en}”: consolidated = ${formatNumber(o.left, "en")}, sum = ${formatNumber(c, "en")} + ${formatNumber(d, "en")} = ${formatNumber(o.right, "en")}, difference ${formatNumber(o.difference, "en")}.`,
    };
  }
  const rightDefs = o.reading.right.map((n) => ctx.model.cells.get(n)!);
  const column = leftDef.column.label;
  const rightText = (lang: "vi" | "en") => rightDefs.map((d) => rowLabel(d)[lang]).join(" + ");
  return {
    vi: `${description!.vi} (${form_.vi}, cột «${column.vi}»): ${rowLabel(leftDef).vi} = ${formatNumber(o.left)}, ${rightText("vi")} = ${formatNumber(o.right)}, chênh lệch ${formatNumber(o.difference)}.`,
    en: `${description!.en} (${form_.en}, column “${column.en}”): ${rowLabel(leftDef).en} = ${formatNumber(o.left, "en")}, ${rightText("en")} = ${formatNumber(o.right, "en")}, difference ${formatNumber(o.difference, "en")}.`,
  };
}

/** Every comparison of the expansion that breaks, form rules first, then TH = CD + TD. */
export function checkRules(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const cmp of comparisonsOf(ctx.model)) {
    const o = broken(ctx, cmp);
    if (!o) continue;
    const names = [o.reading.left, ...o.reading.right];
    const text = wording(ctx, cmp, o);
    findings.push({
      rule: cmp.rule,
      severity: cmp.severity,
      form: cmp.form.form.id,
      page: cmp.page,
      names,
      cells: ctx.cellRefs(names),
      left: o.left,
      right: o.right,
      difference: o.difference,
      message: text.vi,
      messageEn: text.en,
    });
  }
  return findings;
}
