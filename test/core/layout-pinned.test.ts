// The template's plan pinned cell by cell to literal values read off the forms 05-TK/THA and 06-TK/THA: where
// each header, table and footer cell goes, its text or formula, its name, merge and number format. Each test
// builds its own plan: Stryker reruns for a mutant only the tests that ran the mutated code themselves.
import {
  a1,
  linkFormula,
  planWorkbook,
  rowHeights,
  sheetBaseName,
  uniqueSheetName,
  type LayoutCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/core";
import { formInstance, parseFormId } from "../../src/forms";

/** One cell as a line: address, role, text or formula, name, merge, number format, emphasis. */
function line(cell: LayoutCell): string {
  return [
    a1(cell.row, cell.col),
    cell.role,
    cell.text === undefined ? undefined : JSON.stringify(cell.text),
    cell.formula,
    cell.name,
    cell.mergeToCol === undefined ? undefined : `→${cell.mergeToCol}`,
    cell.numberFormat,
    cell.emphasis ? "emphasis" : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(" ");
}

const plan = (ids: string[], options: Partial<Parameters<typeof planWorkbook>[0]> = {}) =>
  planWorkbook({ forms: ids.map((id) => parseFormId(id)!), ...options });
const sheet = (p: WorkbookPlan, name: string): SheetPlan =>
  p.sheets.find((s) => s.sheetName === name)!;
const lines = (s: SheetPlan, keep: (c: LayoutCell) => boolean) => s.cells.filter(keep).map(line);

const cd05 = () =>
  plan(["TK05CD"], { header: { ky_bao_cao: "Quý I/2027", ngay_nhan: "01/04/2027" } });
const cd06 = () =>
  plan(["TK06CD"], {
    header: { nguoi_lap_bieu: "Nguyễn Văn A", truong_thads: "Trần Văn B" },
    edition: "officer",
  });
const all05 = () => plan(["TK05CD", "TK05TD", "TK05TH"]);

describe("the header of a page", () => {
  it("page 1 of 05: form number, title, subtitle, page title, the fields (the receiver's left blank)", () => {
    expect(lines(sheet(cd05(), "05-CD Trang 1"), (c) => c.row < 10)).toEqual([
      'A1 formNumber "BIỂU MẪU SỐ 05-TK/THA (Chủ động)" →2',
      'A2 title "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC" →11',
      'A3 subtitle "Biểu chủ động · Dùng cho cơ quan Thi hành án dân sự" →11',
      'A4 pageTitle "Trang 1: các chỉ tiêu tổng hợp" →11',
      'A5 fieldLabel "Kỳ báo cáo:" →2',
      'C5 field "Quý I/2027" TK05CD.P1.hdr.ky_bao_cao →11',
      'A6 fieldLabel "Đơn vị báo cáo:" →2',
      'C6 field "" TK05CD.P1.hdr.don_vi_bao_cao →11',
      'A7 fieldLabel "Đơn vị nhận báo cáo:" →2',
      'C7 field "" TK05CD.P1.hdr.don_vi_nhan →11',
      'A8 fieldLabel "Ngày nhận báo cáo (do đơn vị nhận báo cáo ghi):" →2',
      'C8 field "" TK05CD.P1.hdr.ngay_nhan →11',
    ]);
  });

  it("page 1 of 06 in the officer's edition, with its unit row", () => {
    expect(lines(sheet(cd06(), "06-CD Trang 1"), (c) => c.row < 5 || c.row === 9)).toEqual([
      'A1 formNumber "BIỂU MẪU SỐ 06-TK/THA (Chủ động)" →2',
      'A2 title "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG GIÁ TRỊ" →5',
      'A3 subtitle "Biểu chủ động · Dùng cho Chấp hành viên" →5',
      'A4 pageTitle "Trang 1: các chỉ tiêu tổng hợp về giá trị" →5',
      'A9 unit "Đơn vị tính: nghìn đồng" →5',
    ]);
  });

  it("a later page links its fields to page 1's, blank while they are blank", () => {
    expect(lines(sheet(cd06(), "06-CD Trang 2"), (c) => c.row >= 4 && c.row < 10)).toEqual([
      'A4 pageTitle "Trang 2: phân tích lý do khác, hoãn, tạm đình chỉ, tạm ngừng về giá trị" →5',
      'A5 fieldLabel "Kỳ báo cáo:" →2',
      `C5 fieldLink =IF('06-CD Trang 1'!C5="","",'06-CD Trang 1'!C5) TK06CD.P1.hdr.ky_bao_cao →5`,
      'A6 fieldLabel "Đơn vị báo cáo:" →2',
      `C6 fieldLink =IF('06-CD Trang 1'!C6="","",'06-CD Trang 1'!C6) TK06CD.P1.hdr.don_vi_bao_cao →5`,
      'A7 fieldLabel "Đơn vị nhận báo cáo:" →2',
      `C7 fieldLink =IF('06-CD Trang 1'!C7="","",'06-CD Trang 1'!C7) TK06CD.P1.hdr.don_vi_nhan →5`,
      'A8 fieldLabel "Ngày nhận báo cáo (do đơn vị nhận báo cáo ghi):" →2',
      `C8 fieldLink =IF('06-CD Trang 1'!C8="","",'06-CD Trang 1'!C8) TK06CD.P1.hdr.ngay_nhan →5`,
      'A9 unit "Đơn vị tính: nghìn đồng" →5',
    ]);
    expect(linkFormula({ sheet: "Anh's", row: 3, col: 28 })).toBe(
      `=IF('Anh''s'!AB3="","",'Anh''s'!AB3)`
    );
  });
});

describe("the footer of a page", () => {
  it("the preparer at the left, the head of office at the right, four rows below their labels", () => {
    const footer = (c: LayoutCell) =>
      c.role === "footerLabel" || /nguoi_lap|truong/.test(c.name ?? "");
    expect(lines(sheet(cd06(), "06-CD Trang 1"), footer)).toEqual([
      'A29 footerLabel "Người lập biểu (ký, ghi rõ họ tên)" →2',
      'A33 field "Nguyễn Văn A" TK06CD.P1.hdr.nguoi_lap_bieu →2',
      'C29 footerLabel "Trưởng thi hành án dân sự (kiểm tra, ký, đóng dấu)" →5',
      'C33 field "Trần Văn B" TK06CD.P1.hdr.truong_thads →5',
    ]);
    expect(lines(sheet(cd06(), "06-CD Trang 2"), footer)).toEqual([
      'A29 footerLabel "Người lập biểu (ký, ghi rõ họ tên)" →2',
      `A33 fieldLink =IF('06-CD Trang 1'!A33="","",'06-CD Trang 1'!A33) TK06CD.P1.hdr.nguoi_lap_bieu →2`,
      'C29 footerLabel "Trưởng thi hành án dân sự (kiểm tra, ký, đóng dấu)" →5',
      `C33 fieldLink =IF('06-CD Trang 1'!C33="","",'06-CD Trang 1'!C33) TK06CD.P1.hdr.truong_thads →5`,
    ]);
    expect(lines(sheet(cd05(), "05-CD Trang 1"), footer)).toEqual([
      'A32 footerLabel "Người lập biểu (ký, ghi rõ họ tên)" →2',
      'A36 field "" TK05CD.P1.hdr.nguoi_lap_bieu →2',
      'H32 footerLabel "Trưởng thi hành án dân sự (kiểm tra, ký, đóng dấu)" →11',
      'H36 field "" TK05CD.P1.hdr.truong_thads →11',
    ]);
  });
});

describe("the table", () => {
  it("05 page 1: row numbers, labels, totals and formulas in the first two number columns", () => {
    const s = sheet(cd05(), "05-CD Trang 1");
    expect(lines(s, (c) => c.row >= 10 && c.row <= 17 && c.col <= 4)).toEqual([
      'A10 colHeader "STT"',
      'B10 colHeader "Chỉ tiêu"',
      'C10 colHeader "Tổng số"',
      'D10 colHeader "Dân sự trong hình sự"',
      'A11 rowNo "1" emphasis',
      'B11 rowLabel "Tổng số thụ lý" emphasis',
      "C11 formula =SUM(C12:C13) TK05CD.P1.thu_ly.tong #,##0 emphasis",
      "D11 formula =SUM(D12:D13) TK05CD.P1.thu_ly.dshs #,##0 emphasis",
      'A12 rowNo "1.1"',
      'B12 rowLabel "Số năm trước chuyển sang"',
      "C12 formula =SUM(D12:K12) TK05CD.P1.nam_truoc.tong #,##0",
      "D12 input TK05CD.P1.nam_truoc.dshs #,##0",
      'A13 rowNo "1.2"',
      'B13 rowLabel "Số thụ lý mới"',
      "C13 formula =SUM(D13:K13) TK05CD.P1.thu_ly_moi.tong #,##0",
      "D13 input TK05CD.P1.thu_ly_moi.dshs #,##0",
      'A14 rowNo "2" emphasis',
      'B14 rowLabel "Số ủy thác" emphasis',
      "C14 formula =SUM(D14:K14) TK05CD.P1.uy_thac.tong #,##0 emphasis",
      "D14 input TK05CD.P1.uy_thac.dshs #,##0 emphasis",
      'A15 rowNo "3" emphasis',
      'B15 rowLabel "Tổng số phải thi hành" emphasis',
      "C15 formula =C11-C14 TK05CD.P1.phai_thi_hanh.tong #,##0 emphasis",
      "D15 formula =D11-D14 TK05CD.P1.phai_thi_hanh.dshs #,##0 emphasis",
      'A16 rowNo "4" emphasis',
      'B16 rowLabel "Số có điều kiện thi hành" emphasis',
      "C16 formula =SUM(C17,C21) TK05CD.P1.co_dieu_kien.tong #,##0 emphasis",
      "D16 formula =SUM(D17,D21) TK05CD.P1.co_dieu_kien.dshs #,##0 emphasis",
      'A17 rowNo "4.1" emphasis',
      'B17 rowLabel "Số thi hành xong" emphasis',
      "C17 formula =SUM(C18:C20) TK05CD.P1.thi_hanh_xong.tong #,##0 emphasis",
      "D17 formula =SUM(D18:D20) TK05CD.P1.thi_hanh_xong.dshs #,##0 emphasis",
    ]);
    expect(lines(s, (c) => c.row >= 29 && c.row <= 30 && c.col >= 10)).toEqual([
      'J29 ratio =IF(J15=0,"",J16/J15*100) TK05CD.P1.ty_le_co_dieu_kien.ps 0.00',
      'K29 ratio =IF(K15=0,"",K16/K15*100) TK05CD.P1.ty_le_co_dieu_kien.khac 0.00',
      'J30 ratio =IF(J16=0,"",J17/J16*100) TK05CD.P1.ty_le_xong.ps 0.00',
      'K30 ratio =IF(K16=0,"",K17/K16*100) TK05CD.P1.ty_le_xong.khac 0.00',
    ]);
    expect(lines(s, (c) => c.row === 11 && c.col >= 10)).toEqual([
      "J11 formula =SUM(J12:J13) TK05CD.P1.thu_ly.ps #,##0 emphasis",
      "K11 formula =SUM(K12:K13) TK05CD.P1.thu_ly.khac #,##0 emphasis",
    ]);
  });

  it("05 page 3: a second block gets a blank row, its title and its own head", () => {
    const s = sheet(cd05(), "05-CD Trang 3");
    expect(lines(s, (c) => c.row >= 15 && c.row <= 20 && (c.col <= 4 || c.col === 11))).toEqual([
      'A15 rowNo "D2"',
      'B15 rowLabel "Xong do miễn nghĩa vụ thi hành án"',
      "C15 formula =SUM(D15:K15) TK05CD.P3.xong_mien.tong #,##0",
      "D15 input TK05CD.P3.xong_mien.dshs #,##0",
      "K15 input TK05CD.P3.xong_mien.khac #,##0",
      'A17 blockTitle "E. Đình chỉ thi hành án" →11',
      'A18 colHeader "STT"',
      'B18 colHeader "Chỉ tiêu"',
      'C18 colHeader "Số lượng"',
      'D18 colHeader "Đình chỉ đúng"',
      'A19 rowNo "E" emphasis',
      'B19 rowLabel "Đình chỉ thi hành án" emphasis',
      "C19 formula =SUM(C20:C27) TK05CD.P3.dinh_chi.so_luong #,##0 emphasis",
      "D19 formula =SUM(D20:D27) TK05CD.P3.dinh_chi.dung #,##0 emphasis",
      'A20 rowNo "E1"',
      'B20 rowLabel "Đình chỉ theo khoản 1, Điều 28 (người phải thi hành án chết không để lại di sản hoặc nghĩa vụ thi hành án không được chuyển giao cho người thừa kế)"',
      "C20 formula =SUM(D20:E20) TK05CD.P3.dinh_chi_k1.so_luong #,##0",
      "D20 input TK05CD.P3.dinh_chi_k1.dung #,##0",
    ]);
    expect(s.cells.some((c) => c.row === 16)).toBe(false);
    expect(s.cells.filter((c) => c.row === 20).map((c) => a1(c.row, c.col))).toEqual([
      "A20",
      "B20",
      "C20",
      "D20",
      "E20",
    ]);
  });

  it("05 page 2: sums of rows apart and of runs together", () => {
    expect(
      lines(sheet(cd05(), "05-CD Trang 2"), (c) => [11, 23].includes(c.row) && c.col === 3)
    ).toEqual([
      "C11 formula =SUM(C12:C13,C18) TK05CD.P2.tam_dinh_chi.tong #,##0 emphasis",
      "C23 formula =SUM(C24,C29,C33) TK05CD.P2.hoan.tong #,##0 emphasis",
    ]);
  });

  it("cells that must stay empty, in 06", () => {
    expect(lines(sheet(cd06(), "06-CD Trang 1"), (c) => c.role === "empty")).toEqual([
      "E18 empty TK06CD.P1.mien_giam.tai_san #,##0.000",
    ]);
    expect(lines(sheet(cd06(), "06-CD Trang 2"), (c) => c.role === "empty")).toEqual([
      "D14 empty TK06CD.P2.ts_chua_xu_ly.tien #,##0.000",
    ]);
    expect(lines(sheet(cd06(), "06-CD Trang 1"), (c) => c.row === 18 && c.col >= 3)).toEqual([
      "C18 formula =SUM(D18) TK06CD.P1.mien_giam.tong #,##0.000",
      "D18 input TK06CD.P1.mien_giam.tien #,##0.000",
      "E18 empty TK06CD.P1.mien_giam.tai_san #,##0.000",
    ]);
  });

  it("a TH beside its CD and TD sums them at every input position; its totals stay its own", () => {
    expect(
      lines(sheet(all05(), "05-TH Trang 1"), (c) => c.row === 12 && c.col >= 3 && c.col <= 5)
    ).toEqual([
      "C12 formula =SUM(D12:K12) TK05TH.P1.nam_truoc.tong #,##0",
      "D12 formula =SUM('05-CD Trang 1'!D12,'05-TD Trang 1'!D12) TK05TH.P1.nam_truoc.dshs #,##0",
      "E12 formula =SUM('05-CD Trang 1'!E12,'05-TD Trang 1'!E12) TK05TH.P1.nam_truoc.ds #,##0",
    ]);
  });

  it("a TH added beside a CD and a TD already in the workbook refers to their cells", () => {
    const existing = (name: string) =>
      name.startsWith("TK05CD.P1.nam_truoc")
        ? { sheet: "Anh's", row: 100, col: 4 }
        : name.startsWith("TK05TD")
          ? { sheet: "TD", row: 7, col: 9 }
          : undefined;
    const th = planWorkbook(
      { forms: [formInstance("05", "TH")], existingForms: ["TK05CD", "TK05TD"] },
      existing
    );
    expect(th.sheets.map((s) => s.sheetName)).toEqual([
      "05-TH Trang 1",
      "05-TH Trang 2",
      "05-TH Trang 3",
    ]);
    expect(lines(th.sheets[0], (c) => c.row === 12 && c.col === 4)).toEqual([
      "D12 formula =SUM('Anh''s'!D100,'TD'!I7) TK05TH.P1.nam_truoc.dshs #,##0",
    ]);
    // No position for the CD partner: no formula rather than a broken one.
    expect(lines(th.sheets[0], (c) => c.row === 13 && c.col === 4)).toEqual([
      "D13 formula TK05TH.P1.thu_ly_moi.dshs #,##0",
    ]);
    expect(th.meta.rows.slice(0, 4)).toEqual([
      ["standard", "THADS-TK-05-06"],
      ["version", "2009.2"],
      ["forms", "TK05CD,TK05TD,TK05TH"],
      ["linked", "05"],
    ]);
    expect(th.names.filter((n) => n.name.startsWith("TK05CD"))).toEqual([]);
  });

  it("a TH whose CD and TD are not all present keeps its own inputs", () => {
    const th = plan(["TK05TH"], { existingForms: ["TK05CD"] });
    expect(lines(th.sheets[0], (c) => c.row === 12 && c.col === 4)).toEqual([
      "D12 input TK05TH.P1.nam_truoc.dshs #,##0",
    ]);
    expect(th.meta.rows[3]).toEqual(["linked", ""]);
    // A CD and TD planned beside a TH already in the workbook do not turn it into a linked one.
    const cdtd = plan(["TK05CD", "TK05TD"], { existingForms: ["TK05TH"] });
    expect(cdtd.model.forms.map((f) => [f.form.id, f.linked])).toEqual([
      ["TK05TH", false],
      ["TK05CD", false],
      ["TK05TD", false],
    ]);
    expect(cdtd.sheets.map((s) => s.sheetName)).toEqual([
      "05-CD Trang 1",
      "05-CD Trang 2",
      "05-CD Trang 3",
      "05-TD Trang 1",
      "05-TD Trang 2",
      "05-TD Trang 3",
    ]);
  });
});

describe("the sheet", () => {
  it("column widths, frozen panes, last row and column, print and protection plans", () => {
    const summary = (s: SheetPlan) => [
      s.sheetName,
      s.formId,
      s.page,
      s.columnWidths,
      s.freeze,
      s.lastCol,
      s.lastRow,
    ];
    expect(cd05().sheets.map(summary)).toEqual([
      [
        "05-CD Trang 1",
        "TK05CD",
        "P1",
        [7, 58, 12, 12, 12, 12, 12, 12, 12, 12, 12],
        { rows: 10, cols: 2 },
        11,
        36,
      ],
      [
        "05-CD Trang 2",
        "TK05CD",
        "P2",
        [7, 58, 12, 12, 12, 12, 12, 12, 12, 12, 12],
        { rows: 10, cols: 2 },
        11,
        47,
      ],
      [
        "05-CD Trang 3",
        "TK05CD",
        "P3",
        [7, 58, 12, 12, 12, 12, 12, 12, 12, 12, 12],
        { rows: 10, cols: 2 },
        11,
        33,
      ],
    ]);
    expect(summary(cd06().sheets[0])).toEqual([
      "06-CD Trang 1",
      "TK06CD",
      "P1",
      [7, 58, 16, 16, 16],
      { rows: 10, cols: 2 },
      5,
      33,
    ]);
    expect(cd06().sheets[1].print).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitWide: 1,
      fitTall: 1,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
      centerHorizontally: true,
      footer: { left: "thads-forms", right: "Trang &P/&N" },
      titleRows: [10, 10],
    });
    expect(cd06().sheets[1].protection).toEqual({
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      formatCells: false,
      insertRows: false,
      deleteRows: false,
    });
  });

  it("row heights: long labels on as many lines as they need, the head row on two", () => {
    expect(cd05().sheets.map((s) => [...rowHeights(s)])).toEqual([
      [[10, 32]],
      [
        [31, 30],
        [32, 30],
        [35, 30],
        [36, 30],
        [10, 32],
      ],
      [
        [20, 45],
        [21, 45],
        [22, 45],
        [23, 45],
        [24, 30],
        [25, 30],
        [26, 30],
        [27, 30],
        [10, 32],
      ],
    ]);
    expect([...rowHeights(cd06().sheets[0])]).toEqual([
      [26, 30],
      [27, 30],
      [10, 32],
    ]);
  });
});

