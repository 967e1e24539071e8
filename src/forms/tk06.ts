// Form 06-TK/THA, counted in money and asset value (nghìn đồng). Source: ../shared/spec/forms.md.
import { balanceRule, matchesPageOneRule, noReturnsOnInitiativeRule } from "./rule-builders";
import type { ColumnSpec, FormSpec, RuleSpec } from "./types";

const valueColumns: ColumnSpec[] = [
  { code: "tong", label: { vi: "Cộng", en: "Total" }, total: true },
  { code: "tien", label: { vi: "Tiền", en: "Money" } },
  { code: "tai_san", label: { vi: "Tài sản", en: "Assets" } },
];

const sum = (...rows: string[]) => ({ op: "sum" as const, rows });

function pageTwoMatchesPageOne(row: string, vi: string, en: string): RuleSpec {
  // Inferred for 06 by analogy with 05, where the article says "luôn luôn bằng".
  return matchesPageOneRule(
    "06",
    "P2",
    row,
    { vi: `${vi} ở trang 2 phải bằng trang 1`, en: `${en} on page 2 must equal page 1` },
    true
  );
}

export const tk06: FormSpec = {
  family: "06",
  number: "BIỂU MẪU SỐ 06-TK/THA",
  title: {
    vi: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG GIÁ TRỊ",
    en: "CIVIL JUDGMENT ENFORCEMENT RESULTS IN VALUE",
  },
  unit: { vi: "Đơn vị tính: nghìn đồng", en: "Unit: thousand đồng" },
  wholeNumbers: false,
  tolerance: 0.0005,
  pages: [
    {
      id: "P1",
      title: {
        vi: "Trang 1: các chỉ tiêu tổng hợp về giá trị",
        en: "Page 1: summary indicators in value",
      },
      blocks: [
        {
          code: "main",
          columns: valueColumns,
          rows: [
            {
              no: "1",
              code: "thu_ly",
              label: { vi: "Tổng số giá trị thụ lý", en: "Total value accepted" },
              formula: sum("nam_truoc", "thu_ly_moi"),
              emphasis: true,
            },
            {
              no: "1.1",
              code: "nam_truoc",
              label: { vi: "Số giá trị năm trước chuyển sang", en: "Value carried over" },
            },
            {
              no: "1.2",
              code: "thu_ly_moi",
              label: { vi: "Số giá trị thụ lý mới", en: "Value newly accepted" },
            },
            {
              no: "2",
              code: "uy_thac",
              label: { vi: "Số giá trị ủy thác", en: "Value entrusted elsewhere" },
              emphasis: true,
            },
            {
              no: "3",
              code: "phai_thi_hanh",
              label: { vi: "Tổng số giá trị phải thi hành", en: "Total value to enforce" },
              formula: { op: "difference", minuend: "thu_ly", subtrahend: "uy_thac" },
              emphasis: true,
            },
            {
              no: "4",
              code: "co_dieu_kien",
              label: { vi: "Số giá trị có điều kiện thi hành", en: "Enforceable value" },
              formula: sum("thi_hanh_xong", "mien_giam", "dinh_chi", "chua_thi_hanh"),
              emphasis: true,
            },
            {
              no: "4.1",
              code: "thi_hanh_xong",
              label: {
                vi: "Số giá trị thi hành xong (số thực thu)",
                en: "Value enforced (actually collected)",
              },
            },
            {
              no: "4.2",
              code: "mien_giam",
              label: { vi: "Số giá trị miễn, giảm thi hành án", en: "Value exempted or reduced" },
              inputColumns: ["tien"],
            },
            {
              no: "4.3",
              code: "dinh_chi",
              label: { vi: "Số giá trị đình chỉ thi hành án", en: "Value terminated" },
            },
            {
              no: "4.4",
              code: "chua_thi_hanh",
              label: { vi: "Số giá trị chưa thi hành", en: "Value not yet enforced" },
            },
            {
              no: "5",
              code: "chua_co_dieu_kien",
              label: {
                vi: "Số giá trị chưa có điều kiện thi hành",
                en: "Value not yet enforceable",
              },
              formula: sum("hoan", "tam_dinh_chi", "tra_don", "ly_do_khac"),
              emphasis: true,
            },
            {
              no: "5.1",
              code: "hoan",
              label: { vi: "Số giá trị hoãn thi hành án", en: "Value postponed" },
            },
            {
              no: "5.2",
              code: "tam_dinh_chi",
              label: { vi: "Số giá trị tạm đình chỉ thi hành án", en: "Value suspended" },
            },
            {
              no: "5.3",
              code: "tra_don",
              label: {
                vi: "Số giá trị trả đơn yêu cầu thi hành án",
                en: "Value of returned requests",
              },
            },
            {
              no: "5.4",
              code: "ly_do_khac",
              label: { vi: "Số giá trị lý do khác", en: "Value, other reasons" },
            },
            {
              no: "6.1",
              code: "ty_le_co_dieu_kien",
              label: {
                vi: "Tỷ lệ giữa số giá trị có điều kiện / tổng số giá trị phải thi hành (%)",
                en: "Enforceable value / total value to enforce (%)",
              },
              formula: { op: "ratio", numerator: "co_dieu_kien", denominator: "phai_thi_hanh" },
            },
            {
              no: "6.2",
              code: "ty_le_xong",
              label: {
                vi: "Tỷ lệ giữa số giá trị thi hành xong (số thực thu) / số giá trị có điều kiện (%)",
                en: "Value collected / enforceable value (%)",
              },
              formula: { op: "ratio", numerator: "thi_hanh_xong", denominator: "co_dieu_kien" },
            },
          ],
        },
      ],
    },
    {
      id: "P2",
      title: {
        vi: "Trang 2: phân tích lý do khác, hoãn, tạm đình chỉ, tạm ngừng về giá trị",
        en: "Page 2: other reasons, postponements, suspensions and pauses in value",
      },
      blocks: [
        {
          code: "main",
          columns: valueColumns,
          rows: [
            {
              no: "H",
              code: "ly_do_khac",
              label: { vi: "Tổng số lý do khác", en: "Total, other reasons" },
              formula: sum("an_chua_ro", "chua_thong_nhat", "ts_chua_xu_ly"),
              emphasis: true,
            },
            {
              no: "H1",
              code: "an_chua_ro",
              label: { vi: "Án tuyên chưa rõ", en: "Unclear judgment" },
            },
            {
              no: "H2",
              code: "chua_thong_nhat",
              label: { vi: "Chưa thống nhất ý kiến", en: "No agreement yet" },
            },
            {
              no: "H3",
              code: "ts_chua_xu_ly",
              label: {
                vi: "Giá trị tài sản kê biên hoặc phải giao chưa xử lý được",
                en: "Seized or deliverable assets not yet dealt with",
              },
              inputColumns: ["tai_san"],
            },
            {
              no: "I",
              code: "hoan",
              label: { vi: "Tổng số hoãn thi hành án", en: "Total postponed" },
              formula: sum("hoan_cq", "hoan_toa_an", "hoan_vks"),
              emphasis: true,
            },
            {
              no: "I1",
              code: "hoan_cq",
              label: { vi: "Cơ quan Thi hành án hoãn", en: "Postponed by the enforcement office" },
              formula: sum("hoan_cq_a", "hoan_cq_b", "hoan_cq_c", "hoan_cq_d"),
              emphasis: true,
            },
            ...(["a", "b", "c", "d"] as const).map((point) => ({
              no: `I1${point}`,
              code: `hoan_cq_${point}`,
              label: {
                vi: `Hoãn theo điểm ${point}, khoản 1, Điều 26`,
                en: `Postponed under point ${point}, clause 1, Article 26`,
              },
            })),
            {
              no: "I2",
              code: "hoan_toa_an",
              label: { vi: "Tòa án yêu cầu hoãn", en: "Postponement requested by the court" },
            },
            {
              no: "I3",
              code: "hoan_vks",
              label: {
                vi: "Viện kiểm sát yêu cầu hoãn",
                en: "Postponement requested by the procuracy",
              },
            },
            {
              no: "J",
              code: "tam_dinh_chi",
              label: { vi: "Tổng số tạm đình chỉ", en: "Total suspended" },
              formula: sum("tdc_cq", "tdc_toa_an", "tdc_vks"),
              emphasis: true,
            },
            {
              no: "J1",
              code: "tdc_cq",
              label: {
                vi: "Cơ quan Thi hành án tạm đình chỉ",
                en: "Suspended by the enforcement office",
              },
            },
            {
              no: "J2",
              code: "tdc_toa_an",
              label: { vi: "Tòa án tạm đình chỉ", en: "Suspended by the court" },
            },
            {
              no: "J3",
              code: "tdc_vks",
              label: { vi: "Viện kiểm sát tạm đình chỉ", en: "Suspended by the procuracy" },
            },
            {
              no: "K",
              code: "tam_ngung",
              label: {
                vi: "Tạm ngừng thi hành án (để giải quyết khiếu nại)",
                en: "Paused (to settle a complaint)",
              },
              emphasis: true,
            },
          ],
        },
      ],
    },
  ],
  rules: [
    balanceRule("06", {
      vi: "Tổng số giá trị phải thi hành phải bằng số giá trị có điều kiện cộng số giá trị chưa có điều kiện",
      en: "Total value to enforce must equal enforceable plus not yet enforceable value",
    }),
    noReturnsOnInitiativeRule("06", {
      vi: "Biểu chủ động không nên có giá trị trả đơn yêu cầu thi hành án (trả đơn thuộc việc theo đơn)",
      en: "An on-own-initiative form should have no value of returned requests",
    }),
    pageTwoMatchesPageOne("ly_do_khac", "Tổng số lý do khác", "Other reasons"),
    pageTwoMatchesPageOne("hoan", "Tổng số hoãn thi hành án", "Postponed"),
    pageTwoMatchesPageOne("tam_dinh_chi", "Tổng số tạm đình chỉ", "Suspended"),
  ],
};
