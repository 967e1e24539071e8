// The small interface every edge offers the task pane and the command line: Office.js, ExcelJS files and
// the browser preview each implement it, so the same pane and the same checks run on all three.
import type { CellAddress } from "./a1";
import type { WorkbookPlan } from "./layout";
import type { ReviewSheetPlan } from "./signoff/print";
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

/** addTemplates refuses, before writing anything, forms the workbook already holds (data point names are unique). */
export class FormsPresentError extends Error {
  readonly code = "FormsPresent";
  constructor(readonly forms: string[]) {
    super(
      `Sổ tính đã có ${forms.join(", ")}: mỗi biểu chỉ có một bản trong một sổ tính. Không có gì được ghi.`
    );
  }
}

/** addTemplates stopped after writing part of the plan: what exists, and whether only the settings are left. */
export class PartialTemplateError extends Error {
  readonly code = "PartialTemplate";
  constructor(
    /** The plan's sheets that exist in the workbook now. */
    readonly written: string[],
    /** Every cell, name and mark is written; protection, print setup or hiding the record is not. */
    readonly onlySettingsLeft: boolean,
    readonly reason: unknown
  ) {
    super(
      `Biểu mẫu mới thêm được một phần (${written.length} trang tính: ${written.join(", ")}). ` +
        `Lý do: ${(reason as Error)?.message ?? String(reason)}`
    );
  }
}

export interface WorkbookPort {
  /** Sheet names and the forms already present. */
  info(): Promise<WorkbookInfo>;
  /** One batched read of every template cell (value, formula, address by data point name). */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Writes a plan made by planWorkbook against `info()`: new sheets only, nothing existing is touched. */
  addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void>;
  /** After a PartialTemplateError: writes what the interrupted add left out. */
  finishTemplates?(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void>;
  /** After a PartialTemplateError: removes exactly what the interrupted add wrote (its sheets and names). */
  removeTemplates?(plan: WorkbookPlan): Promise<void>;
  /** Selects cells ("'Sheet'!D12"), switching to their sheet. */
  select(cells: string[]): Promise<void>;
  /** Calls `onEdit` after edits to the workbook; returns a function that stops listening. */
  subscribe(onEdit: () => void): Promise<() => Promise<void> | void>;
  /**
   * Writes sign-off record rows (from recordToRows) into the hidden meta sheet, replacing an earlier record
   * (see placeRecord); one undo step where the platform allows. Only the sign-off itself writes.
   */
  writeSignoff?(rows: [string, string][]): Promise<void>;
  /** Adds, or replaces, the add-in's printable review sheet (Phiếu kiểm tra); no other sheet is touched. */
  writeReviewSheet?(sheet: ReviewSheetPlan): Promise<void>;
  /**
   * Optional: calls `onSelect` with the active cell (the top-left of the selection) as the officer moves,
   * so the pane can show that cell's guidance from the layout it already knows, with no read. Edges whose
   * host lacks a selection event leave it out, and the pane shows no guidance. Returns a function that
   * stops listening.
   */
  onSelection?(onSelect: (cell: CellAddress) => void): Promise<() => Promise<void> | void>;
}
