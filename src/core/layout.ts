// Where everything of a template goes: one sheet per page, its header, table and footer, every number cell
// under its data point name. Edges (ExcelJS, Office.js, the preview) only copy this plan into a workbook.
import {
  EDITION_LABELS,
  FOOTER_FIELDS,
  HEADER_FIELDS,
  CURRENT_VERSION,
  VARIANT_LABELS,
  formId,
  type Edition,
  type FormInstance,
  type PageId,
  type PageSpec,
  type StandardVersion,
} from "../forms";
import { qualified, type CellAddress } from "./a1";
import { renderFormula, type Resolve } from "./formulas";
import { META_SHEET, metaRows } from "./meta";
import {
  buildModel,
  dataPointName,
  familiesWithAllVariants,
  type CellDef,
  type FormModel,
  type Model,
} from "./model";
import { numberFormat } from "./styles";

export type CellRole =
  | "formNumber"
  | "title"
  | "subtitle"
  | "pageTitle"
  | "fieldLabel"
  | "field"
  | "fieldLink"
  | "unit"
  | "colHeader"
  | "blockTitle"
  | "rowNo"
  | "rowLabel"
  | "input"
  | "formula"
  | "ratio"
  | "empty"
  | "footerLabel";

export interface LayoutCell {
  row: number;
  col: number;
  role: CellRole;
  text?: string;
  /** With the leading "=". */
  formula?: string;
  /** A number written with the template (a consolidated report's figure); on a formula cell, its cached result. */
  value?: number;
  /** The defined name of this cell, for number cells and header fields. */
  name?: string;
  def?: CellDef;
  /** Merged with the cells to its right up to this column. */
  mergeToCol?: number;
  emphasis?: boolean;
  /** Excel's number format of a number cell, from its form's data (every writer copies it). */
  numberFormat?: string;
}

export interface SheetPlan {
  formId: string;
  page: PageId;
  sheetName: string;
  cells: LayoutCell[];
  /** Width of each column, in characters, from column A. */
  columnWidths: number[];
  /** Rows and columns frozen at the top left (the table head and the labels). */
  freeze: { rows: number; cols: number };
  /** How the sheet prints: every writer (ExcelJS, Office.js, the preview) follows this, none decides it. */
  print: PrintPlan;
  /** How the sheet is protected once written: inputs unlocked (their style), everything else locked. */
  protection: ProtectionPlan;
  lastCol: number;
  lastRow: number;
}

/** Page setup: each template sheet prints on exactly one A4 landscape page. */
export interface PrintPlan {
  paper: "A4";
  orientation: "landscape";
  /** Scaled to fit this many pages wide and tall (1 × 1: one page per sheet). */
  fitWide: number;
  fitTall: number;
  /** Rows repeated at the top of a printed page, should someone print it larger. */
  titleRows: [number, number];
  /** In inches, as both Excel's page setup and the file format take them. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  centerHorizontally: boolean;
  /** Footer text in Excel's header/footer codes (&P page, &N pages). */
  footer: { left: string; right: string };
}

/** What officers may still do on a protected template sheet (no password: protection guards formulas, not secrets). */
export interface ProtectionPlan {
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  formatCells: boolean;
  insertRows: boolean;
  deleteRows: boolean;
}

export const TEMPLATE_PRINT: Omit<PrintPlan, "titleRows"> = {
  paper: "A4",
  orientation: "landscape",
  fitWide: 1,
  fitTall: 1,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
  centerHorizontally: true,
  footer: { left: "thads-forms", right: "Trang &P/&N" },
};

export const TEMPLATE_PROTECTION: ProtectionPlan = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  deleteRows: false,
};

/** A later page's copy of a page 1 field: blank while the field is blank, never a printed 0. */
export function linkFormula(source: CellAddress): string {
  const ref = qualified(source);
  return `=IF(${ref}="","",${ref})`;
}

export interface NamePlan {
  name: string;
  sheet: string;
  row: number;
  col: number;
}

export interface HeaderValues {
  ky_bao_cao?: string;
  don_vi_bao_cao?: string;
  don_vi_nhan?: string;
  ngay_nhan?: string;
  nguoi_lap_bieu?: string;
  truong_thads?: string;
}

