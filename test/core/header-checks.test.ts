// The header rules on snapshots (pure: header cells written straight into the snapshot), fill progress, and the
// small pure pieces around the checks: the record sheet's rows, reporting periods and the port's errors.
import {
  FormsPresentError,
  PartialTemplateError,
  checkWorkbook,
  fillProgress,
  headerName,
  mergeMetaRows,
  metaRows,
  monthsIntoYear,
  parseMeta,
  periodLabel,
  reportingPeriod,
  snapshotMeta,
  statisticalYear,
  withoutBlanks,
  type CellValue,
  type Finding,
  type WorkbookSnapshot,
} from "../../src/core";
import { validPeriod } from "../../src/core/checks/header";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

// Built on first use: Stryker loads every test file for each mutant, and only the covering tests run.
let built: WorkbookSnapshot | undefined;
function B(): WorkbookSnapshot {
  if (!built) {
    const plan = planFor(["05"], ["TH"]);
    built = snapshotOf(plan, consistentInputs(plan, seeded(7)));
  }
  return built;
}
const CODES = [
  "ky_bao_cao",
  "don_vi_bao_cao",
  "don_vi_nhan",
  "ngay_nhan",
  "nguoi_lap_bieu",
  "truong_thads",
];
const COMPLETE: Record<string, CellValue> = {
  ky_bao_cao: "3 tháng/năm 2027",
  don_vi_bao_cao: "Nguyễn Văn A",
  don_vi_nhan: "Thi hành án dân sự thành phố Hải Phòng",
  ngay_nhan: null,
  nguoi_lap_bieu: "Nguyễn Văn A",
  truong_thads: "Trần Văn B",
};

/** The 05 tổng hợp with header fields in column C of rows 5… of its first sheet. */
function withHeader(
  values: Record<string, CellValue | undefined>,
  meta?: Record<string, string>,
  form = "TK05TH"
): WorkbookSnapshot {
  const cells = { ...B().cells };
  CODES.forEach((code, i) => {
    if (!(code in values)) return;
    const value = values[code];
    cells[headerName(form, code)] =
      value === undefined
        ? { value: null }
        : { address: { sheet: "05-TH Trang 1", row: 5 + i, col: 3 }, value };
  });
  return { ...B(), cells, ...(meta ? { meta } : {}) };
}
const header = (values: Record<string, CellValue | undefined>, meta?: Record<string, string>) =>
  checkWorkbook(withHeader(values, meta)).findings.filter((f) => f.rule.startsWith("header."));

const warning = (
  rule: string,
  names: string[],
  cells: string[],
  message: string,
  messageEn: string
): Finding => ({
  rule,
  severity: "warning",
  form: "TK05TH",
  page: "P1",
  names: names.map((n) => headerName("TK05TH", n)),
  cells,
  left: null,
  right: null,
  difference: null,
  message,
  messageEn,
});

