// HyperFormula, a real spreadsheet engine, computes the Excel formulas the core writes: every formula cell must
// equal the core's evaluate() (what the standard says), before and after edits, and header links must follow.
import type { HyperFormula } from "hyperformula";
import { evaluate, planWorkbook, type Inputs, type WorkbookPlan } from "../../src/core";
import {
  FOOTER_FIELDS,
  HEADER_FIELDS,
  formInstance,
  type FormFamily,
  type Variant,
} from "../../src/forms";
import { loadPlan, setInput, valueAt } from "../helpers/hyperformula";
import { seeded } from "../helpers/random";
import { consistentInputs, inputNames } from "../helpers/workbooks";

const header = Object.fromEntries(
  [...HEADER_FIELDS, ...FOOTER_FIELDS].map((f, i) => [f.code, `${f.label.vi} — giá trị ${i + 1}`])
);
const families: FormFamily[] = ["05", "06"];
const variants: Variant[] = ["CD", "TD", "TH"];
const plan: WorkbookPlan = planWorkbook({
  forms: families.flatMap((f) => variants.map((v) => formInstance(f, v))),
  header,
});
const formulaDefs = [...plan.model.cells.values()].filter((d) => d.kind === "formula");

/** Compares every formula cell; returns how many were compared. */
function expectAgreement(hf: HyperFormula, inputs: Inputs): number {
  const want = evaluate(plan.model, inputs);
  const mismatches: string[] = [];
  for (const def of formulaDefs) {
    const got = valueAt(hf, plan, def.name);
    const expected = want.get(def.name);
    const ok =
      expected === null || expected === undefined
        ? got === "" || got === null
        : typeof got === "number" &&
          Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    if (!ok) mismatches.push(`${def.name}: engine ${JSON.stringify(got)}, standard ${expected}`);
  }
  expect(mismatches).toEqual([]);
  return formulaDefs.length;
}

/** Random consistent inputs; 06 money with up to 3 decimals. */
function randomInputs(seed: number): Inputs {
  const r = seeded(seed);
  const inputs = consistentInputs(plan, r);
  for (const n of inputNames(plan))
    if (n.startsWith("TK06") && inputs[n] !== undefined)
      inputs[n] = inputs[n]! * 1000 + Math.floor(r() * 1000) / 1000;
  return inputs;
}

describe("HyperFormula computes what the standard says", () => {
  it("plans both forms, all variants, with formulas on every computed cell and linked TH inputs", () => {
    expect(plan.sheets.length).toBe(3 * 3 + 3 * 2);
    expect(formulaDefs.length).toBeGreaterThan(1000);
    expect(formulaDefs.some((d) => d.linked)).toBe(true);
  });

  it.each([1, 7, 42])(
    "random consistent report (seed %i): every formula cell equals evaluate()",
    (seed) => {
      const inputs = randomInputs(seed);
      expect(expectAgreement(loadPlan(plan, inputs), inputs)).toBe(formulaDefs.length);
    }
  );

  it("an all-zero report leaves every ratio blank", () => {
    const zeros: Inputs = Object.fromEntries(inputNames(plan).map((n) => [n, 0]));
    const hf = loadPlan(plan, zeros);
    expectAgreement(hf, zeros);
    const ratios = formulaDefs.filter((d) => d.expr?.op === "ratio");
    expect(ratios.length).toBeGreaterThan(0);
    for (const d of ratios) expect(valueAt(hf, plan, d.name)).toBe("");
  });

  it("keeps agreeing as inputs are edited with setCellContents, including blanks", () => {
    const inputs = randomInputs(5);
    const hf = loadPlan(plan, inputs);
    const r = seeded(11);
    const names = inputNames(plan);
    for (let i = 0; i < 60; i++) {
      const name = names[Math.floor(r() * names.length)];
      const value =
        i % 10 === 0 ? null : Math.floor(r() * 10000) / (name.startsWith("TK06") ? 1000 : 1);
      if (value === null) delete inputs[name];
      else inputs[name] = value;
      setInput(hf, plan, name, value);
    }
    expectAgreement(hf, inputs);
    // A single edit moves its totals at once.
    const name = "TK05CD.P1.thu_ly_moi.ds";
    inputs[name] = (inputs[name] ?? 0) + 5;
    setInput(hf, plan, name, inputs[name]!);
    expect(valueAt(hf, plan, "TK05TH.P1.thu_ly.tong")).toBe(
      evaluate(plan.model, inputs).get("TK05TH.P1.thu_ly.tong")
    );
    expectAgreement(hf, inputs);
  });

  it("header and footer links on later pages show the first page's fields", () => {
    const hf = loadPlan(plan, randomInputs(2));
    const links = plan.sheets.flatMap((s) =>
      s.cells.filter((c) => c.role === "fieldLink").map((c) => ({ s, c }))
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { s, c } of links) {
      const source = plan.resolve(c.name!)!;
      const sourceText = plan.sheets
        .find((x) => x.sheetName === source.sheet)!
        .cells.find((x) => x.row === source.row && x.col === source.col)!.text;
      const shown = hf.getCellValue({
        sheet: hf.getSheetId(s.sheetName)!,
        row: c.row - 1,
        col: c.col - 1,
      });
      expect(shown).toBe(sourceText);
      // The template leaves Ngày nhận báo cáo blank: the receiver fills it (standard version 2).
      const field = c.name!.split(".").pop()!;
      expect(shown).toBe(field === "ngay_nhan" ? "" : header[field]);
    }
  });
});
