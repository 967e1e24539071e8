// The layout and formulas the core derives from the standard: names, sheet names, TH links, ratios, periods.
import {
  evaluate,
  planWorkbook,
  qualified,
  reportingPeriod,
  uniqueSheetName,
  type Inputs,
} from "../../src/core";
import { FORMS, formInstance, type FormFamily, type Variant } from "../../src/forms";
import { loadPlan, valueAt } from "../helpers/hyperformula";
import { planFor } from "../helpers/workbooks";

const families = Object.keys(FORMS) as FormFamily[];
const variants: Variant[] = ["CD", "TD", "TH"];
const all = planFor(families, variants);
const NUMBER_ROLES = new Set(["input", "formula", "ratio", "empty"]);

describe("data point names", () => {
  it("every number cell of every page carries <FORM>.<PAGE>.<row>.<col>, once, as the spec's blocks list them", () => {
    const expected = new Set<string>();
    for (const f of families)
      for (const v of variants)
        for (const page of FORMS[f].pages)
          for (const block of page.blocks)
            for (const row of block.rows)
              for (const col of block.columns)
                expected.add(`${formInstance(f, v).id}.${page.id}.${row.code}.${col.code}`);

    const numberCells = all.sheets.flatMap((s) =>
      s.cells.filter((c) => NUMBER_ROLES.has(c.role)).map((c) => ({ s, c }))
    );
    const names = numberCells.map(({ c }) => c.name);
    expect(names.every((n) => typeof n === "string")).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(expected);
    for (const { s, c } of numberCells) {
      expect(c.def?.name).toBe(c.name);
      expect(c.name!.startsWith(`${s.formId}.${s.page}.`)).toBe(true);
      expect(all.resolve(c.name!)).toEqual({ sheet: s.sheetName, row: c.row, col: c.col });
    }
    // Every defined name the plan creates is unique and points where the cell is.
    const defined = all.names.map((n) => n.name);
    expect(new Set(defined).size).toBe(defined.length);
    for (const n of expected) expect(defined).toContain(n);
  });
});

describe("sheet names", () => {
  it("are at most 31 characters, NFC and unique, also against a workbook's sheets in any case", () => {
    const existingSheets = ["05-th trang 1", "06-TH TRANG 2", "Sheet1"];
    const plan = planWorkbook({
      forms: [formInstance("05", "TH"), formInstance("06", "TH")],
      existingSheets,
    });
    const names = [...plan.sheets.map((s) => s.sheetName), plan.meta.sheetName];
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n.normalize("NFC")).toBe(n);
    }
    const lower = [...names, ...existingSheets].map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it("uniqueSheetName shortens, composes and numbers names", () => {
    const taken = new Set(["báo cáo"]);
    const decomposed = "Ba\u0301o ca\u0301o";
    const first = uniqueSheetName(decomposed, taken);
    expect(first).toBe("Báo cáo (2)");
    expect(first.normalize("NFC")).toBe(first);
    const long = "x".repeat(40);
    const a = uniqueSheetName(long, taken);
    const b = uniqueSheetName(long, taken);
    expect(a.length).toBe(31);
    expect(b.length).toBe(31);
    expect(a).not.toBe(b);
  });
});

describe("TH linked to CD + TD", () => {
  it("every TH input position of an all-variant plan is =SUM(CD cell, TD cell)", () => {
    const cells = all.sheets.flatMap((s) => s.cells);
    const linked = [...all.model.cells.values()].filter((d) => d.linked);
    const thInputs = [...all.model.cells.values()].filter(
      (d) => d.form.variant === "TH" && d.inputPosition
    );
    expect(linked.map((d) => d.name).sort()).toEqual(thInputs.map((d) => d.name).sort());
    for (const d of linked) {
      const partner = (v: Variant) =>
        qualified(all.resolve(d.name.replace(/^TK(\d\d)TH/, `TK$1${v}`))!);
      const cell = cells.find((c) => c.name === d.name)!;
      expect(cell.formula).toBe(`=SUM(${partner("CD")},${partner("TD")})`);
    }
  });

  it("a TH planned alone keeps its inputs", () => {
    const alone = planFor(["05"], ["TH"]);
    expect([...alone.model.cells.values()].some((d) => d.linked)).toBe(false);
  });
});

describe("ratios", () => {
  it("are blank when the divisor is 0, the percentage otherwise (core and engine agree)", () => {
    const plan = planFor(["05", "06"], ["TH"]);
    const ratios = [...plan.model.cells.values()].filter((d) => d.expr?.op === "ratio");
    expect(ratios.length).toBeGreaterThan(0);
    for (const d of ratios) {
      if (d.expr?.op !== "ratio") continue;
      // Every input of the column 0: the divisor is 0.
      const inputs: Inputs = {};
      const numeratorInputs = [...plan.model.cells.values()].filter(
        (x) => x.kind === "input" && x.form.id === d.form.id && x.column.code === d.column.code
      );
      for (const x of numeratorInputs) inputs[x.name] = 0;
      const zero = evaluate(plan.model, inputs);
      expect(zero.get(d.expr.denominator)).toBe(0);
      expect(zero.get(d.name)).toBeNull();
      const hf = loadPlan(plan, inputs);
      expect(valueAt(hf, plan, d.name)).toBe("");
    }
    // One case with a divisor: 05 P1, 3 cases finished in full of 3 with conditions → 100 %.
    const inputs: Inputs = { "TK05TH.P1.xong_hoan_toan.ds": 3, "TK05TH.P1.thu_ly_moi.ds": 4 };
    const v = evaluate(plan.model, inputs);
    const hf = loadPlan(plan, inputs);
    for (const name of ["TK05TH.P1.ty_le_xong.ds", "TK05TH.P1.ty_le_co_dieu_kien.ds"]) {
      expect(valueAt(hf, plan, name)).toBeCloseTo(v.get(name)!, 9);
    }
    expect(v.get("TK05TH.P1.ty_le_xong.ds")).toBe(100);
    expect(v.get("TK05TH.P1.ty_le_co_dieu_kien.ds")).toBe(75);
  });
});

describe("reportingPeriod", () => {
  it.each([
    [2026, 10, "1 tháng/năm 2027"],
    [2026, 9, "12 tháng/năm 2026"],
    [2026, 12, "3 tháng/năm 2027"],
    [2027, 1, "4 tháng/năm 2027"],
    [2027, 3, "6 tháng/năm 2027"],
  ])("%i-%i → %s", (year, month, label) => {
    expect(reportingPeriod({ year, month }).label).toBe(label);
  });
});
