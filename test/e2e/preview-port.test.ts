// The preview's workbook port on HyperFormula, in Node: templates computed by a real engine agree with the
// core's reading of the standard, edits reach the checks, and the template's own marks light up.
import { checkWorkbook, evaluate, parseQualified, type WorkbookPlan } from "../../src/core";
import { PreviewWorkbook, LOCKED_NOTICE } from "../../src/preview/preview-workbook";
import { cellKey } from "../../src/preview/marks";
import { fillByName } from "../../src/preview/test-hook";
import { consistentInputs, inputNames, planFor } from "../helpers/workbooks";

async function workbookWith(plan: WorkbookPlan) {
  const wb = new PreviewWorkbook();
  await wb.addTemplates(plan);
  return wb;
}

function seeded(seed: number) {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

describe("PreviewWorkbook", () => {
  const plan = planFor(["05", "06"], ["TH"]);

  it("holds the plan's sheets and forms, the meta sheet hidden", async () => {
    const wb = await workbookWith(plan);
    const info = await wb.info();
    expect(info.forms).toEqual(["TK05TH", "TK06TH"]);
    expect(info.sheets).toEqual([...plan.sheets.map((s) => s.sheetName), plan.meta.sheetName]);
    expect(wb.view.get().tabs).toEqual(plan.sheets.map((s) => s.sheetName));
  });

  it("computes every formula cell as the standard says, and a filled template reconciles", async () => {
    const wb = await workbookWith(plan);
    const inputs = consistentInputs(plan, seeded(7));
    fillByName(wb, inputs);
    const expected = evaluate(plan.model, inputs);
    const snapshot = await wb.readSnapshot();
    const formulas = [...plan.model.cells.values()].filter((d) => d.kind === "formula");
    expect(formulas.length).toBeGreaterThan(100);
    for (const { name } of formulas) {
      const value = expected.get(name)!;
      const got = snapshot.cells[name].value;
      if (value === null) expect([null, ""]).toContain(got);
      else expect(got).toBeCloseTo(value, 9);
    }
    const result = checkWorkbook(snapshot);
    expect(result.findings.filter((f) => f.rule !== "form.incomplete")).toEqual([]);
    expect(wb.marks.marked().size).toBe(0);
  });

  it("a fresh template has no errors, only blanks", async () => {
    const wb = await workbookWith(plan);
    const result = checkWorkbook(await wb.readSnapshot());
    expect(result.errors).toBe(0);
    expect(wb.marks.marked().size).toBe(0);
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(["form.incomplete"]));
  });

  it("marks both sides of a broken reconciliation, and text or negative inputs, via the template's rules", async () => {
    const wb = await workbookWith(plan);
    fillByName(wb, consistentInputs(plan, seeded(3)));
    const at = (name: string) => plan.resolve(name)!;
    const p2 = at("TK05TH.P2.hoan_cq_a.kt");
    const before = wb.cells.value(p2.sheet, p2.row, p2.col) as number;
    expect(wb.setCell(p2.sheet, p2.row, p2.col, String(before + 5))).toEqual({ ok: true });
    const findings = checkWorkbook(await wb.readSnapshot()).findings;
    const hoan = findings.find((f) => f.rule === "05.P2.hoan")!;
    expect(hoan.difference).not.toBe(0);
    const marked = wb.marks.marked();
    for (const ref of hoan.cells) {
      const a = parseQualified(ref)!;
      expect(marked.get(cellKey(a.sheet, a.row, a.col))).toBe("error");
    }

    const text = at("TK05TH.P1.thu_ly_moi.ds");
    const negative = at("TK06TH.P1.thi_hanh_xong.tien");
    wb.setCell(text.sheet, text.row, text.col, "mười");
    wb.setCell(negative.sheet, negative.row, negative.col, "-3");
    const rules = checkWorkbook(await wb.readSnapshot()).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["cell.not_a_number", "cell.negative"]));
    expect(wb.marks.marked().get(cellKey(text.sheet, text.row, text.col))).toBe("error");
    expect(wb.marks.marked().get(cellKey(negative.sheet, negative.row, negative.col))).toBe(
      "error"
    );
  });

  it("refuses edits to locked cells and reads numbers the simple way", async () => {
    const wb = await workbookWith(plan);
    const total = plan.resolve("TK05TH.P1.thu_ly.tong")!;
    expect(wb.setCell(total.sheet, total.row, total.col, "9")).toEqual({
      ok: false,
      notice: LOCKED_NOTICE,
    });
    expect(wb.view.get().notice).toBe(LOCKED_NOTICE);
    const cell = plan.resolve(inputNames(plan).find((n) => n.startsWith("TK06"))!)!;
    for (const [raw, value] of [
      ["2,5", 2.5],
      ["2.5", 2.5],
      ["-3", -3],
      ["", null],
      ["abc", "abc"],
    ] as const) {
      wb.setCell(cell.sheet, cell.row, cell.col, raw);
      expect(wb.cells.value(cell.sheet, cell.row, cell.col)).toBe(value);
    }
  });

  it("tells subscribers about edits and selects cells on their sheet", async () => {
    const wb = await workbookWith(plan);
    const onEdit = jest.fn();
    const stop = await wb.subscribe(onEdit);
    const cell = plan.resolve("TK05TH.P2.hoan_cq_a.ds")!;
    wb.setCell(cell.sheet, cell.row, cell.col, "1");
    expect(onEdit).toHaveBeenCalledTimes(1);
    await stop();
    wb.setCell(cell.sheet, cell.row, cell.col, "2");
    expect(onEdit).toHaveBeenCalledTimes(1);
    await wb.select([`'${cell.sheet}'!D20`, `'${cell.sheet}'!E20`]);
    expect(wb.view.get()).toMatchObject({
      active: cell.sheet,
      activeCell: { row: 20, col: 4 },
      selected: ["D20", "E20"],
    });
  });
});
