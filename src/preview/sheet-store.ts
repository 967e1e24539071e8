// The preview's cells: HyperFormula computes every formula, as Excel would; this store keeps what a workbook
// holds besides values (sheet order, roles, styles, merges, locks, defined names) and types entries as Excel
// does on a protected sheet.
import { HyperFormula, DetailedCellError, type RawCellContent } from "hyperformula";
import {
  ROLE_STYLES,
  type CellAddress,
  type CellRole,
  type CellValue,
  type SheetPlan,
} from "../core";
import { parseEntry } from "./parse-input";

export interface CellMeta {
  /** A template cell's role; none on the add-in's other sheets (the review sheet). */
  role?: CellRole;
  /** Text wraps in the cell (the review sheet's long lines, as Excel's wrapText). */
  wrap?: boolean;
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

export type EditResult = { ok: true } | { ok: false; notice: string };

export const LOCKED_NOTICE =
  "Ô này đã được khóa (nhãn hoặc ô công thức của biểu mẫu). Chỉ nhập số liệu vào các ô nền vàng nhạt.";

export const pos = (row: number, col: number) => `${row},${col}`;

function toCellValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value as CellValue;
}

/** A cell's content for the engine: text is stored as text (a leading ' keeps "=" and numbers literal). */
export const textContent = (text: string): RawCellContent => (text ? `'${text}` : null);

export class SheetStore {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  private readonly sheets = new Map<string, PreviewSheet>();
  private readonly order: string[] = [];
  /** Defined names: every data point, and the meta sheet's own. */
  readonly names = new Map<string, CellAddress>();
  private readonly formulas = new Map<string, string | undefined>();

  sheet(name: string): PreviewSheet | undefined {
    return this.sheets.get(name);
  }

  /** Every sheet in tab order, hidden ones included. */
  sheetNames(): string[] {
    return [...this.order];
  }

  visibleSheets(): string[] {
    return this.order.filter((s) => !this.sheets.get(s)!.hidden);
  }

  value(sheet: string, row: number, col: number): CellValue {
    return toCellValue(this.hf.getCellValue(this.at({ sheet, row, col })));
  }

  /**
   * A cell's formula. Kept once read: the engine rebuilds the text from its syntax tree on every call, and a
   * snapshot reads every named cell's formula after every edit. Each write below forgets what it changes.
   */
  formula(address: CellAddress): string | undefined {
    const key = `${address.sheet}!${pos(address.row, address.col)}`;
    if (this.formulas.has(key)) return this.formulas.get(key);
    const formula = this.hf.getCellFormula(this.at(address));
    this.formulas.set(key, formula);
    return formula;
  }

  /** What the edit box starts with: the formula, or the value as typed. */
  editText(sheet: string, row: number, col: number): string {
    const formula = this.formula({ sheet, row, col });
    if (formula) return formula;
    const value = this.value(sheet, row, col);
    return value === null || typeof value === "object" ? "" : String(value);
  }

  /** Types `raw` into a cell; locked cells refuse, as on Excel's protected sheets. */
  write(sheet: string, row: number, col: number, raw: string): EditResult {
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
    this.formulas.delete(`${sheet}!${pos(row, col)}`);
    return { ok: true };
  }

  /** A template sheet of the plan: its cells' roles, styles and merges (its contents come with writeTemplate). */
  addTemplate(plan: SheetPlan): void {
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
    this.add({
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

  /** The plan's labels, values and formulas. */
  writeTemplate(plan: SheetPlan): void {
    this.formulas.clear();
    const id = this.hf.getSheetId(plan.sheetName)!;
    for (const c of plan.cells) {
      const content: RawCellContent = c.formula ?? c.value ?? (c.text ? `'${c.text}` : null);
      if (content !== null)
        this.hf.setCellContents({ sheet: id, row: c.row - 1, col: c.col - 1 }, content);
    }
  }

  /** A sheet, appended after the others. */
  add(sheet: PreviewSheet): void {
    this.formulas.clear();
    this.hf.addSheet(sheet.name);
    this.order.push(sheet.name);
    this.sheets.set(sheet.name, sheet);
  }

  /** Replaces a sheet's whole content (its metadata, and the rows from A1), keeping its place in the order. */
  replace(sheet: PreviewSheet, rows: RawCellContent[][]): void {
    if (!this.sheets.has(sheet.name)) this.add(sheet);
    else this.sheets.set(sheet.name, sheet);
    this.formulas.clear();
    this.hf.setSheetContent(this.hf.getSheetId(sheet.name)!, rows);
  }

  /** Runs many writes as one recalculation. */
  batch(writes: () => void): void {
    this.hf.batch(writes);
    this.formulas.clear();
  }

  private at(address: CellAddress) {
    return {
      sheet: this.hf.getSheetId(address.sheet)!,
      row: address.row - 1,
      col: address.col - 1,
    };
  }
}
