// Cross-period: this year's carried-over row against last year's 12-month unfinished, per column.
import { CROSS_REPORT_RULES } from "../../src/forms";
import { CARRY_OVER_RULE, checkCarryOver, evaluate, rulesMarkdown } from "../../src/core";
import { cellOf } from "../helpers/workbooks";
import { report, thBoth } from "./reports";

describe("checkCarryOver", () => {
  const plan = thBoth();
  const last = report(plan, 21, { period: "12 tháng/năm 2026" });
  const lastValues = evaluate(plan.model, last.inputs);
  const unfinished = (name: string) => {
    const [form, , , col] = name.split(".");
    const rows =
      form === "TK05TH"
        ? ["dang_giai_quyet", "chua_co_dieu_kien"]
        : ["chua_thi_hanh", "chua_co_dieu_kien"];
    return rows.reduce((a, r) => a + (lastValues.get(`${form}.P1.${r}.${col}`) ?? 0), 0);
  };

  it("passes when every column carries over exactly what was left, and names a column that does not", () => {
    const now = report(plan, 22, { period: "3 tháng/năm 2027" });
    const carried = Object.keys(now.snapshot.cells).filter(
      (n) => /^TK0[56]TH\.P1\.nam_truoc\./.test(n) && plan.model.cells.get(n)!.kind === "input"
    );
    for (const name of carried) now.snapshot.cells[name].value = unfinished(name);
    expect(checkCarryOver(last.snapshot, now.snapshot)).toEqual({ applicable: true, findings: [] });

    const off = "TK06TH.P1.nam_truoc.tien";
    now.snapshot.cells[off].value = unfinished(off) + 2.5;
    const result = checkCarryOver(last.snapshot, now.snapshot);
    expect(result.applicable).toBe(true);
    if (!result.applicable) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: CARRY_OVER_RULE,
      severity: "warning",
      form: "TK06TH",
      page: "P1",
      names: [off],
      cells: [cellOf(plan, off)],
      difference: 2.5,
    });
    expect(result.findings[0].message).toMatch(
      /^biểu 06 tổng hợp: 1\.1 «Số giá trị năm trước chuyển sang», cột/
    );
  });

  it("gives a clear message, not a finding, for any pair that does not cross the year boundary", () => {
    for (const [prev, cur] of [
      ["9 tháng/năm 2026", "3 tháng/năm 2027"],
      ["12 tháng/năm 2026", "3 tháng/năm 2028"],
      ["12 tháng/năm 2026", "12 tháng/năm 2026"],
      ["quý 4", "3 tháng/năm 2027"],
    ]) {
      const result = checkCarryOver(
        report(plan, 1, { period: prev }).snapshot,
        report(plan, 2, { period: cur }).snapshot
      );
      expect(result).toMatchObject({
        applicable: false,
        message: expect.stringMatching(/12 tháng của năm thống kê liền trước/),
      });
    }
  });

  it("is in the rule table, marked inferred", () => {
    expect(CROSS_REPORT_RULES.map((r) => r.id)).toContain(CARRY_OVER_RULE);
    expect(rulesMarkdown()).toMatch(/`period\.carry_over` \| warning \| .* \*inferred\* \|/);
  });
});
