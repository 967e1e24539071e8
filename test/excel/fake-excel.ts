// A strict in-memory stand-in for the Office.js objects the adapter uses. It refuses what Excel refuses, each
// refusal following Microsoft's documentation (cited where it is made), so the adapter's tests fail where
// real Excel would fail:
//  - APIs above the profile's ExcelApi requirement set ("Excel JavaScript API requirement sets",
//    https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets; the set of
//    each API is the one its reference page and @types/office-js state);
//  - undo-unsupported calls inside `mergeUndoGroup` (UndoNotSupported), and the undo stack cleared by them
//    outside a group ("Undo capabilities", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities);
//  - batches run while the officer edits a cell, unless `delayForCellEdit` (Excel.RunOptions,
//    https://learn.microsoft.com/javascript/api/excel/excel.runoptions);
//  - a workbook name added twice (ItemAlreadyExists: names are unique in their scope, Excel.NamedItemCollection.add,
//    https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection);
//  - writes to locked cells of a protected sheet (Excel.WorksheetProtection,
//    https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection);
//  - 2-D arrays whose shape differs from the range's (Excel.Range.formulas/values/numberFormat).
// As in Excel, a refused call fails its batch at `context.sync()`, and what earlier syncs wrote stays written.
// It computes nothing: tests put in the values a spreadsheet would compute.
import { a1, columnNumber, parseA1, parseQualified } from "../../src/core";

export interface Profile {
  label: string;
  /** The highest ExcelApi requirement set this Excel supports. */
  excelApi: string;
  platform: "web" | "windows" | "mac";
}

/** The platforms the add-in is tested on (Microsoft's requirement-set table, Nov 2026). */
export const PROFILES: Profile[] = [
  { label: "Excel 2019 volume-licensed (ExcelApi 1.7)", excelApi: "1.7", platform: "windows" },
  { label: "Microsoft 365 on Windows (ExcelApi 1.20)", excelApi: "1.20", platform: "windows" },
  { label: "Excel on the web (ExcelApi 1.20)", excelApi: "1.20", platform: "web" },
];

export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
}

type Listener = (event?: unknown) => Promise<void> | void;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = ref.split(":");
  if (/^[A-Z]+$/.test(from))
    return { top: 1, left: columnNumber(from), bottom: 1048576, right: columnNumber(to) };
  if (/^\d+$/.test(from)) return { top: Number(from), left: 1, bottom: Number(to), right: 16384 };
  const a = parseA1(from)!;
  const b = parseA1(to)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * What a cell holds once a string is written through Range.values or Range.formulas (Excel.Range reference,
 * "values": a value that starts with "+", "-" or "=" is interpreted as a formula). A leading apostrophe is
 * Excel's quote prefix: the rest is kept as text. Formulas are not evaluated here (the value stays 0).
 */
