// Queues the writes of a template plan on an Office.js context, phase by phase; the caller syncs after each
// phase. Every write is per row run or per range, never per cell, so the syncs stay few and small. Each call's
// requirement set is checked against what this Excel supports (ExcelApi 1.7 is the floor the manifest asks):
// newer calls are skipped or replaced, never made where Excel lacks them.
import {
  FONT,
  MARK_STYLES,
  ROLE_STYLES,
  a1,
  columnLetter,
  conditionalRules,
  inputValidations,
  mergeMetaRows,
  parseA1,
  rangeA1,
  rowHeights,
  type LayoutCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../core";
import { excelText, excelTextRows } from "./excel-text";

/** How many columns "C12:K12" spans. */
function columnsOf(range: string): number {
  const [from, to = from] = range.split(":").map((ref) => parseA1(ref)!);
  return to.col - from.col + 1;
}

/** Horizontal runs of cells that look alike, each written as one range. */
function styleRuns(sheet: SheetPlan): { range: string; cell: LayoutCell }[] {
  const keyOf = (c: LayoutCell) => `${c.role}|${c.emphasis ? 1 : 0}|${c.numberFormat ?? ""}`;
  const cells = [...sheet.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { range: string; cell: LayoutCell }[] = [];
  let i = 0;
  while (i < cells.length) {
    const first = cells[i];
    let last = first.mergeToCol ?? first.col;
    let j = i + 1;
    while (
      j < cells.length &&
      cells[j].row === first.row &&
      cells[j].col === last + 1 &&
      keyOf(cells[j]) === keyOf(first)
    ) {
      last = cells[j].mergeToCol ?? cells[j].col;
      j++;
    }
    runs.push({ range: rangeA1(first.row, first.col, first.row, last), cell: first });
    i = j;
  }
  return runs;
}

/** What this Excel supports: `supports("1.9")` is Office.context.requirements.isSetSupported("ExcelApi", "1.9"). */
export type Supports = (version: string) => boolean;

export function queueSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  supports: Supports
): void {
  for (const sheet of plan.sheets) {
    const ws = context.workbook.worksheets.add(sheet.sheetName);
    const matrix: string[][] = Array.from({ length: sheet.lastRow }, () =>
      Array.from({ length: sheet.lastCol }, () => "")
    );
    const textCells: string[] = [];
    for (const cell of sheet.cells) {
      const content =
        cell.formula ??
        (cell.value !== undefined ? String(cell.value) : excelText(cell.text ?? ""));
      matrix[cell.row - 1][cell.col - 1] = content;
      if (!cell.formula && (cell.role === "rowNo" || cell.role === "field"))
        textCells.push(a1(cell.row, cell.col));
    }
    // Row numbers such as "1.1" and header fields stay text, not numbers.
    for (const ref of textCells) ws.getRange(ref).numberFormat = [["@"]];
    ws.getRange(`A1:${a1(sheet.lastRow, sheet.lastCol)}`).formulas = matrix;
    for (const cell of sheet.cells) {
      if (cell.mergeToCol && cell.mergeToCol > cell.col)
        ws.getRange(rangeA1(cell.row, cell.col, cell.row, cell.mergeToCol)).merge(false);
    }
    sheet.columnWidths.forEach((width, i) => {
      const letter = columnLetter(i + 1);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = width * 6;
    });
    // RangeFormat.rowHeight: ExcelApi 1.2; the same heights the template file gets.
    for (const [row, height] of rowHeights(sheet))
      ws.getRange(`${row}:${row}`).format.rowHeight = height;
    if (supports("1.8")) ws.showGridlines = false; // Worksheet.showGridlines: ExcelApi 1.8
    ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(sheet.freeze.rows, sheet.freeze.cols)}`));
  }
}

/** Formats of some sheets: the formats are the largest phase, so the caller sends them a few sheets a sync. */
export function queueFormats(context: Excel.RequestContext, sheets: SheetPlan[]): void {
  for (const sheet of sheets) {
    const ws = context.workbook.worksheets.getItem(sheet.sheetName);
    for (const { range, cell } of styleRuns(sheet)) {
      const style = ROLE_STYLES[cell.role];
      const r = ws.getRange(range);
      r.format.font.name = FONT;
      r.format.font.size = style.size ?? 11;
      r.format.font.bold = Boolean(style.bold || cell.emphasis);
      r.format.font.italic = Boolean(style.italic);
      if (style.color) r.format.font.color = `#${style.color}`;
      if (style.fill) r.format.fill.color = `#${style.fill}`;
      if (style.horizontal)
        r.format.horizontalAlignment =
          style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
      r.format.verticalAlignment = "Center";
      r.format.wrapText = Boolean(style.wrap);
      if (style.border) {
        // Inside borders only where a run has inside edges.
        const inside = columnsOf(range) > 1 ? (["InsideVertical"] as const) : [];
        for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...inside] as const) {
          r.format.borders.getItem(edge).style = "Continuous";
          r.format.borders.getItem(edge).color = "#808080";
        }
      }
      const format = cell.numberFormat;
      // Office.js takes a 2-D array of exactly the range's shape: one row, one entry per column of the run.
      if (format) r.numberFormat = [Array.from({ length: columnsOf(range) }, () => format)];
      r.format.protection.locked = style.locked;
    }
  }
}

