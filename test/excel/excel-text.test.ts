// Text the officer or the office head types stays text in Excel: Range.values and Range.formulas read a
// string that starts with "=", "+" or "-" as a formula, so the adapter writes such text with Excel's quote
// prefix. Seen on the strict double, which enters strings as Excel does.
import { checkWithSignoff, planWorkbook, recordToRows } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { excelText } from "../../src/excel/excel-text";
import { formInstance } from "../../src/forms";
import { nodeSha256, signWithJustifications } from "../signoff/helpers";
import { COMPLETE_HEADER } from "../helpers/workbooks";
import { FakeWorkbook } from "./fake-excel";

describe("text written through Office.js", () => {
  it("gets the quote prefix only where Excel would read a formula (or drop an apostrophe)", () => {
    expect(
      ["=SUM(A1)", "- Chi cục", "+84", "@x", "'trích", "Chi cục THADS", "1.1", ""].map(excelText)
    ).toEqual(["'=SUM(A1)", "'- Chi cục", "'+84", "'@x", "''trích", "Chi cục THADS", "1.1", ""]);
  });

  it("keeps header fields typed as «- …» or «=…» as the officer typed them, never a formula", async () => {
    const book = new FakeWorkbook();
    const excel = new ExcelWorkbook(book.runner, book.supports);
    const header = {
      ...COMPLETE_HEADER,
      don_vi_bao_cao: "- Chi cục THADS huyện A",
      don_vi_nhan: "=Cục THADS tỉnh B",
    };
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header });
    await excel.addTemplates(plan);
    for (const code of ["don_vi_bao_cao", "don_vi_nhan"] as const) {
      const at = plan.resolve(`TK05CD.P1.hdr.${code}`)!;
      const cell = book.sheet(at.sheet)!.cell(at.row, at.col);
      expect({ code, value: cell.value, formula: cell.formula }).toEqual({
        code,
        value: header[code],
        formula: undefined,
      });
    }
  });

  it("keeps a justification written as «- …» in the sign-off record, so the report still reads as signed", async () => {
    const book = new FakeWorkbook();
    const excel = new ExcelWorkbook(book.runner, book.supports);
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header: COMPLETE_HEADER });
    await excel.addTemplates(plan);
    const record = await signWithJustifications(await excel.readSnapshot(), {
      by: "-Lê Thị C",
      why: "- đã đối chiếu với sổ thụ lý",
    });
    await excel.writeSignoff(recordToRows(record));
    const after = await checkWithSignoff(await excel.readSnapshot(), nodeSha256);
    expect(after.signoff.state).toBe("signed");
    expect(after.signoff.record?.by).toBe("-Lê Thị C");
  });
});