describe("header rules", () => {
  it("a complete header has no finding, on either edition", () => {
    expect(header(COMPLETE)).toEqual([]);
    expect(header(COMPLETE, { edition: "officer" })).toEqual([]);
    expect(header(COMPLETE, { edition: "office" })).toEqual([]);
  });

  it("blank required fields, named in the form's order; blank-looking text is blank", () => {
    expect(
      header({ ...COMPLETE, ky_bao_cao: null, nguoi_lap_bieu: "  ", don_vi_nhan: "" })
    ).toEqual([
      warning(
        "header.incomplete",
        ["ky_bao_cao", "don_vi_nhan", "nguoi_lap_bieu"],
        ["'05-TH Trang 1'!C5", "'05-TH Trang 1'!C7", "'05-TH Trang 1'!C9"],
        "Phần chung của biểu 05 tổng hợp còn trống: Kỳ báo cáo, Đơn vị nhận báo cáo, Người lập biểu (ký, ghi rõ họ tên). Bài viết yêu cầu ghi rõ các mục này; người lập biểu phải ký và ghi rõ họ tên.",
        "The header of form 05 consolidated is blank at: Reporting period, Receiving unit, Prepared by (signature, name). The article asks for each of them; the preparer signs and writes his or her name."
      ),
    ]);
    // The head's signature and the date received are not required.
    expect(header({ ...COMPLETE, truong_thads: null })).toEqual([]);
  });

  it("fields without a cell are left to form.damaged; a form without any header cell is skipped", () => {
    expect(header({ ...COMPLETE, ky_bao_cao: undefined, don_vi_bao_cao: undefined })).toEqual([]);
    expect(
      header({ ky_bao_cao: undefined, don_vi_bao_cao: undefined, don_vi_nhan: undefined })
    ).toEqual([]);
    expect(header({ don_vi_nhan: null })).toEqual([
      expect.objectContaining({ rule: "header.incomplete", names: ["TK05TH.P1.hdr.don_vi_nhan"] }),
    ]);
  });

  it("the reporting period's form", () => {
    expect(header({ ...COMPLETE, ky_bao_cao: "Quý I năm 2027" })).toEqual([
      warning(
        "header.period_format",
        ["ky_bao_cao"],
        ["'05-TH Trang 1'!C5"],
        "Kỳ báo cáo của biểu 05 tổng hợp là «Quý I năm 2027», không theo mẫu «N tháng/năm YYYY» với N từ 1 đến 12, ví dụ «3 tháng/năm 2008».",
        "The reporting period of form 05 consolidated is “Quý I năm 2027”, not of the form “N tháng/năm YYYY” with N from 1 to 12, e.g. “3 tháng/năm 2008”."
      ),
    ]);
    expect(header({ ...COMPLETE, ky_bao_cao: "  13 tháng/năm 2027 " })[0].message).toContain(
      "là «13 tháng/năm 2027», không theo mẫu"
    );
    expect(header({ ...COMPLETE, ky_bao_cao: 2027 })[0].message).toContain("là «2027», không");
    for (const ok of [
      "1 tháng/năm 2008",
      "12 tháng/năm 2026",
      " 3  tháng/năm 2008 ",
      "3 tháng / năm 2008",
    ])
      expect(validPeriod(ok)).toBe(true);
    for (const bad of [
      "0 tháng/năm 2008",
      "13 tháng/năm 2008",
      "3 tháng 2008",
      "x3 tháng/năm 2008",
      "",
    ])
      expect(validPeriod(bad)).toBe(false);
    // Decomposed Vietnamese (NFD, as some keyboards type) is the same text.
    expect(validPeriod("3 tha\u0301ng/năm 2008")).toBe(true);
  });

  it("the officer's edition: preparer and reporting unit are one person", () => {
    const officer = { edition: "officer" };
    expect(header({ ...COMPLETE, nguoi_lap_bieu: "Lê Thị C" }, officer)).toEqual([
      warning(
        "header.officer_signer",
        ["nguoi_lap_bieu", "don_vi_bao_cao"],
        ["'05-TH Trang 1'!C9", "'05-TH Trang 1'!C6"],
        "Bản dùng cho Chấp hành viên (biểu 05 tổng hợp): Người lập biểu «Lê Thị C» khác Đơn vị báo cáo «Nguyễn Văn A»; Chấp hành viên vừa là người báo cáo, vừa là người lập biểu.",
        "Officer's edition (form 05 consolidated): the preparer “Lê Thị C” differs from the reporting unit “Nguyễn Văn A”; the officer is both reporter and preparer."
      ),
    ]);
    // Case, spaces and Unicode normalization do not make two names differ.
    expect(header({ ...COMPLETE, nguoi_lap_bieu: "  nguyễn  VĂN a " }, officer)).toEqual([]);
    expect(header({ ...COMPLETE, nguoi_lap_bieu: "Nguye\u0302\u0303n Văn A" }, officer)).toEqual(
      []
    );
    // The office edition, or no edition recorded: no such rule.
    expect(header({ ...COMPLETE, nguoi_lap_bieu: "Lê Thị C" }, { edition: "office" })).toEqual([]);
    expect(header({ ...COMPLETE, nguoi_lap_bieu: "Lê Thị C" })).toEqual([]);
  });

  it("the date received, filled by the sender", () => {
    expect(header({ ...COMPLETE, ngay_nhan: "15/01/2027" })).toEqual([
      warning(
        "header.received_by_sender",
        ["ngay_nhan"],
        ["'05-TH Trang 1'!C8"],
        "Ngày nhận báo cáo của biểu 05 tổng hợp đã được ghi («15/01/2027») trước khi báo cáo được nhận: phần này do đơn vị nhận báo cáo ghi, người lập biểu để trống.",
        "The date received of form 05 consolidated is filled (“15/01/2027”) before the report was received: the receiving unit fills it, the preparer leaves it blank."
      ),
    ]);
    expect(header({ ...COMPLETE, ngay_nhan: { date: "2027-01-15" } })[0].message).toContain(
      "đã được ghi («2027-01-15»)"
    );
    expect(header({ ...COMPLETE, ngay_nhan: "15/01/2027" }, { received: "2027-01-15" })).toEqual(
      []
    );
  });

  it("several rules at once, in order", () => {
    const found = header(
      {
        ...COMPLETE,
        don_vi_nhan: null,
        ky_bao_cao: "quý 1",
        nguoi_lap_bieu: "X",
        ngay_nhan: "1/1",
      },
      { edition: "officer" }
    );
    expect(found.map((f) => f.rule)).toEqual([
      "header.incomplete",
      "header.period_format",
      "header.officer_signer",
      "header.received_by_sender",
    ]);
  });
});

