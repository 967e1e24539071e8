// A small in-memory stand-in for the Office.js objects the adapter uses: enough workbook to write a template
// into, read it back by names and used ranges, and count context.sync calls. It computes nothing: tests put
// in the values a spreadsheet would compute.
import { a1, columnNumber, parseA1, parseQualified } from "../../src/core";

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
}

type Listener = () => Promise<void> | void;

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = ref.split(":");
  if (/^[A-Z]+$/.test(from))
    return { top: 1, left: columnNumber(from), bottom: 1048576, right: columnNumber(to) };
  const a = parseA1(from)!;
  const b = parseA1(to)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  visibility = "Visible";
  showGridlines = true;
  protected_ = false;
  merges: string[] = [];
  validations: { range: string; rule: unknown; errorAlert: unknown }[] = [];
  conditional: { range: string; formula: string; fill?: string }[] = [];
  frozen?: string;
  printTitles?: string;
  pageLayout = {
    orientation: "",
    paperSize: "",
    zoom: {} as unknown,
    setPrintTitleRows: (rows: string) => (this.printTitles = rows),
  };
  freezePanes = { freezeAt: (range: FakeRange) => (this.frozen = range.ref) };
  protection = { protect: () => (this.protected_ = true) };
  isNullObject = false;
  /** Worksheet.onSelectionChanged (ExcelApi 1.7): handlers get { address, worksheetId, type }. */
  selectionHandlers: ((args: { address: string; type: string }) => Promise<void> | void)[] = [];
  onSelectionChanged = {
    add: (handler: (args: { address: string; type: string }) => Promise<void> | void) => {
      this.selectionHandlers.push(handler);
      return {
        remove: () =>
          (this.selectionHandlers = this.selectionHandlers.filter((h) => h !== handler)),
      };
    },
  };

  constructor(
    readonly book: FakeWorkbook,
    public name: string
  ) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: "" }));
    return cell;
  }

  getRange(ref: string): FakeRange {
    return new FakeRange(this, ref);
  }

  getRanges(refs: string) {
    return { select: () => (this.book.selection = { sheet: this.name, refs: refs.split(",") }) };
  }

  getUsedRangeOrNullObject(): FakeRange {
    const keys = [...this.cells.entries()]
      .filter(([, c]) => c.value !== "" || c.formula)
      .map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return Object.assign(new FakeRange(this, "A1"), { isNullObject: true });
    const rows = keys.map((k) => k[0]);
    const cols = keys.map((k) => k[1]);
    return new FakeRange(
      this,
      `${a1(Math.min(...rows), Math.min(...cols))}:${a1(Math.max(...rows), Math.max(...cols))}`
    );
  }

  activate() {
    this.book.active = this.name;
  }
}

export class FakeRange {
  isNullObject = false;
  readonly box: ReturnType<typeof parseRange>;
  format: Record<string, unknown> & {
    protection: { locked?: boolean };
    borders: { getItem: (e: string) => Record<string, unknown> };
  };
  dataValidation: { rule?: unknown; errorAlert?: unknown } = {};
  conditionalFormats = {
    add: () => {
      const cf = {
        custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
      };
      this.sheet.book.pendingCf.push({ sheet: this.sheet, range: this.ref, cf });
      return cf;
    },
  };

  constructor(
    readonly sheet: FakeSheet,
    readonly ref: string
  ) {
    this.box = parseRange(ref);
    const range = this;
    const protection = {
      set locked(v: boolean) {
        range.each((c) => (c.locked = v));
      },
    };
    this.format = { font: {}, fill: {}, protection, borders: { getItem: () => ({}) } } as never;
    this.sheet.book.pendingValidation.push(this);
  }

  private each(fn: (cell: FakeCell, r: number, c: number) => void) {
    for (let r = this.box.top; r <= Math.min(this.box.bottom, 2000); r++) {
      for (let c = this.box.left; c <= this.box.right; c++) fn(this.sheet.cell(r, c), r, c);
    }
  }