export interface PlanOptions {
  forms: FormInstance[];
  edition?: Edition;
  header?: HeaderValues;
  /** Sheet names already in the workbook; new sheets never take one of them. */
  existingSheets?: string[];
  /** Forms the workbook already holds, for linking a new TH to existing CD and TD. */
  existingForms?: string[];
  /** The version of the standard to lay out (default: the current one; older ones for tests and tools). */
  version?: StandardVersion;
}

export interface MetaPlan {
  sheetName: string;
  rows: [string, string][];
  names: NamePlan[];
}

export interface WorkbookPlan {
  model: Model;
  sheets: SheetPlan[];
  names: NamePlan[];
  meta: MetaPlan;
  /** Every data point name's position, including forms already in the workbook when they were given. */
  resolve: (name: string) => CellAddress | undefined;
}

export const TABLE_HEAD_ROW = 10;
const FIRST_NUMBER_COL = 3;
const MAX_SHEET_NAME = 31;

export function headerName(formId: string, field: string): string {
  return `${formId}.P1.hdr.${field}`;
}

export function sheetBaseName(form: FormInstance, page: PageId): string {
  return `${form.family}-${form.variant} Trang ${page.slice(1)}`;
}

/** A sheet name no existing sheet has (case-insensitive, as Excel compares), NFC, at most 31 characters. */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  // Stryker disable next-line MethodExpression: each candidate below is cut to 31 characters again
  const normalized = base
    .normalize("NFC")
    .replace(/[\\/?*[\]:]/g, "-")
    .slice(0, MAX_SHEET_NAME);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = normalized.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** Where the rows of a page go: its blocks' title, head and data rows, and the footer. */
interface PageGeometry {
  blocks: { titleRow?: number; headRow: number; rows: number[] }[];
  footerRow: number;
  /** The widest block's number columns. */
  widest: number;
  lastCol: number;
}

function pageGeometry(page: PageSpec): PageGeometry {
  const widest = Math.max(...page.blocks.map((b) => b.columns.length));
  let row = TABLE_HEAD_ROW;
  const blocks = page.blocks.map((block, b) => {
    let titleRow: number | undefined;
    if (b > 0) {
      row += 1;
      if (block.title) titleRow = row;
      row += 1;
    }
    const headRow = row;
    row += 1;
    const rows = block.rows.map(() => row++);
    return { titleRow, headRow, rows };
  });
  return { blocks, footerRow: row + 1, widest, lastCol: FIRST_NUMBER_COL + widest - 1 };
}

/** The footer fields' columns: the preparer at the left, the head of the office at the right. */
function footerColumns(i: number, lastCol: number): { col: number; mergeToCol: number } {
  return i === 0
    ? { col: 1, mergeToCol: 2 }
    : { col: Math.max(FIRST_NUMBER_COL, lastCol - 3), mergeToCol: lastCol };
}

/** One page of one form, placed on its sheet: what the positions and the cells are both read from. */
interface PlacedPage {
  fm: FormModel;
  page: PageSpec;
  sheetName: string;
  geometry: PageGeometry;
}

/** Every data point name of a placed page, with its cell: number cells, and header fields on page 1. */
function pagePositions({ fm, page, sheetName, geometry }: PlacedPage): [string, CellAddress][] {
  const at = (row: number, col: number): CellAddress => ({ sheet: sheetName, row, col });
  const out: [string, CellAddress][] = [];
  if (page.id === "P1") {
    HEADER_FIELDS.forEach((field, i) =>
      out.push([headerName(fm.form.id, field.code), at(5 + i, FIRST_NUMBER_COL)])
    );
    FOOTER_FIELDS.forEach((field, i) =>
      out.push([
        headerName(fm.form.id, field.code),
        at(geometry.footerRow + 4, footerColumns(i, geometry.lastCol).col),
      ])
    );
  }
  page.blocks.forEach((block, b) =>
    block.rows.forEach((row, r) =>
      block.columns.forEach((column, c) =>
        out.push([
          dataPointName(fm.form.id, page.id, row.code, column.code),
          at(geometry.blocks[b].rows[r], FIRST_NUMBER_COL + c),
        ])
      )
    )
  );
  return out;
}