describe("fill progress", () => {
  it("typed inputs against inputs present, per page; a zero and a formula count as typed", () => {
    const snapshot = withHeader({});
    const cells = { ...snapshot.cells };
    cells["TK05TH.P1.thu_ly_moi.ds"] = { ...cells["TK05TH.P1.thu_ly_moi.ds"], value: null };
    cells["TK05TH.P1.thu_ly_moi.kt"] = { ...cells["TK05TH.P1.thu_ly_moi.kt"], value: "" };
    cells["TK05TH.P1.uy_thac.ds"] = {
      ...cells["TK05TH.P1.uy_thac.ds"],
      value: null,
      formula: "=1",
    };
    cells["TK05TH.P1.uy_thac.kt"] = { ...cells["TK05TH.P1.uy_thac.kt"], value: 0 };
    cells["TK05TH.P2.hoan_cq_a.ds"] = { value: null }; // a broken name: not counted
    delete cells["TK05TH.P3.dinh_chi_k1.dung"];
    const progress = fillProgress({ ...snapshot, cells });
    expect(progress).toEqual({
      filled: 316,
      total: 318,
      pages: [
        { form: "TK05TH", page: "P1", filled: 94, total: 96 },
        { form: "TK05TH", page: "P2", filled: 183, total: 183 },
        { form: "TK05TH", page: "P3", filled: 39, total: 39 },
      ],
    });
  });

  it("without blanks: blank inputs and header fields left out while typing, counts following", () => {
    const result = checkWorkbook(
      withHeader({ ...COMPLETE, ky_bao_cao: null, ngay_nhan: "1/1/2027" })
    );
    const blank = {
      ...result,
      findings: [
        ...result.findings,
        { ...result.findings[0], rule: "form.incomplete" },
        { ...result.findings[0], rule: "cell.negative", severity: "error" as const },
      ],
      errors: 1,
      warnings: 3,
    };
    expect(blank.findings.map((f) => f.rule)).toEqual([
      "header.incomplete",
      "header.received_by_sender",
      "form.incomplete",
      "cell.negative",
    ]);
    const kept = withoutBlanks(blank);
    expect(kept.findings.map((f) => f.rule)).toEqual([
      "cell.negative",
      "header.received_by_sender",
    ]);
    expect(kept).toMatchObject({ errors: 1, warnings: 1, forms: ["TK05TH"] });
    const clean = checkWorkbook(B());
    expect(withoutBlanks(clean)).toBe(clean);
  });
});

