// The review sheet and its printed form on a small hand-made report, exactly: every rule with its outcome,
// title, statement and place; rules found elsewhere given a row; blank inputs per page and header fields; and
// the printed sheet line by line, with and without a sign-off.
import type { CheckResult, Finding } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { reviewSheet } from "../../src/core/signoff/review";
import { reviewSheetPlan } from "../../src/core/signoff/print";
import type { SignoffStatus } from "../../src/core/signoff/verify";

const at = (row: number) => ({ sheet: "S", row, col: 3 });
const snapshot: WorkbookSnapshot = {
  cells: {
    "TK05CD.P1.tra_don.ds": { address: at(1), value: 2 },
    "TK05CD.P1.tra_don.hngd": { address: at(2), value: null },
    "TK05CD.P1.tra_don.kt": { address: at(3), formula: "=1", value: null },
    "TK05CD.P1.hdr.ky_bao_cao": { address: at(4), value: "3 tháng/năm 2027" },
  },
};
const finding = (
  rule: string,
  severity: "error" | "warning",
  form: string,
  names: string[],
  cells: string[],
  extra: Partial<Finding> = {}
): Finding => ({
  rule,
  severity,
  form,
  names,
  cells,
  left: 2,
  right: 0,
  difference: 2,
  message: `m ${rule}`,
  messageEn: `e ${rule}`,
  ...extra,
});
const DS = "TK05CD.P1.tra_don.ds";
const FOUR = ["'S'!C1", "'S'!C2", "'S'!C3", "'S'!C4"];
const result: CheckResult = {
  forms: ["TK05CD"],
  errors: 2,
  warnings: 2,
  findings: [
    finding("cell.negative", "error", "TK05CD", [DS], FOUR),
    finding("05.P1.tra_don_chu_dong", "warning", "TK05CD", [DS], ["'S'!C1", "'S'!C2", "'S'!C3"]),
    finding("signoff.changed", "error", "TK05CD", ["TK05CD.P1.hdr.ky_bao_cao"], ["'S'!C4"], {
      left: null,
      right: null,
      before: "3 tháng/năm 2026",
      after: "3 tháng/năm 2027",
    }),
    finding("x.y", "warning", "", [], [], { left: null, right: null }),
  ],
};
const review = reviewSheet(snapshot, result);
const PLACE = "Trang 1 · dòng 5.3 «Trả đơn yêu cầu thi hành án» · cột «Dân sự»";

