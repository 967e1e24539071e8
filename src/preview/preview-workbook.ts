// The preview's workbook behind the same WorkbookPort the task pane uses in Excel. It joins the parts, each
// in a file of its own: the cells and their engine (sheet-store), the hidden meta sheet (meta-sheet), the view
// the grid shows (view-store) and the template's conditional marks (mark-evaluator).
import {
  FormsPresentError,
  conditionalRules,
  parseDataPointName,
  parseMeta,
  parseQualified,
  qualified,
  snapshotMeta,
  type CellAddress,
  type InsertProgress,
  type WorkbookInfo,
  type WorkbookPlan,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../core";
import { allFormIds } from "../forms";
import { MarkEvaluator } from "./mark-evaluator";
import { MetaSheet } from "./meta-sheet";
import { SheetStore, type EditResult } from "./sheet-store";
import { ViewStore } from "./view-store";

export { LOCKED_NOTICE, type CellMeta, type EditResult, type PreviewSheet } from "./sheet-store";
export type { ViewState } from "./view-store";

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One typed entry of a paste: a cell and what is typed into it. */
export interface Entry extends CellAddress {
  raw: string;
}

export class PreviewWorkbook implements WorkbookPort {
  readonly cells = new SheetStore();
  readonly view = new ViewStore(
    () => this.cells.visibleSheets(),
    (sheet) => !!this.cells.sheet(sheet)
  );
  readonly marks = new MarkEvaluator(this.cells.hf, () => this.view.get().version);
  private readonly meta = new MetaSheet(this.cells);
  private readonly editListeners = new Set<() => void>();

  // ---- WorkbookPort ----

  async info(): Promise<WorkbookInfo> {
    return { sheets: this.cells.sheetNames(), forms: this.forms() };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const cells: WorkbookSnapshot["cells"] = {};
    for (const [name, address] of this.cells.names) {
      if (name.startsWith("THADS.")) continue;
      const formula = this.cells.formula(address);
      cells[name] = {
        address,
        value: this.cells.value(address.sheet, address.row, address.col),
        ...(formula ? { formula } : {}),
      };
    }
    return {
      cells,
      ...snapshotMeta(parseMeta(this.meta.rows)),
      meta: Object.fromEntries(this.meta.rows.filter(([k]) => k !== "")),
    };
  }

  async addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void> {
    const steps = [
      "Đang tạo các trang tính…",
      "Đang ghi nhãn và công thức…",
      "Đang đặt tên dữ liệu…",
      "Đang tạo định dạng đánh dấu lỗi…",
    ];
    const report = async (done: number) => {
      onProgress?.({ done, total: steps.length, step: steps[Math.min(done, steps.length - 1)] });
      await tick();
    };
    // As in Excel: a form already present is refused before anything is written (names are unique).
    const present = [
      ...new Set(
        plan.names.filter((n) => this.cells.names.has(n.name)).map((n) => n.name.split(".")[0])
      ),
    ];
    if (present.length > 0) throw new FormsPresentError(present);
    await report(0);
    for (const sheet of plan.sheets) this.cells.addTemplate(sheet);
    this.meta.writePlan(plan.meta);
    await report(1);
    this.cells.batch(() => {
      for (const sheet of plan.sheets) this.cells.writeTemplate(sheet);
    });
    await report(2);
    for (const n of [...plan.names, ...plan.meta.names])
      this.cells.names.set(n.name, { sheet: n.sheet, row: n.row, col: n.col });
    await report(3);
    this.marks.add(conditionalRules(plan));
    onProgress?.({ done: steps.length, total: steps.length, step: "Đã thêm biểu mẫu." });
    const first = plan.sheets[0]?.sheetName;
    this.view.update({
      active: first ?? this.view.get().active,
      activeCell: { row: 1, col: 1 },
      selected: [],
      notice: undefined,
    });
  }

  async select(cells: string[]): Promise<void> {
    const addresses = cells
      .map(parseQualified)
      .filter((a): a is CellAddress => !!a && !!this.cells.sheet(a.sheet));
    if (addresses.length === 0) return;
    const sheet = addresses[0].sheet;
    const here = addresses.filter((a) => a.sheet === sheet);
    this.view.update({
      active: sheet,
      activeCell: { row: here[0].row, col: here[0].col },
      selected: here.map((a) => qualified({ ...a, sheet: "" }).split("!")[1]),
      notice: undefined,
    });
  }

  async subscribe(onEdit: () => void): Promise<() => void> {
    this.editListeners.add(onEdit);
    return () => void this.editListeners.delete(onEdit);
  }

  async onSelection(onSelect: (cell: CellAddress) => void): Promise<() => void> {
    return this.view.onMove(onSelect);
  }

  /** The sign-off record into the hidden meta sheet, as Excel's adapter places it (see placeRecord). */
  async writeSignoff(rows: [string, string][]): Promise<void> {
    this.meta.writeRecord(rows);
  }

  // ---- edits, as the grid makes them ----

  /** Types `raw` into a cell as a user would; locked cells refuse with a notice. */
  setCell(sheet: string, row: number, col: number, raw: string): EditResult {
    return this.paste([{ sheet, row, col, raw }])[0];
  }

  /** Types many cells as one edit (one recalculation, one notice to the pane), as a paste does. */
  paste(entries: Entry[]): EditResult[] {
    const results: EditResult[] = [];
    this.cells.batch(() => {
      for (const e of entries) results.push(this.cells.write(e.sheet, e.row, e.col, e.raw));
    });
    const refused = results.find((r): r is Extract<EditResult, { ok: false }> => !r.ok);
    if (entries.length === 1 && refused) {
      this.view.update({ notice: refused.notice });
      return results;
    }
    this.view.update({ notice: undefined });
    this.editListeners.forEach((listener) => listener());
    return results;
  }

  private forms(): string[] {
    const found = new Set(parseMeta(this.meta.rows).forms);
    for (const name of this.cells.names.keys()) {
      const point = parseDataPointName(name);
      if (point) found.add(point.formId);
    }
    return allFormIds().filter((id) => found.has(id));
  }
}
