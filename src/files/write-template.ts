// plan → .xlsx with ExcelJS: labels, formulas, styles, merges, names, protection, validation, marks, print setup.
import ExcelJS from "exceljs";
import {
  FONT,
  MARK_STYLES,
  ROLE_STYLES,
  conditionalRules,
  inputValidations,
  parseA1,
  qualified,
  rowHeights,
  type LayoutCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../core";
import { deflateStoredZip } from "./zip-deflate";

const argb = (rgb: string) => `FF${rgb}`;
const thin = { style: "thin" as const, color: { argb: "FF808080" } };

/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in files. */
export function toFileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/(?<![A-Z_.])ISFORMULA\(/g, "_xlfn.ISFORMULA(");
}

function styleCell(cell: ExcelJS.Cell, layout: LayoutCell): void {
  const style = ROLE_STYLES[layout.role];
  cell.font = {
    name: FONT,
    size: style.size ?? 11,
    bold: style.bold || layout.emphasis || undefined,
    italic: style.italic || undefined,
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  cell.alignment = {
    horizontal: style.horizontal,
    vertical: "middle",
    wrapText: style.wrap || undefined,
  };
  if (style.border) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (layout.numberFormat) cell.numFmt = layout.numberFormat;
  cell.protection = { locked: style.locked };
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.sheetName, {
    views: [
      {
        state: "frozen",
        xSplit: sheet.freeze.cols,
        ySplit: sheet.freeze.rows,
        showGridLines: false,
      },
    ],
    pageSetup: {
      paperSize: sheet.print.paper === "A4" ? 9 : undefined,
      orientation: sheet.print.orientation,
      fitToPage: true,
      fitToWidth: sheet.print.fitWide,
      fitToHeight: sheet.print.fitTall,
      horizontalCentered: sheet.print.centerHorizontally,
      printTitlesRow: `${sheet.print.titleRows[0]}:${sheet.print.titleRows[1]}`,
      margins: sheet.print.margins,
    },
    headerFooter: {
      oddFooter: `&L&"Times New Roman"&8${sheet.print.footer.left}&R&"Times New Roman"&8${sheet.print.footer.right}`,
    },
  });
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const layout of sheet.cells) {
    const cell = ws.getCell(layout.row, layout.col);
    if (layout.formula)
      cell.value = {
        formula: toFileFormula(layout.formula),
        ...(layout.value === undefined ? {} : { result: layout.value }),
      } as ExcelJS.CellFormulaValue;
    else if (layout.value !== undefined) cell.value = layout.value;
    else if (layout.text) cell.value = layout.text;
    styleCell(cell, layout);
    if (layout.mergeToCol && layout.mergeToCol > layout.col) {
      // Merged neighbours keep the style (borders, lock) of the first cell.
      for (let col = layout.col + 1; col <= layout.mergeToCol; col++)
        styleCell(ws.getCell(layout.row, col), layout);
      ws.mergeCells(layout.row, layout.col, layout.row, layout.mergeToCol);
    }
  }
  for (const [row, height] of rowHeights(sheet)) ws.getRow(row).height = height;
  return ws;
}

/** The template workbook for a plan (made by planWorkbook with no existing sheets). */
export async function buildTemplateWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thads-forms";
  const numbers = [...new Set(plan.model.forms.map((fm) => fm.spec.number))];
  workbook.title = `Biểu mẫu thống kê thi hành án dân sự ${numbers.join(", ")}`;
  workbook.calcProperties = { fullCalcOnLoad: true };

  const sheets = new Map(
    plan.sheets.map((sheet) => [sheet.sheetName, writeSheet(workbook, sheet)])
  );

  for (const v of inputValidations(plan)) {
    const validation: ExcelJS.DataValidation = {
      type: v.type,
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      errorStyle: "error",
      errorTitle: v.errorTitle,
      error: v.errorMessage,
      // The article's guidance for the row, shown by any Excel when the cell is selected.
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt } : {}),
    };
    const ws = sheets.get(v.sheet)!;
    const [from, to = from] = v.range.split(":").map((ref) => parseA1(ref)!);
    for (let row = from.row; row <= to.row; row++) {
      for (let col = from.col; col <= to.col; col++)
        ws.getCell(row, col).dataValidation = validation;
    }
  }

  let priority = 1;
  for (const rule of conditionalRules(plan)) {
    const mark = MARK_STYLES[rule.severity];
    sheets.get(rule.sheet)!.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [toFileFormula(rule.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(mark.fill) } },
            font: { color: { argb: argb(mark.color) } },
          },
        },
      ],
    });
  }

  for (const n of plan.names)
    workbook.definedNames.add(qualified({ sheet: n.sheet, row: n.row, col: n.col }, true), n.name);

  const meta = workbook.addWorksheet(plan.meta.sheetName, { state: "veryHidden" });
  plan.meta.rows.forEach(([key, value], i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = value;
  });
  for (const n of plan.meta.names)
    workbook.definedNames.add(qualified({ sheet: n.sheet, row: n.row, col: n.col }, true), n.name);

  for (const ws of sheets.values()) {
    await ws.protect("", plan.sheets.find((s) => s.sheetName === ws.name)!.protection);
  }
  return workbook;
}

export async function templateBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = await buildTemplateWorkbook(plan);
  return xlsxBuffer(workbook);
}

/** The workbook's .xlsx bytes: written uncompressed by ExcelJS, compressed by zlib (./zip-deflate.ts). */
export async function xlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as object);
  return deflateStoredZip(Buffer.from(stored));
}
