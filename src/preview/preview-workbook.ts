// The preview's workbook: HyperFormula computes every formula, as Excel would; this class keeps what a
// workbook holds besides values (roles, styles, merges, locks, defined names, the template's conditional
// formatting) and implements the same WorkbookPort the task pane uses in Excel.
import { HyperFormula, DetailedCellError, type RawCellContent } from "hyperformula";
import {
  FormsPresentError,
  ROLE_STYLES,
  conditionalRules,
  parseDataPointName,
  parseMeta,
  parseQualified,
  snapshotMeta,
  placeRecord,
  qualified,
  type CellAddress,
  type CellRole,
  type CellValue,
  type InsertProgress,
  type SheetPlan,
  type WorkbookInfo,
  type WorkbookPlan,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../core";
import { allFormIds } from "../forms";
import { cellKey, markCells, type MarkCell } from "./marks";
import { parseEntry } from "./parse-input";

export interface CellMeta {
  role: CellRole;
  name?: string;
  mergeToCol?: number;
  emphasis?: boolean;
  numberFormat?: string;
  locked: boolean;
}

export interface PreviewSheet {
  name: string;
  /** Very hidden, as THADS_META is in Excel: not shown as a tab. */
  hidden: boolean;
  lastRow: number;
  lastCol: number;
  columnWidths: number[];
  freeze: { rows: number; cols: number };
  cells: Map<string, CellMeta>;
  /** Cells hidden under a merge, pointing at the merge's first cell. */
  covered: Map<string, { row: number; col: number }>;
}

/** What the page shows besides cell values; a new object on every change (for React's external store). */
export interface ViewState {
  version: number;
  tabs: string[];
  active?: string;
  activeCell: { row: number; col: number };
  /** Cells selected by `select` (A1 on the active sheet). */
  selected: string[];
  notice?: string;
}

export type EditResult = { ok: true } | { ok: false; notice: string };

export const LOCKED_NOTICE =
  "Ô này đã được khóa (nhãn hoặc ô công thức của biểu mẫu). Chỉ nhập số liệu vào các ô nền vàng nhạt.";
const MARKS_SHEET = "__preview_marks";
const pos = (row: number, col: number) => `${row},${col}`;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toCellValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value as CellValue;
}

export class PreviewWorkbook implements WorkbookPort {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  private readonly sheets = new Map<string, PreviewSheet>();
  private readonly order: string[] = [];
  private readonly names = new Map<string, CellAddress>();
  private meta: [string, string][] = [];
  private metaSheet?: string;
  private marks: MarkCell[] = [];
  private marksCache?: { version: number; map: Map<string, MarkCell["severity"]> };
  private readonly editListeners = new Set<() => void>();
  private readonly viewListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(cell: CellAddress) => void>();
  private view: ViewState = { version: 0, tabs: [], activeCell: { row: 1, col: 1 }, selected: [] };

  constructor() {
    this.hf.addSheet(MARKS_SHEET);
  }

  // ---- WorkbookPort ----

  async info(): Promise<WorkbookInfo> {
    return { sheets: [...this.order], forms: this.forms() };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const cells: WorkbookSnapshot["cells"] = {};
    for (const [name, address] of this.names) {
      if (name.startsWith("THADS.")) continue;
      const at = this.at(address);
      const formula = this.hf.getCellFormula(at);
      cells[name] = {
        address,
        value: toCellValue(this.hf.getCellValue(at)),
        ...(formula ? { formula } : {}),
      };
    }
    return {
      cells,
      ...snapshotMeta(parseMeta(this.meta)),
      meta: Object.fromEntries(this.meta.filter(([k]) => k !== "")),
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
      ...new Set(plan.names.filter((n) => this.names.has(n.name)).map((n) => n.name.split(".")[0])),
    ];
    if (present.length > 0) throw new FormsPresentError(present);
    await report(0);
    for (const sheet of plan.sheets) this.addSheet(sheet);
    this.addMetaSheet(plan);
    await report(1);
    this.hf.batch(() => {
      for (const sheet of plan.sheets) this.writeSheet(sheet);
    });
    await report(2);
    for (const n of [...plan.names, ...plan.meta.names])
      this.names.set(n.name, { sheet: n.sheet, row: n.row, col: n.col });
    await report(3);
    this.addMarks(markCells(conditionalRules(plan)));
    onProgress?.({ done: steps.length, total: steps.length, step: "Đã thêm biểu mẫu." });
    const first = plan.sheets[0]?.sheetName;
    this.update({
      active: first ?? this.view.active,
      activeCell: { row: 1, col: 1 },
      selected: [],
      notice: undefined,
    });
  }

