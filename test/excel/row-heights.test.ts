// A sheet added by the pane has the row heights of the file `thads-forms template` writes (long row labels
// wrapped on as many lines as they need, a two-line column header), under every Excel profile.
import ExcelJS from "exceljs";
import { planWorkbook } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { templateBuffer } from "../../src/files";
import { formInstance } from "../../src/forms";
import { FakeWorkbook, PROFILES } from "./fake-excel";

describe.each(PROFILES.map((p) => [p.label, p] as const))("row heights, %s", (_label, profile) => {
  it("are the template file's, row for row, on every sheet of both forms", async () => {
    const book = new FakeWorkbook(profile);
    const excel = new ExcelWorkbook(book.runner, book.supports);
    const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "CD")] });
    await excel.addTemplates(plan);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await templateBuffer(plan)) as never);
    for (const sheet of plan.sheets) {
      const fromFile: [number, number][] = [];
      file.getWorksheet(sheet.sheetName)!.eachRow({ includeEmpty: true }, (row, n) => {
        if (row.height) fromFile.push([n, row.height]);
      });
      const inExcel = [...book.sheet(sheet.sheetName)!.rowHeights].sort((a, b) => a[0] - b[0]);
      expect({ sheet: sheet.sheetName, heights: inExcel }).toEqual({
        sheet: sheet.sheetName,
        heights: fromFile,
      });
      // The column header row holds two lines; some form rows wrap (their labels are long).
      expect(inExcel.find(([row]) => row === sheet.freeze.rows)?.[1]).toBe(32);
    }
    expect(plan.sheets.some((s) => book.sheet(s.sheetName)!.rowHeights.size > 1)).toBe(true);
  });
});