export function queueNames(context: Excel.RequestContext, plan: WorkbookPlan): void {
  for (const n of plan.names) {
    context.workbook.names.add(
      n.name,
      context.workbook.worksheets.getItem(n.sheet).getRange(a1(n.row, n.col))
    );
  }
}

/** Input validation (ExcelApi 1.8, skipped below it: the marks and the pane still flag errors) and marks. */
export function queueRules(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  supports: Supports
): void {
  if (supports("1.8")) {
    for (const v of inputValidations(plan)) {
      const range = context.workbook.worksheets.getItem(v.sheet).getRange(v.range);
      const rule = {
        formula1: 0,
        operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator,
      };
      range.dataValidation.rule = v.type === "whole" ? { wholeNumber: rule } : { decimal: rule };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop" as Excel.DataValidationAlertStyle,
        title: v.errorTitle,
        message: v.errorMessage,
      };
      // The article's guidance as the input message (DataValidation.prompt, ExcelApi 1.8 like the rule).
      if (v.prompt)
        range.dataValidation.prompt = {
          showPrompt: true,
          title: v.promptTitle ?? "",
          message: v.prompt,
        };
    }
  }
  for (const rule of conditionalRules(plan)) {
    const cf = context.workbook.worksheets
      .getItem(rule.sheet)
      .getRange(rule.range)
      .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = `#${MARK_STYLES[rule.severity].fill}`;
    cf.custom.format.font.color = `#${MARK_STYLES[rule.severity].color}`;
  }
}

/** The record sheet's rows and names (visible until the settings run hides it). */
export function queueMeta(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  metaExists: boolean,
  /** The existing record sheet's rows (read before the add), merged by key so no other row is overwritten. */
  metaBefore?: unknown[][]
): void {
  const meta = metaExists
    ? context.workbook.worksheets.getItem(plan.meta.sheetName)
    : context.workbook.worksheets.add(plan.meta.sheetName);
  const rows = metaExists ? mergeMetaRows(metaBefore, plan.meta.rows) : plan.meta.rows;
  meta.getRange(`A1:B${rows.length}`).values = excelTextRows(rows);
  if (!metaExists) {
    for (const n of plan.meta.names)
      context.workbook.names.add(n.name, meta.getRange(a1(n.row, n.col)));
  }
}

/**
 * What has no undo support, in a run of its own outside any undo group ("Undo capabilities": protect, and
 * visibility on Windows and Mac): page setup as the plan says (ExcelApi 1.9; skipped below it), protection
 * as the plan says, and the record sheet hidden.
 */
export function queueSettings(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  supports: Supports
): void {
  for (const sheet of plan.sheets) {
    const ws = context.workbook.worksheets.getItem(sheet.sheetName);
    if (supports("1.9")) {
      const { print } = sheet;
      ws.pageLayout.orientation = (
        print.orientation === "landscape" ? "Landscape" : "Portrait"
      ) as Excel.PageOrientation;
      ws.pageLayout.paperSize = print.paper as Excel.PaperType;
      ws.pageLayout.zoom = {
        horizontalFitToPages: print.fitWide,
        verticalFitToPages: print.fitTall,
      };
      ws.pageLayout.centerHorizontally = print.centerHorizontally;
      // PageLayout margins are in points; the plan's are in inches.
      ws.pageLayout.leftMargin = print.margins.left * 72;
      ws.pageLayout.rightMargin = print.margins.right * 72;
      ws.pageLayout.topMargin = print.margins.top * 72;
      ws.pageLayout.bottomMargin = print.margins.bottom * 72;
      ws.pageLayout.headerMargin = print.margins.header * 72;
      ws.pageLayout.footerMargin = print.margins.footer * 72;
      ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = print.footer.left;
      ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = print.footer.right;
      ws.pageLayout.setPrintTitleRows(`$${print.titleRows[0]}:$${print.titleRows[1]}`);
    }
    const p = sheet.protection;
    ws.protection.protect({
      allowFormatColumns: p.formatColumns,
      allowFormatRows: p.formatRows,
      allowFormatCells: p.formatCells,
      allowInsertRows: p.insertRows,
      allowDeleteRows: p.deleteRows,
      allowAutoFilter: false,
    });
  }
  context.workbook.worksheets.getItem(plan.meta.sheetName).visibility =
    "VeryHidden" as Excel.SheetVisibility;
}