  async select(cells: string[]): Promise<void> {
    const addresses = cells
      .map(parseQualified)
      .filter((a): a is CellAddress => !!a && this.sheets.has(a.sheet));
    if (addresses.length === 0) return;
    const sheet = addresses[0].sheet;
    const here = addresses.filter((a) => a.sheet === sheet);
    this.update({
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
    this.selectionListeners.add(onSelect);
    return () => void this.selectionListeners.delete(onSelect);
  }

  // ---- the grid's side ----

  /** Types `raw` into a cell as a user would; locked cells refuse, as on Excel's protected sheets. */
  setCell(sheet: string, row: number, col: number, raw: string): EditResult {
    const result = this.write(sheet, row, col, raw);
    if (!result.ok) {
      this.update({ notice: result.notice });
      return result;
    }
    this.update({ notice: undefined });
    this.editListeners.forEach((listener) => listener());
    return result;
  }

  /** Test hook: types many cells by data point name, as one edit. */
  setValues(values: Record<string, string | number | null | undefined>): EditResult[] {
    const results: EditResult[] = [];
    this.hf.batch(() => {
      for (const [name, value] of Object.entries(values)) {
        const at = this.names.get(name);
        results.push(
          at
            ? this.write(
                at.sheet,
                at.row,
                at.col,
                value === null || value === undefined ? "" : String(value)
              )
            : { ok: false, notice: `Không có tên ${name}` }
        );
      }
    });
    this.update({ notice: undefined });
    this.editListeners.forEach((listener) => listener());
    return results;
  }

  sheet(name: string): PreviewSheet | undefined {
    return this.sheets.get(name);
  }

  value(sheet: string, row: number, col: number): CellValue {
    return toCellValue(this.hf.getCellValue(this.at({ sheet, row, col })));
  }

  /** What the edit box starts with: the formula, or the value as typed. */
  editText(sheet: string, row: number, col: number): string {
    const at = this.at({ sheet, row, col });
    const formula = this.hf.getCellFormula(at);
    if (formula) return formula;
    const value = this.value(sheet, row, col);
    return value === null || typeof value === "object" ? "" : String(value);
  }

  /** The template's conditional formatting: which cells its rules mark now, errors over warnings. */
  marked(): Map<string, MarkCell["severity"]> {
    if (this.marksCache?.version === this.view.version) return this.marksCache.map;
    const map = new Map<string, MarkCell["severity"]>();
    const values = this.hf.getSheetValues(this.hf.getSheetId(MARKS_SHEET)!);
    this.marks.forEach((mark, i) => {
      if (values[i]?.[0] !== true) return;
      const key = cellKey(mark.sheet, mark.row, mark.col);
      if (map.get(key) !== "error") map.set(key, mark.severity);
    });
    this.marksCache = { version: this.view.version, map };
    return map;
  }

  activate(sheet: string, cell?: { row: number; col: number }): void {
    if (!this.sheets.has(sheet)) return;
    this.update({
      active: sheet,
      activeCell: cell ?? (sheet === this.view.active ? this.view.activeCell : { row: 1, col: 1 }),
      selected: [],
    });
  }

  moveTo(row: number, col: number): void {
    this.update({ activeCell: { row, col }, selected: [] });
  }

  getView = (): ViewState => this.view;

  watch = (listener: () => void): (() => void) => {
    this.viewListeners.add(listener);
    return () => void this.viewListeners.delete(listener);
  };

  // ---- internals ----

  private update(change: Partial<ViewState>): void {
    const before = this.view;
    this.view = {
      ...this.view,
      ...change,
      version: this.view.version + 1,
      tabs: this.order.filter((s) => !this.sheets.get(s)!.hidden),
    };
    this.viewListeners.forEach((listener) => listener());
    const { active, activeCell } = this.view;
    if (active && (active !== before.active || activeCell !== before.activeCell))
      this.selectionListeners.forEach((listener) => listener({ sheet: active, ...activeCell }));
  }

  private at(address: CellAddress) {
    return {
      sheet: this.hf.getSheetId(address.sheet)!,
      row: address.row - 1,
      col: address.col - 1,
    };
  }

  private write(sheet: string, row: number, col: number, raw: string): EditResult {
    const meta = this.sheets.get(sheet)?.cells.get(pos(row, col));
    if (!meta || meta.locked) return { ok: false, notice: LOCKED_NOTICE };
    const entry = parseEntry(raw);
    const content: RawCellContent =
      entry.kind === "blank"
        ? null
        : entry.kind === "number"
          ? entry.value
          : entry.kind === "formula"
            ? entry.text
            : `'${entry.text}`;
    this.hf.setCellContents(this.at({ sheet, row, col }), content);
    return { ok: true };
  }

  private addSheet(plan: SheetPlan): void {
    const cells = new Map<string, CellMeta>();
    const covered = new Map<string, { row: number; col: number }>();
    for (const c of plan.cells) {
      cells.set(pos(c.row, c.col), {
        role: c.role,
        name: c.name,
        mergeToCol: c.mergeToCol,
        emphasis: c.emphasis,
        numberFormat: c.numberFormat,
        locked: ROLE_STYLES[c.role].locked,
      });
      for (let col = c.col + 1; col <= (c.mergeToCol ?? c.col); col++)
        covered.set(pos(c.row, col), { row: c.row, col: c.col });
    }
    this.hf.addSheet(plan.sheetName);
    this.order.push(plan.sheetName);
    this.sheets.set(plan.sheetName, {
      name: plan.sheetName,
      hidden: false,
      lastRow: plan.lastRow,
      lastCol: plan.lastCol,
      columnWidths: plan.columnWidths,
      freeze: plan.freeze,
      cells,
      covered,
    });
  }

  private writeSheet(plan: SheetPlan): void {
    const id = this.hf.getSheetId(plan.sheetName)!;
    for (const c of plan.cells) {
      const content: RawCellContent = c.formula ?? c.value ?? (c.text ? `'${c.text}` : null);
      if (content !== null)
        this.hf.setCellContents({ sheet: id, row: c.row - 1, col: c.col - 1 }, content);
    }
  }

  private addMetaSheet(plan: WorkbookPlan): void {
    const name = plan.meta.sheetName;
    this.metaSheet = name;
    if (!this.sheets.has(name)) {
      this.hf.addSheet(name);
      this.order.push(name);
      const sheet: PreviewSheet = {
        name,
        hidden: true,
        lastRow: 0,
        lastCol: 2,
        columnWidths: [],
        freeze: { rows: 0, cols: 0 },
        cells: new Map(),
        covered: new Map(),
      };
      this.sheets.set(name, sheet);
    }
    this.meta = plan.meta.rows;
    this.sheets.get(name)!.lastRow = plan.meta.rows.length;
    this.hf.setSheetContent(
      this.hf.getSheetId(name)!,
      plan.meta.rows.map(([k, v]) => [`'${k}`, `'${v}`])
    );
  }

  private addMarks(marks: MarkCell[]): void {
    const id = this.hf.getSheetId(MARKS_SHEET)!;
    const start = this.marks.length;
    this.marks.push(...marks);
    this.hf.setCellContents(
      { sheet: id, row: start, col: 0 },
      marks.map((m) => [m.formula])
    );
  }

  /** The sign-off record into the hidden meta sheet, as Excel's adapter places it (see placeRecord). */
  async writeSignoff(rows: [string, string][]): Promise<void> {
    const name = this.metaSheet;
    if (!name) throw new Error("Sổ tính không có trang THADS_META của biểu mẫu.");
    const placement = placeRecord(
      this.meta.map(([k]) => k),
      rows
    );
    const meta = [...this.meta];
    for (const row of placement.clear) meta[row - 1] = ["", ""];
    rows.forEach((r, i) => (meta[placement.startRow - 1 + i] = r));
    this.meta = Array.from(meta, (r) => r ?? ["", ""]);
    this.sheets.get(name)!.lastRow = this.meta.length;
    this.hf.setSheetContent(
      this.hf.getSheetId(name)!,
      this.meta.map(([k, v]) => [k ? `'${k}` : null, v ? `'${v}` : null])
    );
  }

  private forms(): string[] {
    const found = new Set(parseMeta(this.meta).forms);
    for (const name of this.names.keys()) {
      const point = parseDataPointName(name);
      if (point) found.add(point.formId);
    }
    return allFormIds().filter((id) => found.has(id));
  }
}
