// The template's conditional formatting evaluated by HyperFormula, a real engine: a plan loaded with inputs
// (and raw contents typed over any cell), every mark rule shifted to each cell of its range, as Excel applies it.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { conditionalRules, qualified, type Inputs, type WorkbookPlan } from "../../src/core";
import { markCells, type MarkCell } from "../../src/preview/marks";

const MARKS = "__marks";

/** Contents typed over cells, by data point name: a number, text, a formula ("=…") or null (cleared). */
export type Overrides = Record<string, RawCellContent>;

/** One engine per plan, refilled for each report: building the engine is the slow part. */
export class MarkEngine {
  private readonly hf: HyperFormula;
  private readonly marks: MarkCell[];
  private typed: string[] = [];

  constructor(private readonly plan: WorkbookPlan) {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of plan.sheets) {
      const grid: RawCellContent[][] = Array.from({ length: sheet.lastRow }, () =>
        Array<RawCellContent>(sheet.lastCol).fill(null)
      );
      for (const cell of sheet.cells)
        grid[cell.row - 1][cell.col - 1] = cell.formula ?? (cell.def ? null : (cell.text ?? null));
      sheets[sheet.sheetName] = grid;
    }
    this.marks = markCells(conditionalRules(plan));
    sheets[MARKS] = this.marks.map((m) => [m.formula]);
    this.hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  }

  private set(name: string, content: RawCellContent) {
    const at = this.plan.resolve(name)!;
    this.hf.setCellContents(
      { sheet: this.hf.getSheetId(at.sheet)!, row: at.row - 1, col: at.col - 1 },
      [[content]]
    );
  }

  /** The marked cells, "'Sheet'!D12" → the mark rules that fire there (sorted). */
  marked(inputs: Inputs, overrides: Overrides = {}): Map<string, string[]> {
    this.hf.batch(() => {
      // Cells typed over by the previous report get the template's content back first.
      for (const name of this.typed) {
        const def = this.plan.model.cells.get(name)!;
        const cell = this.plan.sheets
          .flatMap((s) => s.cells)
          .find((c) => c.name === name && c.def === def)!;
        this.set(name, cell.formula ?? null);
      }
      for (const def of this.plan.model.cells.values())
        if (def.kind === "input") this.set(def.name, inputs[def.name] ?? null);
      for (const [name, content] of Object.entries(overrides)) this.set(name, content);
    });
    // HyperFormula does not recompute ISFORMULA when a cell's formula is typed over or typed in: rebuild then.
    if (this.typed.length || Object.keys(overrides).length) this.hf.rebuildAndRecalculate();
    this.typed = Object.keys(overrides);
    const values = this.hf.getSheetValues(this.hf.getSheetId(MARKS)!);
    const marked = new Map<string, string[]>();
    this.marks.forEach((m, i) => {
      if (values[i]?.[0] !== true) return;
      const key = qualified({ sheet: m.sheet, row: m.row, col: m.col });
      marked.set(key, [...(marked.get(key) ?? []), m.rule].sort());
    });
    return marked;
  }

  destroy() {
    this.hf.destroy();
  }
}

/** One report's marks, on an engine of its own. */
export function markedCells(
  plan: WorkbookPlan,
  inputs: Inputs,
  overrides: Overrides = {}
): Map<string, string[]> {
  const engine = new MarkEngine(plan);
  try {
    return engine.marked(inputs, overrides);
  } finally {
    engine.destroy();
  }
}
