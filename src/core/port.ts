// The small interface every edge offers the task pane and the command line: Office.js, ExcelJS files and
// the browser preview each implement it, so the same pane and the same checks run on all three.
import type { CellAddress } from "./a1";
import type { WorkbookPlan } from "./layout";
import type { WorkbookSnapshot } from "./snapshot";

export interface InsertProgress {
  done: number;
  total: number;
  /** Vietnamese, e.g. "Đang ghi công thức…" */
  step: string;
}

export interface WorkbookInfo {
  sheets: string[];
  /** Forms the workbook holds, by id (TK05TH …), from its recorded standard and data point names. */
  forms: string[];
}

export interface WorkbookPort {
  /** Sheet names and the forms already present. */
  info(): Promise<WorkbookInfo>;
  /** One batched read of every template cell (value, formula, address by data point name). */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes a plan made by planWorkbook against `info()`: new sheets only, nothing existing is touched. */
  addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void>;
  /** Selects cells ("'Sheet'!D12"), switching to their sheet. */
  select(cells: string[]): Promise<void>;
  /** Calls `onEdit` after edits to the workbook; returns a function that stops listening. */
  subscribe(onEdit: () => void): Promise<() => Promise<void> | void>;
  /**
   * Optional: calls `onSelect` with the active cell (the top-left of the selection) as the officer moves,
   * so the pane can show that cell's guidance from the layout it already knows, with no read. Edges whose
   * host lacks a selection event leave it out, and the pane shows no guidance. Returns a function that
   * stops listening.
   */
  onSelection?(onSelect: (cell: CellAddress) => void): Promise<() => Promise<void> | void>;
}