function roleOf(def: CellDef): CellRole {
  if (def.kind === "input") return "input";
  if (def.kind === "empty") return "empty";
  return def.expr?.op === "ratio" ? "ratio" : "formula";
}

/** The cells of a placed page, each built whole: its text or formula, its name and its number format. */
function layoutPage(
  placed: PlacedPage,
  cellsByName: Model["cells"],
  options: PlanOptions,
  resolve: Resolve
): SheetPlan {
  const { fm, page, sheetName, geometry } = placed;
  const { form, spec } = fm;
  const { lastCol } = geometry;
  const cells: LayoutCell[] = [];
  const put = (cell: LayoutCell) => cells.push(cell);
  const isFirstPage = page.id === "P1";
  const edition = EDITION_LABELS[options.edition ?? "office"].vi;
  const given = (code: string) =>
    (options.header as Record<string, string | undefined> | undefined)?.[code];
  // A later page's header field copies page 1's (blank while it is blank).
  const link = (name: string): LayoutCell["formula"] => {
    const source = resolve(name);
    return source ? linkFormula(source) : undefined;
  };

  put({
    row: 1,
    col: 1,
    role: "formNumber",
    text: `BIỂU MẪU SỐ ${spec.number} (${VARIANT_LABELS[form.variant].vi})`,
    mergeToCol: 2,
  });
  put({ row: 2, col: 1, role: "title", text: spec.title.vi, mergeToCol: lastCol });
  put({
    row: 3,
    col: 1,
    role: "subtitle",
    text: `Biểu ${VARIANT_LABELS[form.variant].vi.toLowerCase()} · ${edition}`,
    mergeToCol: lastCol,
  });
  put({ row: 4, col: 1, role: "pageTitle", text: page.title.vi, mergeToCol: lastCol });

  HEADER_FIELDS.forEach((field, i) => {
    const row = 5 + i;
    // The receiver's field says so on the form itself ("phần này do đơn vị nhận báo cáo ghi").
    const label = field.byReceiver
      ? `${field.label.vi} (do đơn vị nhận báo cáo ghi):`
      : `${field.label.vi}:`;
    put({ row, col: 1, role: "fieldLabel", text: label, mergeToCol: 2 });
    const name = headerName(form.id, field.code);
    const at = { row, col: FIRST_NUMBER_COL, name, mergeToCol: lastCol };
    if (!isFirstPage) put({ ...at, role: "fieldLink", formula: link(name) });
    // The template leaves the receiver's field blank, whatever header it was given.
    else put({ ...at, role: "field", text: field.byReceiver ? "" : (given(field.code) ?? "") });
  });
  if (spec.unit) put({ row: 9, col: 1, role: "unit", text: spec.unit.vi, mergeToCol: lastCol });

  page.blocks.forEach((block, b) => {
    const { titleRow, headRow, rows } = geometry.blocks[b];
    if (titleRow !== undefined && block.title)
      put({
        row: titleRow,
        col: 1,
        role: "blockTitle",
        text: `${block.code}. ${block.title.vi}`,
        mergeToCol: lastCol,
      });
    put({ row: headRow, col: 1, role: "colHeader", text: "STT" });
    put({ row: headRow, col: 2, role: "colHeader", text: "Chỉ tiêu" });
    block.columns.forEach((column, c) =>
      put({ row: headRow, col: FIRST_NUMBER_COL + c, role: "colHeader", text: column.label.vi })
    );
    block.rows.forEach((rowSpec, r) => {
      const row = rows[r];
      const emphasis = rowSpec.emphasis;
      put({ row, col: 1, role: "rowNo", text: rowSpec.no, emphasis });
      put({ row, col: 2, role: "rowLabel", text: rowSpec.label.vi, emphasis });
      block.columns.forEach((column, c) => {
        const def = cellsByName.get(dataPointName(form.id, page.id, rowSpec.code, column.code))!;
        const role = roleOf(def);
        const formula = def.expr ? renderFormula(def, resolve) : undefined;
        put({
          row,
          col: FIRST_NUMBER_COL + c,
          role,
          name: def.name,
          def,
          emphasis,
          numberFormat: numberFormat(form.family, role),
          ...(formula ? { formula } : {}),
        });
      });
    });
  });

  FOOTER_FIELDS.forEach((field, i) => {
    const { col, mergeToCol } = footerColumns(i, lastCol);
    const row = geometry.footerRow;
    put({ row, col, role: "footerLabel", text: field.label.vi, mergeToCol });
    const name = headerName(form.id, field.code);
    const at = { row: row + 4, col, name, mergeToCol };
    if (!isFirstPage) put({ ...at, role: "fieldLink", formula: link(name) });
    else put({ ...at, role: "field", text: given(field.code) ?? "" });
  });

  return {
    formId: form.id,
    page: page.id,
    sheetName,
    cells,
    columnWidths: [7, 58, ...Array.from({ length: geometry.widest }, () => spec.columnWidth)],
    freeze: { rows: TABLE_HEAD_ROW, cols: 2 },
    print: { ...TEMPLATE_PRINT, titleRows: [TABLE_HEAD_ROW, TABLE_HEAD_ROW] },
    protection: TEMPLATE_PROTECTION,
    lastCol,
    lastRow: geometry.footerRow + 4,
  };
}

