// The wording of findings pinned word for word in both languages: the renderer and its locales, the labels of
// cells, rows and forms, numbers in each language's notation, the place of a finding, and the standard's note.
// Pure and fast: no workbook, only the model of the forms.
import {
  buildModel,
  cellLabel,
  findingPlace,
  formLabel,
  formShortLabel,
  formatNumber,
  formatPlace,
  placeOf,
  rowLabel,
  ruleTitle,
  standardNote,
  summarize,
  text,
  type Finding,
} from "../../src/core";
import { addMessages, render, renderBoth } from "../../src/core/render";

const model = buildModel(["TK05CD", "TK05TD", "TK05TH", "TK06TH"]);
const def = (name: string) => model.cells.get(name)!;

function finding(over: Partial<Finding>): Finding {
  return {
    rule: "05.P1.can_doi",
    severity: "error",
    form: "TK05TH",
    page: "P1",
    names: [],
    cells: [],
    left: null,
    right: null,
    difference: null,
    message: "",
    messageEn: "",
    ...over,
  };
}

describe("numbers in each language's notation", () => {
  it.each([
    [0, "0", "0"],
    [7, "7", "7"],
    [999, "999", "999"],
    [1000, "1.000", "1,000"],
    [1234.5, "1.234,5", "1,234.5"],
    [123456, "123.456", "123,456"],
    [1234567, "1.234.567", "1,234,567"],
    [12345678.25, "12.345.678,25", "12,345,678.25"],
    [-1234.5678, "-1.234,5678", "-1,234.5678"],
    [-2, "-2", "-2"],
    [0.0001, "0,0001", "0.0001"],
    [0.12345, "0,1235", "0.1235"],
    [2.5, "2,5", "2.5"],
    [0.10000001, "0,1", "0.1"],
    [-0.00001, "0", "0"],
    [999.99999, "1.000", "1,000"],
  ])("%p → «%s» (vi), «%s» (en)", (value, vi, en) => {
    expect(formatNumber(value, "vi")).toBe(vi);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it("Vietnamese by default; blanks and non-finite values worded", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(null)).toBe("(trống)");
    expect(formatNumber(undefined)).toBe("(trống)");
    expect(formatNumber(null, "en")).toBe("(blank)");
    expect(formatNumber(undefined, "en")).toBe("(blank)");
    expect(formatNumber(Infinity, "vi")).toBe("Infinity");
    expect(formatNumber(-Infinity, "en")).toBe("-Infinity");
    expect(formatNumber(NaN, "vi")).toBe("NaN");
  });
});

describe("labels of forms, cells and rows", () => {
  it("forms by family and variant, lower case inside a sentence", () => {
    expect(formLabel("05", "TH")).toEqual({ vi: "biểu 05 tổng hợp", en: "form 05 consolidated" });
    expect(formLabel("06", "CD")).toEqual({
      vi: "biểu 06 chủ động",
      en: "form 06 on own initiative",
    });
    expect(formLabel("05", "TD")).toEqual({ vi: "biểu 05 theo đơn", en: "form 05 on request" });
  });

  it("a cell by page, the row's STT and label, and its column", () => {
    expect(cellLabel(def("TK05TH.P1.nam_truoc.kt"))).toEqual({
      vi: "trang 1, 1.1 «Số năm trước chuyển sang», cột «Kinh tế»",
      en: "page 1, 1.1 “Carried over”, column “Economic”",
    });
    expect(cellLabel(def("TK06TH.P2.an_chua_ro.tien"))).toEqual({
      vi: "trang 2, H1 «Án tuyên chưa rõ», cột «Tiền»",
      en: "page 2, H1 “Unclear judgment”, column “Money”",
    });
  });

  it("a row by page and label", () => {
    expect(rowLabel(def("TK05TH.P2.hoan.ld"))).toEqual({
      vi: "trang 2 «Hoãn thi hành án»",
      en: "page 2 “Postponed”",
    });
  });

  it("text pairs the two languages", () => {
    expect(text("một", "one")).toEqual({ vi: "một", en: "one" });
  });
});

