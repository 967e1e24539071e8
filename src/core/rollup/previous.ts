// The cross-period check: this statistical year's "năm trước chuyển sang" (row 1.1) against what last
// year's 12-month report left unfinished, column by column. The article implies it, it does not state it.
import { createContext, roundDifference } from "../checks/context";
import type { Finding } from "../findings";
import { formLabel } from "../messages";
import { dataPointName } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import { headerValue, parsePeriod } from "./header";
import { ROLLUP_TEXT } from "./text";

export const CARRY_OVER_RULE = "period.carry_over";

export type CarryOverCheck =
  | { applicable: true; findings: Finding[] }
  | { applicable: false; message: string; messageEn: string };

export function checkCarryOver(
  previous: WorkbookSnapshot,
  current: WorkbookSnapshot
): CarryOverCheck {
  const prevLabel = headerValue(previous, "ky_bao_cao");
  const curLabel = headerValue(current, "ky_bao_cao");
  const prev = parsePeriod(prevLabel);
  const cur = parsePeriod(curLabel);
  if (!prev || !cur || prev.months !== 12 || cur.year !== prev.year + 1) {
    return {
      applicable: false,
      message: ROLLUP_TEXT.notAcrossYear.vi(prevLabel, curLabel),
      messageEn: ROLLUP_TEXT.notAcrossYear.en(prevLabel, curLabel),
    };
  }
  const before = createContext(previous);
  const now = createContext(current);
  const shared = now.model.forms.filter((fm) => before.formIds.includes(fm.form.id));
  if (shared.length === 0)
    return {
      applicable: false,
      message: ROLLUP_TEXT.noCommonForm.vi,
      messageEn: ROLLUP_TEXT.noCommonForm.en,
    };
  const findings: Finding[] = [];
  for (const fm of shared) {
    // Which rows carry over is the form's data (05: 4.2 + 5 into 1.1; 06: 4.4 + 5 into 1.1).
    const carry = fm.spec.carryOver;
    const block =
      carry && fm.spec.pages[0].blocks.find((b) => b.rows.some((r) => r.code === carry.row));
    if (!carry || !block) continue;
    for (const column of block.columns.filter((c) => !c.total)) {
      const name = dataPointName(fm.form.id, "P1", carry.row, column.code);
      const left = now.number(name);
      const parts = carry.from.map((row) =>
        before.number(dataPointName(fm.form.id, "P1", row, column.code))
      );
      if (left === undefined || parts.some((p) => p === undefined)) continue;
      const right = roundDifference((parts as number[]).reduce((a, b) => a + b, 0));
      const difference = roundDifference(left - right);
      if (Math.abs(difference) < (fm.spec.tolerance || 1e-9)) continue;
      const form = formLabel(fm.form.family, fm.form.variant);
      const def = now.model.cells.get(name)!;
      findings.push({
        rule: CARRY_OVER_RULE,
        severity: "warning",
        form: fm.form.id,
        page: "P1",
        names: [name],
        cells: now.cellRefs([name]),
        left,
        right,
        difference,
        message: `${form.vi}: ${ROLLUP_TEXT.carryOver.vi(`${def.row.no} «${def.row.label.vi}»`, column.label.vi, left, right)}`,
        messageEn: `${form.en}: ${ROLLUP_TEXT.carryOver.en(`${def.row.no} “${def.row.label.en}”`, column.label.en, left, right)}`,
      });
    }
  }
  return { applicable: true, findings };
}
