// A plan loaded into HyperFormula, a real spreadsheet engine: one engine sheet per plan sheet, every layout
// cell (texts, header fields and their links, inputs, formulas) at its row and column.
import { HyperFormula, type RawCellContent, type SimpleCellAddress } from "hyperformula";
import type { CellAddress, Inputs, WorkbookPlan } from "../../src/core";

export function loadPlan(plan: WorkbookPlan, inputs: Inputs): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of plan.sheets) {
    const grid: RawCellContent[][] = Array.from({ length: sheet.lastRow }, () =>
      Array<RawCellContent>(sheet.lastCol).fill(null)
    );
    for (const cell of sheet.cells) {
      grid[cell.row - 1][cell.col - 1] =
        cell.formula ??
        (cell.def?.kind === "input" ? (inputs[cell.def.name] ?? null) : (cell.text ?? null));
    }
    sheets[sheet.sheetName] = grid;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

export function engineAddress(hf: HyperFormula, at: CellAddress): SimpleCellAddress {
  const sheet = hf.getSheetId(at.sheet);
  if (sheet === undefined) throw new Error(`no sheet ${at.sheet}`);
  return { sheet, row: at.row - 1, col: at.col - 1 };
}

/** What the engine shows at a defined name of the plan. */
export function valueAt(hf: HyperFormula, plan: WorkbookPlan, name: string) {
  return hf.getCellValue(engineAddress(hf, plan.resolve(name)!));
}

export function setInput(hf: HyperFormula, plan: WorkbookPlan, name: string, value: number | null) {
  hf.setCellContents(engineAddress(hf, plan.resolve(name)!), [[value]]);
}