describe("the renderer: every code of the core in both languages", () => {
  const both = (code: string, params: Parameters<typeof render>[1]) => renderBoth(code, params);

  it("compare.equal: the rule, the form, the column, both sides and the difference", () => {
    expect(
      both("compare.equal", {
        rule: "05.P1.can_doi",
        form: "TK05TH",
        left: "TK05TH.P1.phai_thi_hanh.ds",
        right: ["TK05TH.P1.co_dieu_kien.ds", "TK05TH.P1.chua_co_dieu_kien.ds"],
        leftValue: 1234.5,
        rightValue: 1200,
        difference: 34.5,
      })
    ).toEqual({
      message:
        "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành (biểu 05 tổng hợp, cột «Dân sự»): trang 1 «Tổng số phải thi hành» = 1.234,5, trang 1 «Số có điều kiện thi hành» + trang 1 «Số chưa có điều kiện thi hành» = 1.200, chênh lệch 34,5.",
      messageEn:
        "Total to enforce must equal enforceable plus not yet enforceable (form 05 consolidated, column “Civil”): page 1 “Total to enforce” = 1,234.5, page 1 “Enforceable” + page 1 “Not yet enforceable” = 1,200, difference 34.5.",
    });
  });

  it("compare.readings: both readings the standard accepts", () => {
    expect(
      both("compare.readings", {
        rule: "06.P2.ly_do_khac",
        form: "TK06TH",
        left: "TK06TH.P1.ly_do_khac.tien",
        right: ["TK06TH.P2.ly_do_khac.tien"],
        leftValue: 10,
        rightValue: 7.25,
        difference: 2.75,
        altRight: ["TK06TH.P2.ly_do_khac.tien", "TK06TH.P2.tam_ngung.tien"],
        altRightValue: 12,
        altDifference: -2,
      })
    ).toEqual({
      message:
        "Số giá trị lý do khác ở trang 1 phải bằng tổng số lý do khác ở trang 2 (H), hoặc bằng H cộng tạm ngừng thi hành án (K) (biểu 06 tổng hợp, cột «Tiền»): trang 1 «Số giá trị lý do khác» = 10, cách hiểu thứ nhất: trang 2 «Tổng số lý do khác» = 7,25, chênh lệch 2,75; cách hiểu thứ hai: trang 2 «Tổng số lý do khác» + trang 2 «Tạm ngừng thi hành án (để giải quyết khiếu nại)» = 12, chênh lệch -2.",
      messageEn:
        "Value, other reasons on page 1 must equal page 2's total of other reasons (H), or H plus paused (K) (form 06 consolidated, column “Money”): page 1 “Value, other reasons” = 10, first reading: page 2 “Total, other reasons” = 7.25, difference 2.75; second reading: page 2 “Total, other reasons” + page 2 “Paused (to settle a complaint)” = 12, difference -2.",
    });
  });

  it("compare.zero: the cell that should hold nothing", () => {
    expect(
      both("compare.zero", {
        rule: "05.P1.tra_don_chu_dong",
        form: "TK05CD",
        left: "TK05CD.P1.tra_don.hngd",
        leftValue: 2,
      })
    ).toEqual({
      message:
        "Biểu chủ động không nên có việc trả đơn yêu cầu thi hành án (trả đơn thuộc việc theo đơn) (biểu 05 chủ động): trang 1 «Trả đơn yêu cầu thi hành án», cột «Hôn nhân, gia đình» = 2.",
      messageEn:
        "An on-own-initiative form should have no returned requests (those are on-request cases) (form 05 on own initiative): page 1 “Request returned”, column “Marriage, family” = 2.",
    });
  });

  it("compare.consolidation: TH against CĐ + TĐ", () => {
    expect(
      both("compare.consolidation", {
        family: "05",
        left: "TK05TH.P2.hoan.ld",
        leftValue: 10,
        rightValues: [3, 4.5],
        rightValue: 7.5,
        difference: 2.5,
      })
    ).toEqual({
      message:
        "Biểu 05 tổng hợp phải bằng chủ động cộng theo đơn: trang 2 «Hoãn thi hành án», cột «Lao động»: tổng hợp = 10, chủ động + theo đơn = 3 + 4,5 = 7,5, chênh lệch 2,5.",
      messageEn:
        "Form 05 consolidated must equal on-initiative plus on-request: page 2 “Postponed”, column “Labour”: consolidated = 10, sum = 3 + 4.5 = 7.5, difference 2.5.",
    });
  });

  const at = { name: "TK05TH.P1.nam_truoc.kt", ref: "'05-TH Trang 1'!G12" };
  const cellVi = "Ô '05-TH Trang 1'!G12 (trang 1, 1.1 «Số năm trước chuyển sang», cột «Kinh tế»)";
  const cellEn = "Cell '05-TH Trang 1'!G12 (page 1, 1.1 “Carried over”, column “Economic”)";

  it("the cell rules, each naming the cell by its reference and its place", () => {
    expect(both("cell.formula_typed", { ...at, formula: "=1+1" })).toEqual({
      message: `${cellVi} là ô nhập liệu nhưng chứa công thức =1+1; hãy nhập một số.`,
      messageEn: `${cellEn} is an input cell but holds the formula =1+1; type a number.`,
    });
    expect(both("cell.not_a_number", { ...at, shown: "abc" })).toEqual({
      message: `${cellVi} chứa «abc», không phải là số.`,
      messageEn: `${cellEn} holds “abc”, which is not a number.`,
    });
    expect(both("cell.negative", { ...at, value: -1234.5 })).toEqual({
      message: `${cellVi} chứa số âm -1.234,5; số liệu thống kê không được âm.`,
      messageEn: `${cellEn} holds the negative number -1,234.5; figures cannot be negative.`,
    });
    expect(both("cell.not_whole", { ...at, value: 2.5 })).toEqual({
      message: `${cellVi} chứa số lẻ 2,5; số việc phải là số nguyên.`,
      messageEn: `${cellEn} holds the fraction 2.5; cases are whole numbers.`,
    });
  });

  it("cell.formula_changed: with or without the formula's value, a formula or a typed value", () => {
    expect(
      both("cell.formula_changed", {
        ...at,
        expected: "=SUM(G12:G13)",
        derived: 1500,
        formula: "=1",
      })
    ).toEqual({
      message: `${cellVi} phải giữ công thức của biểu mẫu =SUM(G12:G13) (= 1.500) nhưng đang chứa công thức =1.`,
      messageEn: `${cellEn} must keep the template's formula =SUM(G12:G13) (= 1,500) but holds the formula =1.`,
    });
    expect(
      both("cell.formula_changed", { ...at, expected: "=G11-G14", derived: null, shown: "99" })
    ).toEqual({
      message: `${cellVi} phải giữ công thức của biểu mẫu =G11-G14 nhưng đang chứa giá trị gõ tay «99».`,
      messageEn: `${cellEn} must keep the template's formula =G11-G14 but holds the typed value “99”.`,
    });
  });

  it("cell.must_be_empty: a formula, a number in the language's notation, or text as shown", () => {
    expect(both("cell.must_be_empty", { ...at, formula: "=A1" })).toEqual({
      message: `${cellVi} không phải ô nhập liệu và phải để trống, nhưng đang chứa «=A1».`,
      messageEn: `${cellEn} is not an input and must stay empty, but holds “=A1”.`,
    });
    expect(both("cell.must_be_empty", { ...at, value: 1234.5 })).toEqual({
      message: `${cellVi} không phải ô nhập liệu và phải để trống, nhưng đang chứa «1.234,5».`,
      messageEn: `${cellEn} is not an input and must stay empty, but holds “1,234.5”.`,
    });
    expect(both("cell.must_be_empty", { ...at, shown: "x" })).toEqual({
      message: `${cellVi} không phải ô nhập liệu và phải để trống, nhưng đang chứa «x».`,
      messageEn: `${cellEn} is not an input and must stay empty, but holds “x”.`,
    });
  });

  it("the page-level findings", () => {
    const page = { form: "TK05TD", page: "2", count: 3, list: "A, B, C" };
    expect(both("form.page_missing", page)).toEqual({
      message:
        "Thiếu trang 2 của biểu 05 theo đơn: không tìm thấy tên dữ liệu nào của trang (trang bị xóa hoặc tên bị xóa).",
      messageEn:
        "Page 2 of form 05 on request is missing: none of its data point names was found (sheet or names deleted).",
    });
    expect(both("form.names_missing", page)).toEqual({
      message:
        "Trang 2 của biểu 05 theo đơn thiếu 3 tên dữ liệu (hàng bị xóa hoặc tên bị xóa): A, B, C.",
      messageEn:
        "Page 2 of form 05 on request lacks 3 data point names (rows or names deleted): A, B, C.",
    });
    expect(both("form.formulas_cleared", page)).toEqual({
      message:
        "Trang 2 của biểu 05 theo đơn có 3 ô công thức bị xóa trắng: A, B, C. Hãy thêm lại biểu mẫu hoặc hoàn tác (Ctrl+Z).",
      messageEn:
        "Page 2 of form 05 on request has 3 formula cells cleared: A, B, C. Add the template again or undo (Ctrl+Z).",
    });
    expect(both("form.incomplete", page)).toEqual({
      message:
        "Trang 2 của biểu 05 theo đơn còn 3 ô nhập liệu để trống (được tính là 0; cần nhập đủ, kể cả số 0, trước khi ký duyệt).",
      messageEn:
        "Page 2 of form 05 on request has 3 blank input cells (counted as 0; fill them, zeros included, before sign-off).",
    });
  });

  it("names, forms, rules and numbers it cannot word are quoted as they are", () => {
    expect(
      both("compare.equal", {
        rule: "no.such.rule",
        form: "XX99",
        left: "XX99.P1.a.b",
        leftValue: "n/a",
        rightValue: null,
        difference: undefined,
      })
    ).toEqual({
      message:
        "no.such.rule (XX99, cột «XX99.P1.a.b»): XX99.P1.a.b = (trống),  = (trống), chênh lệch (trống).",
      messageEn:
        "no.such.rule (XX99, column “XX99.P1.a.b”): XX99.P1.a.b = (blank),  = (blank), difference (blank).",
    });
    expect(render("compare.zero", { rule: 5, form: 7, left: "TK05TH.P9.x.y" }, "vi")).toBe(
      "5 (7): TK05TH.P9.x.y, cột «TK05TH.P9.x.y» = (trống)."
    );
    expect(render("compare.readings", { rule: "r", form: "f", left: "l" }, "en")).toBe(
      "r (f, column “l”): l = (blank), first reading:  = (blank), difference (blank); second reading:  = (blank), difference (blank)."
    );
    expect(render("cell.must_be_empty", { ref: "A1", name: "nowhere", value: "7" }, "vi")).toBe(
      "Ô A1 (nowhere) không phải ô nhập liệu và phải để trống, nhưng đang chứa «undefined»."
    );
  });

  it("an unknown code is named with its parameters, never dropped", () => {
    expect(render("no.such.code", { a: 1, b: "x" }, "vi")).toBe('no.such.code {"a":1,"b":"x"}');
    expect(render("no.such.code", {}, "en")).toBe("no.such.code {}");
  });

  it("a workflow adds its codes in both languages", () => {
    addMessages({
      vi: { "test.added": (w) => `Thêm ${w.n(w.p.x)} ở ${w.cell(w.p.name)}` },
      en: { "test.added": (w) => `Added ${w.n(w.p.x)} at ${w.cell(w.p.name)}` },
    });
    expect(renderBoth("test.added", { x: 1000.5, name: "TK05TH.P2.hoan.ld" })).toEqual({
      message: "Thêm 1.000,5 ở trang 2, B «Hoãn thi hành án», cột «Lao động»",
      messageEn: "Added 1,000.5 at page 2, B “Postponed”, column “Labour”",
    });
  });
});