function entered(v: unknown): Partial<FakeCell> {
  if (typeof v !== "string") return { formula: undefined, value: v as FakeCell["value"] };
  if (v.startsWith("'")) return { formula: undefined, value: v.slice(1) };
  const numeric = v.trim() !== "" && Number.isFinite(Number(v));
  if (v.startsWith("=") || (/^[+-]/.test(v) && !numeric))
    return { formula: v.startsWith("=") ? v : `=${v}`, value: 0 };
  return { formula: undefined, value: v };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  private visibility_ = "Visible";
  private gridlines = true;
  protected_ = false;
  protectionOptions?: unknown;
  merges: string[] = [];
  validations: { range: string; rule: unknown; errorAlert: unknown; prompt?: unknown }[] = [];
  conditional: { range: string; formula: string; fill?: string }[] = [];
  frozen?: string;
  printTitles?: string;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  page: Record<string, unknown> = {};
  isNullObject = false;
  private listeners: Listener[] = [];
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

  get visibility(): string {
    return this.visibility_;
  }
  set visibility(v: string) {
    this.book.need("1.2", "Worksheet.visibility (set)");
    // "Undo capabilities": Worksheet.visibility has no undo support on Windows and Mac.
    this.book.undoUnsupported("Worksheet.visibility", this.book.profile.platform !== "web");
    this.visibility_ = v;
  }

  get showGridlines(): boolean {
    return this.gridlines;
  }
  set showGridlines(v: boolean) {
    this.book.need("1.8", "Worksheet.showGridlines");
    this.gridlines = v;
  }

  get pageLayout() {
    this.book.need("1.9", "Worksheet.pageLayout");
    const page = this.page;
    return new Proxy(
      {
        setPrintTitleRows: (rows: string) => (this.printTitles = rows),
        headersFooters: {
          defaultForAllPages: new Proxy(
            {},
            { set: (_t, k, v) => ((page[`footer.${String(k)}`] = v), true) }
          ),
        },
      } as Record<string, unknown>,
      {
        set: (_t, key, value) => {
          page[String(key)] = value;
          return true;
        },
      }
    );
  }

  get freezePanes() {
    this.book.need("1.7", "Worksheet.freezePanes");
    return { freezeAt: (range: FakeRange) => (this.frozen = range.ref) };
  }

  get protection() {
    this.book.need("1.2", "Worksheet.protection");
    return {
      protect: (options?: unknown) => {
        // "Undo capabilities": WorksheetProtection.protect has no undo support anywhere.
        this.book.undoUnsupported("WorksheetProtection.protect", true);
        if (this.protected_)
          this.book.fail("InvalidOperation", `sheet ${this.name} is already protected`);
        this.protected_ = true;
        this.protectionOptions = options;
      },
      unprotect: () => {
        this.book.undoUnsupported("WorksheetProtection.unprotect", true);
        this.protected_ = false;
      },
    };
  }

  get onChanged() {
    this.book.need("1.7", "Worksheet.onChanged");
    return {
      add: (l: Listener) => {
        this.listeners.push(l);
        return { remove: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
      },
    };
  }

  async fire(event: unknown) {
    for (const l of this.listeners) await l(event);
  }

  get listenerCount() {
    return this.listeners.length;
  }

  /** No reference: the whole sheet (as Office.js's getRange() gives), here its used part. */
  getRange(ref?: string): FakeRange {
    return ref === undefined ? this.getUsedRangeOrNullObject() : new FakeRange(this, ref);
  }

  getRanges(refs: string) {
    this.book.need("1.9", "Worksheet.getRanges");
    return {
      select: () => {
        this.book.need("1.18", "RangeAreas.select");
        this.book.selection = { sheet: this.name, refs: refs.split(",") };
      },
    };
  }

  getUsedRangeOrNullObject(): FakeRange {
    this.book.need("1.4", "Worksheet.getUsedRangeOrNullObject");
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

  delete() {
    // "Undo capabilities": Worksheet.delete has no undo support anywhere.
    this.book.undoUnsupported("Worksheet.delete", true);
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
    // A deleted sheet's names now point at #REF! (they are not removed with it).
    for (const [name, formula] of this.book.names)
      if (formula.startsWith(`='${this.name}'!`)) this.book.names.set(name, "=#REF!");
  }

  load() {
    return this;
  }
}

export class FakeRange {
  isNullObject = false;
  readonly box: ReturnType<typeof parseRange>;
  format: Record<string, unknown> & {
    protection: { locked?: boolean };
    borders: { getItem: (e: string) => Record<string, unknown> };
  };

  constructor(
    readonly sheet: FakeSheet,
    readonly ref: string
  ) {
    this.box = parseRange(ref);
    const range = this;
    const write = () => range.requireUnlocked("Range.format");
    const watched = (target: Record<string, unknown>) =>
      new Proxy(target, {
        set: (t, k, v) => {
          write();
          t[k as string] = v;
          return true;
        },
      });
    const protection = {
      set locked(v: boolean) {
        range.requireUnlocked("Range.format.protection");
        range.each((c) => (c.locked = v));
      },
    };
    this.format = watched({
      font: watched({}),
      fill: watched({}),
      protection,
      borders: { getItem: () => watched({}) },
    }) as never;
    Object.defineProperty(this.format, "rowHeight", {
      set: (h: number) => {
        range.sheet.book.need("1.2", "RangeFormat.rowHeight");
        for (let r = range.box.top; r <= range.box.bottom; r++) range.sheet.rowHeights.set(r, h);
      },
    });
    Object.defineProperty(this.format, "columnWidth", {
      set: (w: number) => {
        range.sheet.book.need("1.2", "RangeFormat.columnWidth");
        for (let c = range.box.left; c <= range.box.right; c++) range.sheet.columnWidths.set(c, w);
      },
    });
  }

  get dataValidation() {
    this.sheet.book.need("1.8", "Range.dataValidation");
    const range = this;
    const dv: { rule?: unknown; errorAlert?: unknown } = {};
    return {
      set rule(rule: unknown) {
        range.requireUnlocked("Range.dataValidation");
        dv.rule = rule;
        range.sheet.validations.push({ range: range.ref, rule, errorAlert: undefined });
      },
      set errorAlert(alert: unknown) {
        const last = range.sheet.validations.find((v) => v.range === range.ref);
        if (last) last.errorAlert = alert;
      },
      // DataValidation.prompt: ExcelApi 1.8, like the rule.
      set prompt(prompt: unknown) {
        const last = range.sheet.validations.find((v) => v.range === range.ref);
        if (last) last.prompt = prompt;
      },
    };
  }

  get conditionalFormats() {
    this.sheet.book.need("1.6", "Range.conditionalFormats");
    return {
      add: () => {
        this.requireUnlocked("ConditionalFormatCollection.add");
        const entry: { range: string; formula: string; fill?: string } = {
          range: this.ref,
          formula: "",
        };
        this.sheet.conditional.push(entry);
        return {
          custom: {
            rule: {
              set formula(f: string) {
                entry.formula = f;
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  entry.fill = c;
                },
              },
              font: {},
            },
          },
        };
      },
    };
  }

  /** Excel refuses to change locked cells of a protected sheet (Excel.WorksheetProtection). */
  requireUnlocked(api: string) {
    if (!this.sheet.protected_) return;
    let locked = false;
    this.each((c) => (locked ||= c.locked !== false));
    if (locked)
      this.sheet.book.fail(
        "AccessDenied",
        `${api} on locked cells of protected ${this.sheet.name}`
      );
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
    this.requireUnlocked("Range.formulas");
    this.each((cell, r, c) => Object.assign(cell, entered(m[r - this.box.top][c - this.box.left])));
  }
  get formulas(): unknown[][] {
    return this.matrix((c) => c.formula ?? c.value);
  }
  set values(m: unknown[][]) {
    this.requireShape(m);
    this.requireUnlocked("Range.values");
    this.each((cell, r, c) => Object.assign(cell, entered(m[r - this.box.top][c - this.box.left])));
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
    this.requireUnlocked("Range.numberFormat");
    this.each((cell, r, c) => (cell.numberFormat = m[r - this.box.top][c - this.box.left]));
  }
  get numberFormat(): string[][] {
    return this.matrix((c) => c.numberFormat ?? "General");
  }

  /** Office.js refuses a 2-D array whose shape differs from the range's (InvalidArgument). */
  private requireShape(m: unknown[][]) {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (m.length !== rows || m.some((row) => row.length !== cols))
      this.sheet.book.fail(
        "InvalidArgument",
        `${rows}x${cols} range given a ${m.length}x${m[0]?.length} array`
      );
  }
  merge() {
    this.sheet.book.need("1.2", "Range.merge");
    this.requireUnlocked("Range.merge");
    this.sheet.merges.push(this.ref);
  }
  select() {
    this.sheet.book.selection = { sheet: this.sheet.name, refs: [this.ref] };
  }

  clear() {
    if (!this.isNullObject)
      this.each((cell) => Object.assign(cell, { value: "", formula: undefined }));
  }
}

export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  syncs = 0;
  /** Syncs per Excel.run, in order, with the options each run had. */
  runs: { options: RunOptions; syncs: number }[] = [];
  active?: string;
  selection?: { sheet: string; refs: string[] };
  calculationMode = "Automatic";
  /** The officer is typing in a cell. */
  cellEditMode = false;
  /** Entries on the officer's undo stack made by the add-in: one per sync, or one per merged run. */
  undoSteps = 0;
  /** An undo-unsupported call ran outside a group: the officer's undo history is gone. */
  undoCleared = false;
  /** Fails the next sync with this code, once (a test's stand-in for any Excel error). */
  failNextSync?: { code: string; after?: number };
  private collectionListeners: Listener[] = [];
  private addedListeners: Listener[] = [];
  private deletedListeners: Listener[] = [];
  private pending?: OfficeError;
  private options: RunOptions = {};
  private editEnded?: () => void;

  constructor(readonly profile: Profile = PROFILES[1]) {}

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  supports = (version: string) => versionAtLeast(this.profile.excelApi, version);

  /** The first refusal of a batch; Excel reports it when the batch is processed, at sync. */
  fail(code: string, message: string) {
    this.pending ??= new OfficeError(code, message);
  }

  /** APIs above the profile's requirement set are not there (ApiNotFound). */
  need(version: string, api: string) {
    if (!this.supports(version))
      this.fail("ApiNotFound", `${api} needs ExcelApi ${version}; ${this.profile.label}`);
  }

  undoUnsupported(api: string, unsupported: boolean) {
    if (!unsupported) return;
    if (this.options.mergeUndoGroup)
      this.fail("UndoNotSupported", `${api} cannot be part of an undo group`);
    else this.undoCleared = true;
  }

  /** Sets a cell by its qualified reference, as an officer typing would. */
  type(ref: string, value: unknown, formula?: string) {
    const at = parseQualified(ref)!;
    Object.assign(this.sheet(at.sheet)!.cell(at.row, at.col), { value, formula });
  }

  /** The officer leaves the cell being edited (Enter). */
  endCellEdit() {
    this.cellEditMode = false;
    this.editEnded?.();
  }

  context() {
    const book = this;
    const worksheets = {
      get items() {
        return book.sheets;
      },
      load: () => worksheets,
      add: (name: string) => {
        const s = new FakeSheet(book, name);
        if (book.sheet(name)) {
          book.fail("ItemAlreadyExists", `sheet ${name} exists`);
          return s;
        }
        book.sheets.push(s);
        return s;
      },
      getItem: (name: string) => {
        const s = book.sheet(name);
        if (!s) {
          book.fail("ItemNotFound", `no sheet ${name}`);
          return new FakeSheet(book, name);
        }
        return s;
      },
      getItemOrNullObject: (name: string) => {
        book.need("1.4", "WorksheetCollection.getItemOrNullObject");
        return book.sheet(name) ?? Object.assign(new FakeSheet(book, name), { isNullObject: true });
      },
      get onChanged() {
        book.need("1.9", "WorksheetCollection.onChanged");
        return { add: (l: Listener) => book.on(book.collectionListeners, l) };
      },
      get onAdded() {
        book.need("1.7", "WorksheetCollection.onAdded");
        return { add: (l: Listener) => book.on(book.addedListeners, l) };
      },
      get onDeleted() {
        book.need("1.7", "WorksheetCollection.onDeleted");
        return { add: (l: Listener) => book.on(book.deletedListeners, l) };
      },
    };
    const names = {
      get items() {
        return [...book.names.entries()].map(([name, formula]) => ({
          name,
          formula,
          delete: () => names.getItem(name).delete(),
        }));
      },
      load: () => names,
      add: (name: string, range: FakeRange) => {
        book.need("1.4", "NamedItemCollection.add");
        if ([...book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
          book.fail("ItemAlreadyExists", `the name ${name} exists`);
        else
          book.names.set(name, `='${range.sheet.name}'!${a1(range.box.top, range.box.left, true)}`);
      },
      getItem: (name: string) => ({
        delete: () => {
          book.need("1.4", "NamedItem.delete");
          if (!book.names.delete(name)) book.fail("ItemNotFound", `no name ${name}`);
        },
      }),
    };
    const application = {
      suspendApiCalculationUntilNextSync: () =>
        book.need("1.6", "Application.suspendApiCalculationUntilNextSync"),
      get calculationMode() {
        return book.calculationMode;
      },
      load: () => application,
    };
    return {
      workbook: { worksheets, names, application },
      sync: async () => {
        const error = book.pending;
        book.pending = undefined;
        if (book.cellEditMode) {
          if (!book.options.delayForCellEdit) {
            throw new OfficeError(
              "InvalidOperationInCellEditMode",
              "Excel is in cell-editing mode"
            );
          }
          await new Promise<void>((resolve) => (book.editEnded = resolve));
        }
        book.syncs++;
        book.runs[book.runs.length - 1].syncs++;
        const planned = book.failNextSync;
        if (planned && (planned.after ?? 0) === 0) {
          book.failNextSync = undefined;
          throw new OfficeError(planned.code, "planted by the test");
        }
        if (planned) planned.after!--;
        if (error) throw error;
        if (!book.options.mergeUndoGroup) book.undoSteps++;
      },
    };
  }

  private on(list: Listener[], listener: Listener) {
    list.push(listener);
    return {
      remove: () => {
        const i = list.indexOf(listener);
        if (i >= 0) list.splice(i, 1);
      },
    };
  }

  /** An officer's edit on a sheet: collection and that sheet's onChanged handlers hear it. */
  async edit(sheetName?: string) {
    const event = { worksheetId: sheetName, address: "A1" };
    for (const l of [...this.collectionListeners]) await l(event);
    for (const s of this.sheets) if (!sheetName || s.name === sheetName) await s.fire(event);
  }

  /** A sheet added or deleted by the officer. */
  async restructure(event: { worksheetId: string; type: "WorksheetAdded" | "WorksheetDeleted" }) {
    const list = event.type === "WorksheetAdded" ? this.addedListeners : this.deletedListeners;
    for (const l of [...list]) await l(event);
  }

  get listenerCount() {
    return (
      this.collectionListeners.length +
      this.addedListeners.length +
      this.deletedListeners.length +
      this.sheets.reduce((n, s) => n + s.listenerCount, 0)
    );
  }

  /** A Runner for ExcelWorkbook over this fake: Excel.run with its options. */
  /** The officer clicks a cell ("C12") of a sheet: that sheet's selection handlers run. */
  async selectCell(sheet: string, address: string) {
    const s = this.sheet(sheet)!;
    for (const h of s.selectionHandlers) await h({ address, type: "WorksheetSelectionChanged" });
  }

  runner = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    options: RunOptions = {}
  ): Promise<T> => {
    this.options = options;
    this.runs.push({ options, syncs: 0 });
    const merged = Boolean(options.mergeUndoGroup && this.supports("1.20"));
    this.options = { ...options, mergeUndoGroup: merged };
    try {
      return await batch(this.context() as unknown as Excel.RequestContext);
    } finally {
      if (merged && this.runs[this.runs.length - 1].syncs > 0) this.undoSteps++;
      this.pending = undefined;
      this.options = {};
    }
  };
}