describe("names and the meta sheet", () => {
  it("one name per number cell and page 1 field, none on a later page's linked field", () => {
    expect(cd06().names.length).toBe(108);
    expect(cd06().names.slice(0, 7)).toEqual([
      { name: "TK06CD.P1.hdr.ky_bao_cao", sheet: "06-CD Trang 1", row: 5, col: 3 },
      { name: "TK06CD.P1.hdr.don_vi_bao_cao", sheet: "06-CD Trang 1", row: 6, col: 3 },
      { name: "TK06CD.P1.hdr.don_vi_nhan", sheet: "06-CD Trang 1", row: 7, col: 3 },
      { name: "TK06CD.P1.hdr.ngay_nhan", sheet: "06-CD Trang 1", row: 8, col: 3 },
      { name: "TK06CD.P1.thu_ly.tong", sheet: "06-CD Trang 1", row: 11, col: 3 },
      { name: "TK06CD.P1.thu_ly.tien", sheet: "06-CD Trang 1", row: 11, col: 4 },
      { name: "TK06CD.P1.thu_ly.tai_san", sheet: "06-CD Trang 1", row: 11, col: 5 },
    ]);
    expect(
      cd06()
        .names.filter((n) => n.name.includes(".hdr."))
        .map((n) => `${n.sheet}!${a1(n.row, n.col)}`)
    ).toEqual([
      "06-CD Trang 1!C5",
      "06-CD Trang 1!C6",
      "06-CD Trang 1!C7",
      "06-CD Trang 1!C8",
      "06-CD Trang 1!A33",
      "06-CD Trang 1!C33",
    ]);
    expect(cd06().meta.names).toEqual([
      { name: "THADS.standard", sheet: "THADS_META", row: 1, col: 2 },
      { name: "THADS.version", sheet: "THADS_META", row: 2, col: 2 },
      { name: "THADS.forms", sheet: "THADS_META", row: 3, col: 2 },
    ]);
    expect(cd06().meta.rows.find(([key]) => key === "edition")).toEqual(["edition", "officer"]);
    expect(cd05().meta.rows.find(([key]) => key === "edition")).toEqual(["edition", "office"]);
  });

  it("resolves every planned name, and none it does not know", () => {
    expect(cd05().resolve("TK05CD.P3.dinh_chi.dung")).toEqual({
      sheet: "05-CD Trang 3",
      row: 19,
      col: 4,
    });
    expect(cd05().resolve("TK05CD.P1.hdr.truong_thads")).toEqual({
      sheet: "05-CD Trang 1",
      row: 36,
      col: 8,
    });
    expect(cd05().resolve("TK05TD.P1.thu_ly.tong")).toBeUndefined();
  });

  it("new sheets avoid the workbook's sheet names in any case; the meta sheet keeps its own", () => {
    const p = plan(["TK05CD"], { existingSheets: ["05-cd trang 1", "thads_meta"] });
    expect(p.sheets.map((s) => s.sheetName)).toEqual([
      "05-CD Trang 1 (2)",
      "05-CD Trang 2",
      "05-CD Trang 3",
    ]);
    expect(p.meta.sheetName).toBe("THADS_META (2)");
    expect(plan(["TK05CD"], { existingSheets: ["THADS_META"] }).meta.sheetName).toBe("THADS_META");
  });

  it("sheet names: base names, forbidden characters, 31 characters with their number", () => {
    expect(sheetBaseName(formInstance("06", "TD"), "P3")).toBe("06-TD Trang 3");
    const taken = new Set<string>();
    expect(uniqueSheetName("a/b\\c?d*e[f]g:h", taken)).toBe("a-b-c-d-e-f-g-h");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, taken)).toBe("x".repeat(31));
    expect(uniqueSheetName(long, taken)).toBe(`${"x".repeat(27)} (2)`);
    expect(uniqueSheetName(long, taken)).toBe(`${"x".repeat(27)} (3)`);
    expect([...taken]).toEqual([
      "a-b-c-d-e-f-g-h",
      "x".repeat(31),
      `${"x".repeat(27)} (2)`,
      `${"x".repeat(27)} (3)`,
    ]);
  });
});