describe("the place of a finding", () => {
  it("a cell's place in both languages, with and without the form", () => {
    const place = placeOf("TK06TH.P2.an_chua_ro.tien", model)!;
    expect(place).toEqual({
      form: "TK06TH",
      formLabel: { vi: "06 tổng hợp", en: "06 consolidated" },
      page: "2",
      row: { no: "H1", label: { vi: "Án tuyên chưa rõ", en: "Unclear judgment" } },
      column: { vi: "Tiền", en: "Money" },
    });
    expect(formatPlace(place, "vi")).toBe("Trang 2 · dòng H1 «Án tuyên chưa rõ» · cột «Tiền»");
    expect(formatPlace(place, "en", true)).toBe(
      "Form 06 consolidated · Page 2 · row H1 “Unclear judgment” · column “Money”"
    );
    expect(formatPlace(place, "vi", true)).toBe(
      "Biểu 06 tổng hợp · Trang 2 · dòng H1 «Án tuyên chưa rõ» · cột «Tiền»"
    );
    expect(placeOf("TK05XX.P1.a.b", model)).toBeUndefined();
  });

  it("a finding's place: its first cell, its page for page-wide rules, nothing without a page", () => {
    const cell = finding({ names: ["TK05CD.P1.tra_don.hngd"], form: "TK05CD" });
    expect(formatPlace(findingPlace(cell, model)!, "en", true)).toBe(
      "Form 05 on own initiative · Page 1 · row 5.3 “Request returned” · column “Marriage, family”"
    );
    for (const rule of ["form.incomplete", "form.damaged"]) {
      const wide = finding({ rule, form: "TK05TD", page: "P3", names: ["TK05TD.P3.dinh_chi.sai"] });
      expect(findingPlace(wide, model)).toEqual({
        form: "TK05TD",
        formLabel: { vi: "05 theo đơn", en: "05 on request" },
        page: "3",
      });
      expect(formatPlace(findingPlace(wide, model)!, "en")).toBe("Page 3");
    }
    // A name outside the model (a header field): the page it is on.
    const header = finding({
      rule: "header.incomplete",
      page: "P1",
      names: ["TK05TH.P1.hdr.ky_bao_cao"],
    });
    expect(findingPlace(header, model)).toEqual({
      form: "TK05TH",
      formLabel: { vi: "05 tổng hợp", en: "05 consolidated" },
      page: "1",
    });
    const pageless: Finding = { ...header };
    delete pageless.page;
    expect(findingPlace(pageless, model)).toBeUndefined();
  });

  it("short form labels; an id it does not know stays as it is", () => {
    expect(formShortLabel("TK05CD")).toEqual({ vi: "05 chủ động", en: "05 on own initiative" });
    expect(formShortLabel("TK99ZZ")).toEqual({ vi: "TK99ZZ", en: "TK99ZZ" });
  });

  it("rule titles: the form rule's title, its description, the general rules' descriptions", () => {
    expect(ruleTitle("05.P2.hoan")).toEqual({
      vi: "Hoãn thi hành án lệch trang 1",
      en: "Postponed differs from page 1",
    });
    expect(ruleTitle("cell.overflow")).toEqual({
      vi: "Một tổng vượt quá giới hạn số của Excel (các số nhập vào quá lớn; Excel hiện #NUM!)",
      en: "A total exceeds Excel's number range (the figures typed are too large; Excel shows #NUM!)",
    });
    expect(ruleTitle("TH.sum")).toEqual({
      vi: "Tổng hợp khác chủ động + theo đơn",
      en: "Consolidated differs from the two forms",
    });
    expect(ruleTitle("header.incomplete")).toEqual({
      vi: "Phần chung còn trống Kỳ báo cáo, Đơn vị báo cáo, Đơn vị nhận báo cáo hoặc Người lập biểu",
      en: "The header lacks the reporting period, reporting unit, receiving unit or preparer",
    });
    expect(ruleTitle("no.such_rule")).toEqual({ vi: "no.such_rule", en: "no.such_rule" });
  });
});

