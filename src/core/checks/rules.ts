// The standard's reconciliations and balances (05.P2.hoan …) and TH = CD + TD, read from the one expansion
// of the rules into comparisons.
import type { Finding } from "../findings";
import { breaks, comparisonsOf, type Comparison, type Reading } from "../expansion";
import { renderBoth, type Params } from "../render";
import { roundDifference, type CheckContext } from "./context";

interface Outcome {
  reading: Reading;
  left: number;
  right: number;
  values: number[];
  difference: number;
}

/** The first reading's figures when no reading holds; undefined when one holds or a cell is not a number. */
function broken(ctx: CheckContext, cmp: Comparison): Outcome[] | undefined {
  const all: Outcome[] = [];
  for (const reading of cmp.readings) {
    const left = ctx.number(reading.left);
    const values = reading.right.map(ctx.number);
    if (left === undefined || values.some((v) => v === undefined)) return undefined;
    const right = (values as number[]).reduce((a, b) => a + b, 0);
    const difference = roundDifference(left - right);
    if (!breaks(difference, cmp.tolerance)) return undefined;
    all.push({ reading, left, right, values: values as number[], difference });
  }
  return all.length ? all : undefined;
}

/** Every comparison of the expansion that breaks, form rules first, then TH = CD + TD. */
export function checkRules(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const cmp of comparisonsOf(ctx.model)) {
    const outcomes = broken(ctx, cmp);
    if (!outcomes) continue;
    const [o, alt] = outcomes;
    // Every cell of every reading the standard accepts (06.P2.ly_do_khac: H, or H + K).
    const names = [...new Set(outcomes.flatMap((x) => [x.reading.left, ...x.reading.right]))];
    const code = alt ? "compare.readings" : `compare.${cmp.kind}`;
    const params: Params = {
      rule: cmp.rule,
      form: cmp.form.form.id,
      family: cmp.form.form.family,
      left: o.reading.left,
      right: o.reading.right,
      leftValue: o.left,
      rightValue: o.right,
      rightValues: o.values,
      difference: o.difference,
      ...(alt
        ? { altRight: alt.reading.right, altRightValue: alt.right, altDifference: alt.difference }
        : {}),
    };
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
      ...renderBoth(code, params),
      code,
      params,
    });
  }
  return findings;
}
