/** @jest-environment jsdom */
// The article's guidance in the pane for the selected cell: through the Office.js adapter on the Excel
// double (Worksheet.onSelectionChanged), with no read of the workbook on a selection, and nothing broken
// where the host has no selection event.
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { a1, planWorkbook } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { formInstance, guidanceFor } from "../../src/forms";
import { App } from "../../src/taskpane/components/App";
import { FakeWorkbook } from "../excel/fake-excel";
import { COMPLETE_HEADER } from "../helpers/workbooks";

async function paneOnDouble(supported = true) {
  const book = new FakeWorkbook();
  const excel = new ExcelWorkbook(book.runner, (v) => (v === "1.7" ? supported : book.supports(v)));
  const plan = planWorkbook({
    forms: [formInstance("05", "CD")],
    header: COMPLETE_HEADER,
    existingSheets: (await excel.info()).sheets,
  });
  await excel.addTemplates(plan);
  render(<App port={excel} today={new Date(2026, 10, 22)} />);
  await screen.findByRole("tab", { name: "Kiểm tra", selected: true }, { timeout: 15000 });
  const cellOf = (name: string) => {
    const at = plan.resolve(name)!;
    return { sheet: at.sheet, ref: a1(at.row, at.col) };
  };
  return { book, plan, cellOf };
}

describe("guidance for the selected cell", () => {
  it("shows the row, its label and the article's guidance for a selected input cell", async () => {
    const { book, cellOf } = await paneOnDouble();
    const panel = await screen.findByTestId("cell-guidance");
    expect(within(panel).getByText(/Chọn một ô của biểu mẫu/)).toBeTruthy();
    // The pane also says which version of the standard the workbook was made with.
    expect((await screen.findByTestId("standard-version")).textContent).toMatch(
      /Lập theo chuẩn phiên bản 2 \(2009\.2\)/
    );
    const syncs = book.syncs;
    const mien = cellOf("TK05CD.P3.xong_mien.kt");
    await act(() => book.selectCell(mien.sheet, mien.ref));
    await waitFor(() =>
      expect(panel.textContent).toContain(guidanceFor("05", "P3", "xong_mien")!.vi)
    );
    expect(panel.textContent).toContain("D2. Xong do miễn nghĩa vụ thi hành án");
    expect(panel.textContent).toContain("Trang 3, cột «Kinh tế»");
    expect(panel.textContent).toMatch(/mục 2\.3\.1\.1/);
    expect(book.syncs).toBe(syncs); // a selection reads nothing
  });

  it("says a formula cell is computed, and a header field what the article asks of it", async () => {
    const { book, cellOf } = await paneOnDouble();
    const panel = await screen.findByTestId("cell-guidance");
    const total = cellOf("TK05CD.P3.thuc_hien_xong.tong");
    await act(() => book.selectCell(total.sheet, total.ref));
    await waitFor(() => expect(panel.textContent).toMatch(/Ô công thức/));
    expect(panel.textContent).toContain("D1. Thực hiện xong nội dung quyết định thi hành án");
    const received = cellOf("TK05CD.P1.hdr.ngay_nhan");
    await act(() => book.selectCell(received.sheet, `${received.ref}:K8`));
    await waitFor(() => expect(panel.textContent).toMatch(/do đơn vị nhận báo cáo ghi/));
  });

  it("without a selection event (ExcelApi 1.7 missing) the pane works and registers nothing", async () => {
    const { book } = await paneOnDouble(false);
    expect(book.sheets.every((s) => s.selectionHandlers.length === 0)).toBe(true);
    expect(screen.getByRole("tab", { name: "Kiểm tra", selected: true })).toBeTruthy();
  });
});

describe("guidance as Excel's input message through Office.js", () => {
  it("sets the article's guidance as the prompt of each input row's validation", async () => {
    const { book, cellOf } = await paneOnDouble();
    const mien = cellOf("TK05CD.P3.xong_mien.kt");
    const row = mien.ref.replace(/^[A-Z]+/, "");
    const validation = book
      .sheet(mien.sheet)!
      .validations.find((v) => v.range.endsWith(row) && v.range.includes(":")) as unknown as {
      prompt: { showPrompt: boolean; title: string; message: string };
    };
    expect(validation.prompt).toEqual({
      showPrompt: true,
      title: "D2. Xong do miễn nghĩa vụ thi h…",
      message: guidanceFor("05", "P3", "xong_mien")!.vi,
    });
  });
});