describe("the record sheet (THADS_META)", () => {
  it("parses keys and values; the first row of a key wins; lists split on commas", () => {
    const meta = parseMeta([
      [" standard ", " THADS-TK-05-06 "],
      ["version", " 2009.1 "],
      ["forms", "TK05CD, TK05TD ,,TK05TH"],
      ["linked", "05"],
      ["version", "9999"],
      [null, "x"],
      ["", "y"],
      ["signoff", "line one\n"],
      [42, 7],
    ]);
    expect(meta).toEqual({
      entries: new Map([
        ["standard", " THADS-TK-05-06 "],
        ["version", " 2009.1 "],
        ["forms", "TK05CD, TK05TD ,,TK05TH"],
        ["linked", "05"],
        ["signoff", "line one\n"],
        ["42", "7"],
      ]),
      standard: { id: "THADS-TK-05-06", version: "2009.1" },
      forms: ["TK05CD", "TK05TD", "TK05TH"],
      linked: ["05"],
    });
    expect(snapshotMeta(meta)).toEqual({
      declaredForms: ["TK05CD", "TK05TD", "TK05TH"],
      standard: { id: "THADS-TK-05-06", version: "2009.1" },
    });
  });

  it("a sheet without a standard, version or forms", () => {
    const empty = parseMeta([]);
    expect(empty).toEqual({ entries: new Map(), forms: [], linked: [] });
    expect(snapshotMeta(empty)).toEqual({});
    expect(
      parseMeta([
        ["standard", "X"],
        ["forms", "  "],
      ])
    ).toEqual({
      entries: new Map([
        ["standard", "X"],
        ["forms", "  "],
      ]),
      standard: { id: "X", version: "" },
      forms: [],
      linked: [],
    });
    expect(parseMeta([["standard", "   "]]).standard).toBeUndefined();
  });

  it("the rows a template records, in order", () => {
    expect(metaRows(["TK05CD", "TK05TD"], ["05"])).toEqual([
      ["standard", "THADS-TK-05-06"],
      ["version", "2009.2"],
      ["forms", "TK05CD,TK05TD"],
      ["linked", "05"],
      ["source", "QĐ 02/2006/QĐ-BTP; Cục THADS, Ghi chép biểu mẫu thống kê THADS (16/04/2009)"],
    ]);
    expect(metaRows([], [], { version: "2009.1", edition: "officer" })).toEqual([
      ["standard", "THADS-TK-05-06"],
      ["version", "2009.1"],
      ["forms", ""],
      ["linked", ""],
      ["source", "QĐ 02/2006/QĐ-BTP; Cục THADS, Ghi chép biểu mẫu thống kê THADS (16/04/2009)"],
      ["edition", "officer"],
    ]);
  });

  it("merging: planned keys over the rows that hold them, new keys after the last row, others kept", () => {
    expect(
      mergeMetaRows(
        [
          ["standard", "old"],
          ["signoff", "record\n"],
          [" forms ", "TK05CD"],
          [null, null],
          ["forms", "second"],
        ],
        [
          ["standard", "THADS-TK-05-06"],
          ["forms", "TK05CD,TK05TH"],
          ["linked", ""],
        ]
      )
    ).toEqual([
      ["standard", "THADS-TK-05-06"],
      ["signoff", "record\n"],
      ["forms", "TK05CD,TK05TH"],
      ["", ""],
      ["forms", "second"],
      ["linked", ""],
    ]);
    expect(mergeMetaRows(undefined, [["a", "1"]])).toEqual([["a", "1"]]);
    expect(
      mergeMetaRows(
        [["  ", "x"]],
        [
          ["a", "1"],
          ["a", "2"],
        ]
      )
    ).toEqual([
      ["  ", "x"],
      ["a", "2"],
    ]);
  });
});

describe("reporting periods", () => {
  it("the statistical year runs from October; a report counts the months since", () => {
    expect([9, 10, 11, 12, 1, 2, 3, 8].map(monthsIntoYear)).toEqual([12, 1, 2, 3, 4, 5, 6, 11]);
    expect(statisticalYear({ year: 2007, month: 10 })).toBe(2008);
    expect(statisticalYear({ year: 2007, month: 9 })).toBe(2007);
    expect(statisticalYear({ year: 2008, month: 1 })).toBe(2008);
    expect(periodLabel(3, 2008)).toBe("3 tháng/năm 2008");
    expect(reportingPeriod({ year: 2007, month: 12 })).toEqual({
      months: 3,
      year: 2008,
      label: "3 tháng/năm 2008",
    });
    expect(reportingPeriod({ year: 2008, month: 9 })).toEqual({
      months: 12,
      year: 2008,
      label: "12 tháng/năm 2008",
    });
  });
});

describe("the port's errors", () => {
  it("forms already present: nothing written, in Vietnamese", () => {
    const error = new FormsPresentError(["TK05CD", "TK06TH"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("FormsPresent");
    expect(error.forms).toEqual(["TK05CD", "TK06TH"]);
    expect(error.message).toBe(
      "Sổ tính đã có TK05CD, TK06TH: mỗi biểu chỉ có một bản trong một sổ tính. Không có gì được ghi."
    );
  });

  it("a template added in part: what exists and why", () => {
    const error = new PartialTemplateError(
      ["05-TH Trang 1", "05-TH Trang 2"],
      true,
      new Error("quá hạn")
    );
    expect(error.code).toBe("PartialTemplate");
    expect(error.written).toEqual(["05-TH Trang 1", "05-TH Trang 2"]);
    expect(error.onlySettingsLeft).toBe(true);
    expect(error.message).toBe(
      "Biểu mẫu mới thêm được một phần (2 trang tính: 05-TH Trang 1, 05-TH Trang 2). Lý do: quá hạn"
    );
    expect(new PartialTemplateError([], false, "mất kết nối").message).toBe(
      "Biểu mẫu mới thêm được một phần (0 trang tính: ). Lý do: mất kết nối"
    );
    expect(new PartialTemplateError([], false, undefined).message).toBe(
      "Biểu mẫu mới thêm được một phần (0 trang tính: ). Lý do: undefined"
    );
  });
});