describe("the result's order and counts", () => {
  it("errors first, each severity in the order found; counts of each", () => {
    const w1 = finding({ rule: "w1", severity: "warning" });
    const e1 = finding({ rule: "e1" });
    const w2 = finding({ rule: "w2", severity: "warning" });
    const e2 = finding({ rule: "e2" });
    const result = summarize(["TK05TH"], [w1, e1, w2, e2]);
    expect(result.findings.map((f) => f.rule)).toEqual(["e1", "e2", "w1", "w2"]);
    expect(result).toMatchObject({ forms: ["TK05TH"], errors: 2, warnings: 2 });
    expect(summarize([], [w2, w1]).findings.map((f) => f.rule)).toEqual(["w2", "w1"]);
    expect(summarize([], [e2, e1])).toMatchObject({ errors: 2, warnings: 0 });
    expect(summarize([], [])).toEqual({ forms: [], findings: [], errors: 0, warnings: 0 });
  });
});

describe("the note on the standard a workbook was made with", () => {
  it("the current version, an older one, an unknown one", () => {
    expect(standardNote({ version: "2009.2", number: 2, current: true })).toEqual({
      vi: "Lập theo chuẩn phiên bản 2 (2009.2)",
      en: "Made with version 2 of the standard (2009.2)",
    });
    expect(standardNote({ version: "2009.1", number: 1, current: false })).toEqual({
      vi: "Lập theo chuẩn phiên bản 1 (2009.1), kiểm tra theo bố cục của phiên bản đó (hiện hành: 2)",
      en: "Made with version 1 of the standard (2009.1), checked as that version laid it out (current: 2)",
    });
    expect(
      standardNote({ version: "2009.2", number: 2, current: true, unknownRecorded: "2031.7" })
    ).toEqual({
      vi: "Sổ tính ghi chuẩn «2031.7» không rõ; kiểm tra theo phiên bản hiện hành 2 (2009.2)",
      en: "The workbook records an unknown standard “2031.7”; checked as the current version 2 (2009.2)",
    });
  });
});