  private matrix<T>(fn: (cell: FakeCell) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(fn(this.sheet.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  load() {
    return this;
  }
  get rowIndex() {
    return this.box.top - 1;
  }
  get columnIndex() {
    return this.box.left - 1;
  }
  set formulas(m: string[][]) {
    this.requireShape(m);
    this.each((cell, r, c) => {
      const v = m[r - this.box.top][c - this.box.left];
      if (typeof v === "string" && v.startsWith("=")) Object.assign(cell, { formula: v, value: 0 });
      else Object.assign(cell, { formula: undefined, value: v });
    });
  }
  get formulas(): unknown[][] {
    return this.matrix((c) => c.formula ?? c.value);
  }
  set values(m: unknown[][]) {
    this.requireShape(m);
    this.each((cell, r, c) =>
      Object.assign(cell, { formula: undefined, value: m[r - this.box.top][c - this.box.left] })
    );
  }
  get values(): unknown[][] {
    return this.matrix((c) =>
      typeof c.value === "object" && c.value !== null
        ? (c.value as { error: string }).error
        : c.value
    );
  }
  get valueTypes(): string[][] {
    return this.matrix((c) =>
      c.value === "" || c.value === null
        ? "Empty"
        : typeof c.value === "number"
          ? "Double"
          : typeof c.value === "boolean"
            ? "Boolean"
            : typeof c.value === "object"
              ? "Error"
              : "String"
    );
  }
  set numberFormat(m: string[][]) {
    this.requireShape(m);
    this.each((cell, r, c) => (cell.numberFormat = m[r - this.box.top][c - this.box.left]));
  }

  /** Office.js refuses a 2-D array whose shape differs from the range's (InvalidArgument). */
  private requireShape(m: unknown[][]) {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (m.length !== rows || m.some((row) => row.length !== cols)) {
      throw Object.assign(
        new Error(`${rows}x${cols} range given a ${m.length}x${m[0]?.length} array`),
        { code: "InvalidArgument" }
      );
    }
  }
  get numberFormat(): string[][] {
    return this.matrix((c) => c.numberFormat ?? "General");
  }
  merge() {
    this.sheet.merges.push(this.ref);
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  syncs = 0;
  active?: string;
  selection?: { sheet: string; refs: string[] };
  listeners: Listener[] = [];
  pendingCf: {
    sheet: FakeSheet;
    range: string;
    cf: { custom: { rule: { formula: string }; format: { fill: { color: string } } } };
  }[] = [];
  pendingValidation: FakeRange[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sets a cell by its qualified reference, as an officer typing would. */
  type(ref: string, value: unknown, formula?: string) {
    const at = parseQualified(ref)!;
    Object.assign(this.sheet(at.sheet)!.cell(at.row, at.col), { value, formula });
  }

  context() {
    const book = this;
    const worksheets = {
      get items() {
        return book.sheets;
      },
      load: () => worksheets,
      add: (name: string) => {
        if (book.sheet(name))
          throw Object.assign(new Error(`sheet ${name} exists`), { code: "ItemAlreadyExists" });
        const s = new FakeSheet(book, name);
        book.sheets.push(s);
        return s;
      },
      getItem: (name: string) => {
        const s = book.sheet(name);
        if (!s) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
        return s;
      },
      getItemOrNullObject: (name: string) =>
        book.sheet(name) ?? Object.assign(new FakeSheet(book, name), { isNullObject: true }),
      onChanged: { add: (l: Listener) => book.on(l) },
      onAdded: { add: (l: Listener) => book.on(l) },
      onDeleted: { add: (l: Listener) => book.on(l) },
    };
    const names = {
      get items() {
        return [...book.names.entries()].map(([name, formula]) => ({ name, formula }));
      },
      load: () => names,
      add: (name: string, range: FakeRange) =>
        book.names.set(name, `='${range.sheet.name}'!${a1(range.box.top, range.box.left, true)}`),
    };
    return {
      workbook: { worksheets, names },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: async () => {
        book.syncs++;
        book.flush();
      },
    };
  }

  private on(listener: Listener) {
    this.listeners.push(listener);
    return { remove: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  /** At sync, what was queued lands: validation rules and conditional formats. */
  flush() {
    for (const r of this.pendingValidation.splice(0)) {
      if (r.dataValidation.rule)
        r.sheet.validations.push({ range: r.ref, ...r.dataValidation } as never);
    }
    for (const { sheet, range, cf } of this.pendingCf.splice(0)) {
      sheet.conditional.push({
        range,
        formula: cf.custom.rule.formula,
        fill: cf.custom.format.fill.color,
      });
    }
  }

  async edit() {
    for (const l of this.listeners) await l();
  }

  /** The officer clicks a cell ("C12") of a sheet: that sheet's selection handlers run. */
  async selectCell(sheet: string, address: string) {
    const s = this.sheet(sheet)!;
    for (const h of s.selectionHandlers) await h({ address, type: "WorksheetSelectionChanged" });
  }

  /** A Runner for ExcelWorkbook over this fake. */
  runner = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);
}

/** The Office.js enums the adapter reads, as plain values. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    PageOrientation: { landscape: "Landscape" },
    PaperType: { a4: "A4" },
    DataValidationOperator: { greaterThanOrEqualTo: "GreaterThanOrEqualTo" },
    DataValidationAlertStyle: { stop: "Stop" },
    ConditionalFormatType: { custom: "Custom" },
    SheetVisibility: { veryHidden: "VeryHidden" },
  };
}
