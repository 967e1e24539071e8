// The printed review sheet (Phiếu kiểm tra) speaks the form's own terms: each line says what and where (form,
// page, row STT and label, column), the justification beside its warning; the rule id and the A1 cells come
// last, for the help desk.
import { checkWorkbook, reviewSheet, reviewSheetPlan } from "../../src/core";
import { filledReport } from "./helpers";

describe("Phiếu kiểm tra", () => {
  const { plan, snapshot } = filledReport(["05"], ["CD"]);
  snapshot.cells["TK05CD.P1.tra_don.ds"].value = 2;
  const review = reviewSheet(snapshot, checkWorkbook(snapshot));
  const sheet = reviewSheetPlan(review, undefined, {
    "05.P1.tra_don_chu_dong": "Đơn do đương sự rút, đã xác minh",
  });
  const head = sheet.rows.findIndex((r) => r[0] === "STT");

  it("heads the table with the content first and the rule id and cells last", () => {
    expect(sheet.rows[head]).toEqual([
      "STT",
      "Nội dung",
      "Biểu",
      "Kết quả",
      "Trái / phải",
      "Lý do chấp nhận",
      "Mã quy tắc / ô",
    ]);
    expect(sheet.boldRows).toContain(head + 1);
  });

  it("lets a row of one text run on (not wrapped in the narrow STT column); table rows wrap", () => {
    expect(sheet.lineRows).toContain(1); // the title, in A1
    expect(sheet.lineRows).toContain(
      sheet.rows.findIndex((r) => r[0] === "I. KIỂM TRA THEO CHUẨN") + 1
    );
    expect(sheet.lineRows).not.toContain(head + 1);
    for (const row of sheet.lineRows)
      expect(sheet.rows[row - 1].filter((c) => c !== "")).toHaveLength(1);
  });

  it("words a warning by its title and place, with its justification", () => {
    const line = sheet.rows.find((r) => r[6].startsWith("05.P1.tra_don_chu_dong"))!;
    const cell = plan.resolve("TK05CD.P1.tra_don.ds")!;
    expect(line[1]).toMatch(
      /^Biểu chủ động có trả đơn — Trang 1 · dòng 5\.3 «Trả đơn yêu cầu thi hành án» · cột «Dân sự»\. /
    );
    expect(line[1]).not.toContain("05.P1");
    expect(line.slice(2, 6)).toEqual([
      "05 chủ động",
      "Cảnh báo",
      "2 / 0",
      "Đơn do đương sự rút, đã xác minh",
    ]);
    expect(line[6]).toBe(`05.P1.tra_don_chu_dong: '${cell.sheet}'!E${cell.row}`);
  });

  it("words a passed rule as what holds", () => {
    const balance = sheet.rows.find((r) => r[6] === "05.P1.can_doi")!;
    expect(balance.slice(1, 4)).toEqual([
      "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành",
      "05 chủ động",
      "Đạt",
    ]);
    const negative = sheet.rows.find((r) => r[6] === "cell.negative")!;
    expect(negative.slice(1, 4)).toEqual(["Không có «Số âm»", "", "Đạt"]);
  });
});
