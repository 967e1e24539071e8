// HyperFormula, a real spreadsheet engine in process, computes the Excel formulas the core writes: every
// formula cell must hold what the standard says (the core's own figures), before and after edits.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { evaluate, type Inputs, type WorkbookPlan } from "../../src/core";
import { consistentInputs, inputNames, planFor } from "../helpers/workbooks";

function load(plan: WorkbookPlan, inputs: Inputs): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of plan.sheets) {
    const grid: RawCellContent[][] = Array.from({ length: sheet.lastRow }, () =>
      Array(sheet.lastCol).fill(null)
    );
    for (const cell of sheet.cells) {
      const value =
        cell.formula ??
        (cell.def?.kind === "input" ? (inputs[cell.def.name] ?? null) : (cell.text ?? null));
      grid[cell.row - 1][cell.col - 1] = value;
    }
    sheets[sheet.sheetName] = grid;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

function expectEngineAgrees(hf: HyperFormula, plan: WorkbookPlan, inputs: Inputs) {
  const expected = evaluate(plan.model, inputs);
  let compared = 0;
  for (const def of plan.model.cells.values()) {
    if (def.kind !== "formula") continue;
    const at = plan.resolve(def.name)!;
    const got = hf.getCellValue({
      sheet: hf.getSheetId(at.sheet)!,
      row: at.row - 1,
      col: at.col - 1,
    });
    const want = expected.get(def.name);
    if (want === null) expect(got).toBe("");
    // HyperFormula rounds results to 10 significant digits: compare ratios relatively.
    else if (def.expr?.op === "ratio")
      expect(Math.abs((got as number) - want!)).toBeLessThanOrEqual(Math.abs(want!) * 1e-9);
    else expect(got).toBeCloseTo(want!, 9);
    compared++;
  }
  return compared;
}

describe("HyperFormula computes the templates' formulas", () => {
  const plan = planFor(["05", "06"], ["CD", "TD", "TH"]);

  it("every formula cell of both forms, all variants, equals the standard's figure", () => {
    const inputs = consistentInputs(plan);
    for (const n of inputNames(plan).filter((n) => n.startsWith("TK06")))
      inputs[n] = (inputs[n] ?? 0) * 1.375;
    expect(expectEngineAgrees(load(plan, inputs), plan, inputs)).toBeGreaterThan(1000);
  });

  it("leaves ratios blank on an all-zero report", () => {
    const zeros: Inputs = Object.fromEntries(inputNames(plan).map((n) => [n, 0]));
    expectEngineAgrees(load(plan, zeros), plan, zeros);
  });

  it("keeps agreeing as inputs are edited", () => {
    const inputs = consistentInputs(plan);
    const hf = load(plan, inputs);
    for (const [i, name] of inputNames(plan)
      .filter((_, k) => k % 37 === 0)
      .entries()) {
      inputs[name] = i * 7 + 1;
      const at = plan.resolve(name)!;
      hf.setCellContents({ sheet: hf.getSheetId(at.sheet)!, row: at.row - 1, col: at.col - 1 }, [
        [inputs[name]!],
      ]);
    }
    expectEngineAgrees(hf, plan, inputs);
  });
});
