// The cross-period check on small hand-made reports, exactly: which pairs of periods it applies to, each
// column compared (total columns, missing or text cells left out), the tolerance of form 06 at its boundary,
// and every message in both languages.
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { checkCarryOver } from "../../src/core/rollup/previous";

type Values = Record<string, number | string>;
const sheet = "Trang 1";
const snapshotOf = (period: string | undefined, values: Values): WorkbookSnapshot => {
  const cells: WorkbookSnapshot["cells"] = {};
  let row = 1;
  for (const [name, value] of Object.entries(values))
    cells[name] = { address: { sheet, row: row++, col: 3 }, value };
  for (const form of new Set(Object.keys(values).map((n) => n.split(".")[0])))
    cells[`${form}.P1.hdr.ky_bao_cao`] = { value: period ?? null };
  return { cells };
};

const LAST_YEAR: Values = {
  "TK05CD.P1.dang_giai_quyet.ds": 10,
  "TK05CD.P1.chua_co_dieu_kien.ds": 5,
  "TK05CD.P1.dang_giai_quyet.kt": 1,
  "TK05CD.P1.chua_co_dieu_kien.kt": 1,
  "TK05CD.P1.dang_giai_quyet.hngd": 3,
  "TK05CD.P1.dang_giai_quyet.dshs": 1,
  "TK05CD.P1.chua_co_dieu_kien.dshs": 1,
  "TK05CD.P1.dang_giai_quyet.ld": 1,
  "TK05CD.P1.chua_co_dieu_kien.ld": 1,
  "TK05CD.P1.dang_giai_quyet.tong": 1,
  "TK05CD.P1.chua_co_dieu_kien.tong": 1,
  "TK06CD.P1.chua_thi_hanh.tien": 1,
  "TK06CD.P1.chua_co_dieu_kien.tien": 2,
  "TK06CD.P1.chua_thi_hanh.tai_san": 1,
  "TK06CD.P1.chua_co_dieu_kien.tai_san": 2,
};
const THIS_YEAR: Values = {
  "TK05CD.P1.nam_truoc.ds": 16,
  "TK05CD.P1.nam_truoc.kt": 2,
  "TK05CD.P1.nam_truoc.hngd": 9,
  "TK05CD.P1.nam_truoc.ld": "hai",
  "TK05CD.P1.nam_truoc.tong": 999,
  "TK05TD.P1.nam_truoc.ds": 999,
  "TK06CD.P1.nam_truoc.tien": 3.0005,
  "TK06CD.P1.nam_truoc.tai_san": 3.0004,
};

describe("checkCarryOver, exactly", () => {
  it("names each column whose carried-over figure is not what last year left, in both languages", () => {
    const result = checkCarryOver(
      snapshotOf("12 tháng/năm 2026", LAST_YEAR),
      snapshotOf("3 tháng/năm 2027", THIS_YEAR)
    );
    expect(result).toEqual({
      applicable: true,
      findings: [
        {
          rule: "period.carry_over",
          severity: "warning",
          form: "TK05CD",
          page: "P1",
          names: ["TK05CD.P1.nam_truoc.ds"],
          cells: ["'Trang 1'!C1"],
          left: 16,
          right: 15,
          difference: 1,
          message:
            "biểu 05 chủ động: 1.1 «Số năm trước chuyển sang», cột «Dân sự»: năm trước chuyển sang 16 nhưng báo cáo 12 tháng năm trước còn 15 chưa xong (số đang giải quyết / chưa thi hành + số chưa có điều kiện)",
          messageEn:
            "form 05 on own initiative: 1.1 “Carried over”, column “Civil”: carried over 16 but last year's 12-month report left 15 unfinished (in progress / not yet enforced + not yet enforceable)",
        },
        {
          rule: "period.carry_over",
          severity: "warning",
          form: "TK06CD",
          page: "P1",
          names: ["TK06CD.P1.nam_truoc.tien"],
          cells: ["'Trang 1'!C7"],
          left: 3.0005,
          right: 3,
          difference: 0.0005,
          message:
            "biểu 06 chủ động: 1.1 «Số giá trị năm trước chuyển sang», cột «Tiền»: năm trước chuyển sang 3,0005 nhưng báo cáo 12 tháng năm trước còn 3 chưa xong (số đang giải quyết / chưa thi hành + số chưa có điều kiện)",
          messageEn:
            "form 06 on own initiative: 1.1 “Value carried over”, column “Money”: carried over 3.0005 but last year's 12-month report left 3 unfinished (in progress / not yet enforced + not yet enforceable)",
        },
      ],
    });
  });

  it("applies to a 12-month report of the year just before, whatever this year's period", () => {
    for (const period of ["3 tháng/năm 2027", "12 tháng/năm 2027"]) {
      const result = checkCarryOver(
        snapshotOf("12 tháng/năm 2026", LAST_YEAR),
        snapshotOf(period, { "TK05CD.P1.nam_truoc.kt": 2 })
      );
      expect(result).toEqual({ applicable: true, findings: [] });
    }
  });

  it.each([
    [
      "9 tháng/năm 2026",
      "3 tháng/năm 2027",
      "«9 tháng/năm 2026» và «3 tháng/năm 2027»",
      "“9 tháng/năm 2026” and “3 tháng/năm 2027”",
    ],
    [
      "12 tháng/năm 2026",
      "3 tháng/năm 2026",
      "«12 tháng/năm 2026» và «3 tháng/năm 2026»",
      "“12 tháng/năm 2026” and “3 tháng/năm 2026”",
    ],
    [
      "12 tháng/năm 2026",
      "3 tháng/năm 2028",
      "«12 tháng/năm 2026» và «3 tháng/năm 2028»",
      "“12 tháng/năm 2026” and “3 tháng/năm 2028”",
    ],
    [
      "quý 4/2026",
      "3 tháng/năm 2027",
      "«quý 4/2026» và «3 tháng/năm 2027»",
      "“quý 4/2026” and “3 tháng/năm 2027”",
    ],
    [
      "12 tháng/năm 2026",
      undefined,
      "«12 tháng/năm 2026» và (trống)",
      "“12 tháng/năm 2026” and (blank)",
    ],
  ])("does not apply to %j then %j", (previous, current, vi, en) => {
    expect(
      checkCarryOver(
        snapshotOf(previous, LAST_YEAR),
        snapshotOf(current, { "TK05CD.P1.nam_truoc.ds": 1 })
      )
    ).toEqual({
      applicable: false,
      message: `không đối chiếu được: --previous phải là báo cáo 12 tháng của năm thống kê liền trước (nhận được ${vi})`,
      messageEn: `cannot compare: --previous must be the 12-month report of the statistical year just before (got ${en})`,
    });
  });

  it("does not apply to two reports that share no form", () => {
    expect(
      checkCarryOver(
        snapshotOf("12 tháng/năm 2026", { "TK06CD.P1.chua_thi_hanh.tien": 1 }),
        snapshotOf("3 tháng/năm 2027", { "TK05CD.P1.nam_truoc.ds": 1 })
      )
    ).toEqual({
      applicable: false,
      message: "không đối chiếu được: hai báo cáo không có biểu nào chung",
      messageEn: "cannot compare: the two reports share no form",
    });
  });
});