describe("reviewSheet", () => {
  it("lists the form's rules, then the general ones, then rules found elsewhere, each with its outcome", () => {
    expect(
      review.rows.map((r) => [
        r.rule,
        r.form,
        r.formLabel.vi,
        r.severity,
        r.title.vi,
        r.statement.vi,
        r.outcome,
        r.findings.length,
        r.where.map((w) => w.vi),
      ])
    ).toEqual([
      [
        "05.P1.can_doi",
        "TK05CD",
        "05 chủ động",
        "error",
        "Trang 1 không cân đối",
        "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành",
        "pass",
        0,
        [],
      ],
      [
        "05.P1.tra_don_chu_dong",
        "TK05CD",
        "05 chủ động",
        "warning",
        "Biểu chủ động có trả đơn",
        "Biểu chủ động không nên có việc trả đơn yêu cầu thi hành án (trả đơn thuộc việc theo đơn)",
        "warning",
        1,
        [PLACE],
      ],
      [
        "05.P2.tam_dinh_chi",
        "TK05CD",
        "05 chủ động",
        "error",
        "Tạm đình chỉ lệch trang 1",
        "Tạm đình chỉ ở trang 2 luôn luôn bằng tạm đình chỉ ở trang 1",
        "pass",
        0,
        [],
      ],
      [
        "05.P2.hoan",
        "TK05CD",
        "05 chủ động",
        "error",
        "Hoãn thi hành án lệch trang 1",
        "Hoãn thi hành án ở trang 2 luôn luôn bằng hoãn thi hành án ở trang 1",
        "pass",
        0,
        [],
      ],
      [
        "05.P2.ly_do_khac",
        "TK05CD",
        "05 chủ động",
        "error",
        "Lý do khác lệch trang 1",
        "Lý do khác ở trang 2 luôn luôn bằng lý do khác ở trang 1",
        "pass",
        0,
        [],
      ],
      [
        "05.P3.xong_hoan_toan",
        "TK05CD",
        "05 chủ động",
        "error",
        "Xong hoàn toàn lệch trang 1",
        "Số việc thi hành xong hoàn toàn ở trang 3 phải bằng xong hoàn toàn ở trang 1",
        "pass",
        0,
        [],
      ],
      [
        "05.P3.dinh_chi",
        "TK05CD",
        "05 chủ động",
        "error",
        "Đình chỉ lệch trang 1",
        "Số lượng đình chỉ ở trang 3 phải bằng tổng số đình chỉ thi hành án ở trang 1",
        "pass",
        0,
        [],
      ],
      [
        "cell.not_a_number",
        "",
        "",
        "error",
        "Ô không phải là số",
        "Không có «Ô không phải là số»",
        "pass",
        0,
        [],
      ],
      ["cell.negative", "", "", "error", "Số âm", "Không có «Số âm»", "fail", 1, [PLACE]],
      [
        "cell.not_whole",
        "",
        "",
        "error",
        "Số việc không nguyên",
        "Không có «Số việc không nguyên»",
        "pass",
        0,
        [],
      ],
      [
        "cell.formula_typed",
        "",
        "",
        "error",
        "Công thức trong ô nhập liệu",
        "Không có «Công thức trong ô nhập liệu»",
        "pass",
        0,
        [],
      ],
      [
        "cell.formula_changed",
        "",
        "",
        "error",
        "Ô công thức bị sửa",
        "Không có «Ô công thức bị sửa»",
        "pass",
        0,
        [],
      ],
      [
        "cell.must_be_empty",
        "",
        "",
        "error",
        "Ô phải để trống",
        "Không có «Ô phải để trống»",
        "pass",
        0,
        [],
      ],
      [
        "form.incomplete",
        "",
        "",
        "warning",
        "Còn ô để trống",
        "Không có «Còn ô để trống»",
        "pass",
        0,
        [],
      ],
      [
        "form.damaged",
        "",
        "",
        "error",
        "Biểu mẫu bị hỏng",
        "Không có «Biểu mẫu bị hỏng»",
        "pass",
        0,
        [],
      ],
      [
        "cell.overflow",
        "",
        "",
        "error",
        "Một tổng vượt quá giới hạn số của Excel (các số nhập vào quá lớn; Excel hiện #NUM!)",
        "Không có «Một tổng vượt quá giới hạn số của Excel (các số nhập vào quá lớn; Excel hiện #NUM!)»",
        "pass",
        0,
        [],
      ],
      [
        "signoff.changed",
        "TK05CD",
        "05 chủ động",
        "error",
        "signoff.changed",
        "Không có «signoff.changed»",
        "fail",
        1,
        ["biểu 05 chủ động, Kỳ báo cáo"],
      ],
      ["x.y", "", "", "warning", "x.y", "Không có «x.y»", "warning", 1, [""]],
    ]);
    expect(review.rows[16].description).toEqual({ vi: "signoff.changed", en: "signoff.changed" });
    expect(review.rows[1].where[0].en).toBe("Page 1 · row 5.3 “Request returned” · column “Civil”");
    expect([review.forms, review.errors, review.warnings]).toEqual([["TK05CD"], 2, 2]);
  });

  it("counts blank inputs per page (formulas and cells not in the workbook left out) and header fields", () => {
    expect(review.pages).toEqual([
      {
        form: "TK05CD",
        page: "P1",
        label: { vi: "Biểu 05 chủ động, trang 1", en: "Form 05 on own initiative, page 1" },
        inputs: 96,
        blank: 1,
      },
      {
        form: "TK05CD",
        page: "P2",
        label: { vi: "Biểu 05 chủ động, trang 2", en: "Form 05 on own initiative, page 2" },
        inputs: 184,
        blank: 0,
      },
      {
        form: "TK05CD",
        page: "P3",
        label: { vi: "Biểu 05 chủ động, trang 3", en: "Form 05 on own initiative, page 3" },
        inputs: 40,
        blank: 0,
      },
    ]);
    expect(review.header).toEqual([
      {
        form: "TK05CD",
        code: "ky_bao_cao",
        label: {
          vi: "Biểu 05 chủ động: Kỳ báo cáo",
          en: "Form 05 on own initiative: Reporting period",
        },
        filled: true,
        cell: "'S'!C4",
      },
      {
        form: "TK05CD",
        code: "don_vi_bao_cao",
        label: {
          vi: "Biểu 05 chủ động: Đơn vị báo cáo",
          en: "Form 05 on own initiative: Reporting unit",
        },
        filled: false,
      },
      {
        form: "TK05CD",
        code: "don_vi_nhan",
        label: {
          vi: "Biểu 05 chủ động: Đơn vị nhận báo cáo",
          en: "Form 05 on own initiative: Receiving unit",
        },
        filled: false,
      },
      {
        form: "TK05CD",
        code: "nguoi_lap_bieu",
        label: {
          vi: "Biểu 05 chủ động: Người lập biểu (ký, ghi rõ họ tên)",
          en: "Form 05 on own initiative: Prepared by (signature, name)",
        },
        filled: false,
      },
    ]);
  });

  it("holds a form rule only for its variants, and TH.sum only beside all three variants", () => {
    const rules = (...forms: string[]) =>
      reviewSheet(
        {
          cells: Object.fromEntries(
            forms.map((f) => [`${f}.P1.tra_don.ds`, { address: at(1), value: 1 }])
          ),
        },
        { forms, findings: [], errors: 0, warnings: 0 }
      ).rows.map((r) => `${r.rule} ${r.form}`);
    expect(rules("TK05TD")).not.toContain("05.P1.tra_don_chu_dong TK05TD");
    expect(rules("TK05TH")).not.toContain("TH.sum TK05TH");
    expect(rules("TK05CD", "TK05TD")).not.toContain("TH.sum TK05TH");
    expect(rules("TK05CD", "TK05TD", "TK05TH").filter((r) => r.startsWith("TH.sum"))).toEqual([
      "TH.sum TK05TH",
    ]);
  });
});