/**
 * The plan for adding forms to a workbook. With `existingForms` and `existing`, a TH added beside a CD
 * and a TD already in the workbook is linked to them.
 */
export function planWorkbook(
  options: PlanOptions,
  existing?: (name: string) => CellAddress | undefined
): WorkbookPlan {
  const newIds = options.forms.map((f) => f.id);
  const allIds = [...new Set([...(options.existingForms ?? []), ...newIds])];
  const linkedFamilies = familiesWithAllVariants(allIds).filter((family) =>
    newIds.includes(formId(family, "TH"))
  );
  const version = options.version ?? CURRENT_VERSION;
  const model = buildModel(allIds, { linkedFamilies, version });
  const taken = new Set((options.existingSheets ?? []).map((s) => s.toLowerCase()));

  // Every page is placed first, so that every position is known before any cell (or formula) is built.
  const placed: PlacedPage[] = model.forms
    .filter((f) => newIds.includes(f.form.id))
    .flatMap((fm) =>
      fm.spec.pages.map((page) => ({
        fm,
        page,
        sheetName: uniqueSheetName(sheetBaseName(fm.form, page.id), taken),
        geometry: pageGeometry(page),
      }))
    );
  const positions = new Map(placed.flatMap(pagePositions));
  const resolve = (name: string) => positions.get(name) ?? existing?.(name);
  const sheets = placed.map((p) => layoutPage(p, model.cells, options, resolve));

  const names: NamePlan[] = sheets.flatMap((sheet) =>
    sheet.cells
      .filter((cell) => cell.name && cell.role !== "fieldLink")
      .map((cell) => ({ name: cell.name!, sheet: sheet.sheetName, row: cell.row, col: cell.col }))
  );

  const metaSheet = uniqueSheetName(
    META_SHEET,
    new Set(
      (options.existingSheets ?? []).filter((s) => s !== META_SHEET).map((s) => s.toLowerCase())
    )
  );
  const rows = metaRows(
    allIds,
    model.forms.filter((m) => m.linked).map((m) => m.form.family),
    // Which edition's header rules apply (header.officer_signer holds for the Chấp hành viên edition only).
    { version: version.id, edition: options.edition ?? "office" }
  );
  const metaNames: NamePlan[] = [
    { name: "THADS.standard", sheet: metaSheet, row: 1, col: 2 },
    { name: "THADS.version", sheet: metaSheet, row: 2, col: 2 },
    { name: "THADS.forms", sheet: metaSheet, row: 3, col: 2 },
  ];
  return {
    model,
    sheets,
    names,
    meta: { sheetName: metaSheet, rows, names: metaNames },
    resolve,
  };
}