describe("reviewSheetPlan", () => {
  const plan = reviewSheetPlan(
    review,
    undefined,
    { "05.P1.tra_don_chu_dong": "vì", "x.y": "lý do", "cell.negative": "không" },
    { unit: "Chi cục A" }
  );
  const blank = ["", "", "", "", "", "", ""];
  const one = (text: string) => [text, "", "", "", "", "", ""];
  const passed = (n: number, statement: string, form: string, rule: string) => [
    String(n),
    statement,
    form,
    "Đạt",
    "",
    "",
    rule,
  ];

  it("prints the review line by line, the justification beside its warning only", () => {
    expect(plan.rows).toEqual([
      one("PHIẾU KIỂM TRA BÁO CÁO THỐNG KÊ THI HÀNH ÁN DÂN SỰ"),
      one("Đơn vị báo cáo: Chi cục A"),
      one("Kỳ báo cáo: "),
      one("Biểu: TK05CD — 2 lỗi, 2 cảnh báo"),
      blank,
      one("I. KIỂM TRA THEO CHUẨN"),
      ["STT", "Nội dung", "Biểu", "Kết quả", "Trái / phải", "Lý do chấp nhận", "Mã quy tắc / ô"],
      passed(
        1,
        "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành",
        "05 chủ động",
        "05.P1.can_doi"
      ),
      [
        "2",
        `Biểu chủ động có trả đơn — ${PLACE}. m 05.P1.tra_don_chu_dong`,
        "05 chủ động",
        "Cảnh báo",
        "2 / 0",
        "vì",
        "05.P1.tra_don_chu_dong: 'S'!C1, 'S'!C2, 'S'!C3",
      ],
      passed(
        3,
        "Tạm đình chỉ ở trang 2 luôn luôn bằng tạm đình chỉ ở trang 1",
        "05 chủ động",
        "05.P2.tam_dinh_chi"
      ),
      passed(
        4,
        "Hoãn thi hành án ở trang 2 luôn luôn bằng hoãn thi hành án ở trang 1",
        "05 chủ động",
        "05.P2.hoan"
      ),
      passed(
        5,
        "Lý do khác ở trang 2 luôn luôn bằng lý do khác ở trang 1",
        "05 chủ động",
        "05.P2.ly_do_khac"
      ),
      passed(
        6,
        "Số việc thi hành xong hoàn toàn ở trang 3 phải bằng xong hoàn toàn ở trang 1",
        "05 chủ động",
        "05.P3.xong_hoan_toan"
      ),
      passed(
        7,
        "Số lượng đình chỉ ở trang 3 phải bằng tổng số đình chỉ thi hành án ở trang 1",
        "05 chủ động",
        "05.P3.dinh_chi"
      ),
      passed(8, "Không có «Ô không phải là số»", "", "cell.not_a_number"),
      [
        "9",
        `Số âm — ${PLACE}. m cell.negative`,
        "05 chủ động",
        "Lỗi",
        "2 / 0",
        "",
        "cell.negative: 'S'!C1, 'S'!C2, 'S'!C3, …",
      ],
      passed(10, "Không có «Số việc không nguyên»", "", "cell.not_whole"),
      passed(11, "Không có «Công thức trong ô nhập liệu»", "", "cell.formula_typed"),
      passed(12, "Không có «Ô công thức bị sửa»", "", "cell.formula_changed"),
      passed(13, "Không có «Ô phải để trống»", "", "cell.must_be_empty"),
      passed(14, "Không có «Còn ô để trống»", "", "form.incomplete"),
      passed(15, "Không có «Biểu mẫu bị hỏng»", "", "form.damaged"),
      passed(
        16,
        "Không có «Một tổng vượt quá giới hạn số của Excel (các số nhập vào quá lớn; Excel hiện #NUM!)»",
        "",
        "cell.overflow"
      ),
      [
        "17",
        "signoff.changed — biểu 05 chủ động, Kỳ báo cáo. m signoff.changed",
        "05 chủ động",
        "Lỗi",
        "3 tháng/năm 2026 → 3 tháng/năm 2027",
        "",
        "signoff.changed: 'S'!C4",
      ],
      ["18", "x.y. m x.y", "", "Cảnh báo", "", "lý do", "x.y"],
      blank,
      one("II. ĐẦY ĐỦ"),
      ["", "Biểu 05 chủ động, trang 1", "", "1/96 ô nhập liệu để trống", "", "", ""],
      ["", "Biểu 05 chủ động, trang 2", "", "Đã điền", "", "", ""],
      ["", "Biểu 05 chủ động, trang 3", "", "Đã điền", "", "", ""],
      ["", "Biểu 05 chủ động: Kỳ báo cáo", "", "Đã điền", "", "", "'S'!C4"],
      ["", "Biểu 05 chủ động: Đơn vị báo cáo", "", "Chưa điền", "", "", ""],
      ["", "Biểu 05 chủ động: Đơn vị nhận báo cáo", "", "Chưa điền", "", "", ""],
      ["", "Biểu 05 chủ động: Người lập biểu (ký, ghi rõ họ tên)", "", "Chưa điền", "", "", ""],
      blank,
      one("III. KÝ DUYỆT"),
      ["", "Chưa ký duyệt", "", "", "", "", ""],
      blank,
      ["", "", "", "", "TRƯỞNG THI HÀNH ÁN DÂN SỰ", "", ""],
      ["", "", "", "", "(ký, ghi rõ họ tên, đóng dấu)", "", ""],
    ]);
  });

  it("sets bold rows, rows of one text, the column widths and the sheet's name", () => {
    expect(plan.boldRows).toEqual([1, 6, 7, 27, 36, 39]);
    expect(plan.lineRows).toEqual([1, 2, 3, 4, 6, 27, 36, 37, 39, 40]);
    expect(plan.columnWidths).toEqual([5, 42, 12, 10, 16, 28, 22]);
    expect(plan.sheetName).toBe("Phiếu kiểm tra");
  });

  it("prints the sign-off: its state, signer, title, time, standard and fingerprint", () => {
    const status: SignoffStatus = {
      state: "changed",
      fingerprint: "sha256:0",
      changes: [],
      findings: [],
      record: {
        by: "Nguyễn Văn A",
        title: "Chi cục trưởng",
        at: "2027-04-05T09:30:00+07:00",
        standard: "THADS-TK-05-06",
        version: "2009.2",
        fingerprint: "sha256:ab",
        justifications: {},
        canonical: "",
      },
    };
    const signed = reviewSheetPlan(review, status, {}, { period: "3 tháng/năm 2027" });
    expect(signed.rows[2]).toEqual(one("Kỳ báo cáo: 3 tháng/năm 2027"));
    expect(signed.rows[1]).toEqual(one("Đơn vị báo cáo: "));
    expect(signed.rows.slice(35, 42).map((r) => r[1])).toEqual([
      "",
      "Trạng thái: Đã thay đổi sau khi ký",
      "Người ký duyệt: Nguyễn Văn A",
      "Chức vụ: Chi cục trưởng",
      "Thời điểm: 2027-04-05T09:30:00+07:00",
      "Chuẩn: THADS-TK-05-06 2009.2",
      "Dấu vân tay: sha256:ab",
    ]);
    expect(signed.rows[8][5]).toBe("");
    expect(reviewSheetPlan(review).rows[8][5]).toBe("");
  });
});
