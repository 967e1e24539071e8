// Form 05-TK/THA, counted in cases (one quyết định thi hành án is one việc). Source: ../shared/spec/forms.md.
import { balanceRule, matchesPageOneRule, noReturnsOnInitiativeRule } from "./rule-builders";
import type { ColumnSpec, FormSpec, RowSpec } from "./types";

const caseTypeColumns: ColumnSpec[] = [
  { code: "tong", label: { vi: "Tổng số", en: "Total" }, total: true },
  { code: "dshs", label: { vi: "Dân sự trong hình sự", en: "Civil in criminal" } },
  { code: "ds", label: { vi: "Dân sự", en: "Civil" } },
  { code: "hngd", label: { vi: "Hôn nhân, gia đình", en: "Marriage, family" } },
  { code: "kt", label: { vi: "Kinh tế", en: "Economic" } },
  { code: "ld", label: { vi: "Lao động", en: "Labour" } },
  { code: "hc", label: { vi: "Hành chính", en: "Administrative" } },
  { code: "ps", label: { vi: "Phá sản", en: "Bankruptcy" } },
  { code: "khac", label: { vi: "Các loại việc khác", en: "Other cases" } },
];

const dinhChiColumns: ColumnSpec[] = [
  { code: "so_luong", label: { vi: "Số lượng", en: "Number" }, total: true },
  { code: "dung", label: { vi: "Đình chỉ đúng", en: "Rightly terminated" } },
  { code: "sai", label: { vi: "Đình chỉ sai", en: "Wrongly terminated" } },
];

const sum = (...rows: string[]) => ({ op: "sum" as const, rows });

/** The four outcomes of a giám đốc thẩm review, shared by the court and the procuracy rows of page 2. */
function reviewOutcomes(prefix: string, no: string): RowSpec[] {
  return [
    {
      no: `${no}.1`,
      code: `${prefix}_chap_nhan`,
      label: {
        vi: "Xét xử giám đốc thẩm và chấp nhận toàn bộ kháng nghị",
        en: "Cassation review, protest fully accepted",
      },
    },
    {
      no: `${no}.2`,
      code: `${prefix}_mot_phan`,
      label: {
        vi: "Xét xử giám đốc thẩm và chấp nhận một phần kháng nghị",
        en: "Cassation review, protest partly accepted",
      },
    },
    {
      no: `${no}.3`,
      code: `${prefix}_bac`,
      label: {
        vi: "Xét xử giám đốc thẩm và bác toàn bộ kháng nghị",
        en: "Cassation review, protest rejected",
      },
    },
    {
      no: `${no}.4`,
      code: `${prefix}_rut`,
      label: { vi: "Rút kháng nghị", en: "Protest withdrawn" },
    },
  ];
}

/** What followed a court's or a procuracy's request to postpone, shared by B2 and B3. */
function postponementOutcomes(prefix: string, no: string): RowSpec[] {
  return [
    {
      no: `${no}.1`,
      code: `${prefix}_co_kn`,
      label: {
        vi: "Yêu cầu hoãn, sau đó có kháng nghị",
        en: "Postponement requested, then protested",
      },
    },
    {
      no: `${no}.2`,
      code: `${prefix}_co_vb`,
      label: {
        vi: "Yêu cầu hoãn, sau đó không có kháng nghị và có văn bản thông báo cho cơ quan Thi hành án",
        en: "Postponement requested, no protest, the enforcement office notified in writing",
      },
    },
    {
      no: `${no}.3`,
      code: `${prefix}_khong_vb`,
      label: {
        vi: "Yêu cầu hoãn, sau đó không có kháng nghị và không có văn bản thông báo cho cơ quan Thi hành án",
        en: "Postponement requested, no protest, the enforcement office not notified in writing",
      },
    },
  ];
}

const hoanCqPoints: RowSpec[] = (["a", "b", "c", "d"] as const).map((point) => ({
  no: `B1${point}`,
  code: `hoan_cq_${point}`,
  label: {
    vi: `Hoãn theo điểm ${point}, khoản 1, Điều 26`,
    en: `Postponed under point ${point}, clause 1, Article 26`,
  },
}));

/** Grounds of termination, Điều 28 Pháp lệnh THADS 2004, in the article's words. */
const dinhChiGrounds: string[] = [
  "người phải thi hành án chết không để lại di sản hoặc nghĩa vụ thi hành án không được chuyển giao cho người thừa kế",
  "người được thi hành án chết mà quyền và lợi ích theo bản án, quyết định không được thừa kế",
  "người được thi hành án có văn bản từ bỏ quyền và lợi ích được hưởng theo bản án, quyết định",
  "người phải thi hành án là cơ quan, tổ chức đã bị giải thể không còn tài sản, nghĩa vụ không được chuyển giao",
  "người phải thi hành án bị Tòa án tuyên bố phá sản",
  "có quyết định miễn thi hành án theo Điều 32",
  "bản án, quyết định bị Tòa án có thẩm quyền hủy bỏ",
  "thời hiệu yêu cầu thi hành án đã hết",
];

const dinhChiRows: RowSpec[] = dinhChiGrounds.map((ground, i) => ({
  no: `E${i + 1}`,
  code: `dinh_chi_k${i + 1}`,
  label: {
    vi: `Đình chỉ theo khoản ${i + 1}, Điều 28 (${ground})`,
    en: `Terminated under clause ${i + 1}, Article 28`,
  },
}));

export const tk05: FormSpec = {
  family: "05",
  number: "BIỂU MẪU SỐ 05-TK/THA",
  title: {
    vi: "KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC",
    en: "CIVIL JUDGMENT ENFORCEMENT RESULTS IN CASES",
  },
  wholeNumbers: true,
  tolerance: 0,
  pages: [
    {
      id: "P1",
      title: { vi: "Trang 1: các chỉ tiêu tổng hợp", en: "Page 1: summary indicators" },
      blocks: [
        {
          code: "main",
          columns: caseTypeColumns,
          rows: [
            {
              no: "1",
              code: "thu_ly",
              label: { vi: "Tổng số thụ lý", en: "Total accepted" },
              formula: sum("nam_truoc", "thu_ly_moi"),
              emphasis: true,
            },
            {
              no: "1.1",
              code: "nam_truoc",
              label: { vi: "Số năm trước chuyển sang", en: "Carried over" },
            },
            { no: "1.2", code: "thu_ly_moi", label: { vi: "Số thụ lý mới", en: "Newly accepted" } },
            {
              no: "2",
              code: "uy_thac",
              label: { vi: "Số ủy thác", en: "Entrusted elsewhere" },
              emphasis: true,
            },
            {
              no: "3",
              code: "phai_thi_hanh",
              label: { vi: "Tổng số phải thi hành", en: "Total to enforce" },
              formula: { op: "difference", minuend: "thu_ly", subtrahend: "uy_thac" },
              emphasis: true,
            },
            {
              no: "4",
              code: "co_dieu_kien",
              label: { vi: "Số có điều kiện thi hành", en: "Enforceable" },
              formula: sum("thi_hanh_xong", "dang_giai_quyet"),
              emphasis: true,
            },
            {
              no: "4.1",
              code: "thi_hanh_xong",
              label: { vi: "Số thi hành xong", en: "Completed" },
              formula: sum("xong_hoan_toan", "thi_hanh_deu", "dinh_chi"),
              emphasis: true,
            },
            {
              no: "4.1.1",
              code: "xong_hoan_toan",
              label: { vi: "Xong hoàn toàn", en: "Fully completed" },
            },
            {
              no: "4.1.2",
              code: "thi_hanh_deu",
              label: { vi: "Thi hành đều", en: "Paying regularly" },
            },
            {
              no: "4.1.3",
              code: "dinh_chi",
              label: { vi: "Đình chỉ thi hành án", en: "Terminated" },
            },
            {
              no: "4.2",
              code: "dang_giai_quyet",
              label: { vi: "Số đang giải quyết", en: "In progress" },
              formula: sum("do_dang", "chua_thi_hanh_duoc"),
              emphasis: true,
            },
            {
              no: "4.2.1",
              code: "do_dang",
              label: { vi: "Thi hành dở dang", en: "Partly enforced" },
            },
            {
              no: "4.2.2",
              code: "chua_thi_hanh_duoc",
              label: { vi: "Chưa thi hành được", en: "Not yet enforced" },
            },
            {
              no: "5",
              code: "chua_co_dieu_kien",
              label: { vi: "Số chưa có điều kiện thi hành", en: "Not yet enforceable" },
              formula: sum("hoan", "tam_dinh_chi", "tra_don", "ly_do_khac"),
              emphasis: true,
            },
            { no: "5.1", code: "hoan", label: { vi: "Hoãn thi hành án", en: "Postponed" } },
            {
              no: "5.2",
              code: "tam_dinh_chi",
              label: { vi: "Tạm đình chỉ thi hành án", en: "Suspended" },
            },
            {
              no: "5.3",
              code: "tra_don",
              label: { vi: "Trả đơn yêu cầu thi hành án", en: "Request returned" },
            },
            { no: "5.4", code: "ly_do_khac", label: { vi: "Lý do khác", en: "Other reasons" } },
            {
              no: "6.1",
              code: "ty_le_co_dieu_kien",
              label: {
                vi: "Tỷ lệ giữa số có điều kiện / tổng số phải thi hành (%)",
                en: "Enforceable / total to enforce (%)",
              },
              formula: { op: "ratio", numerator: "co_dieu_kien", denominator: "phai_thi_hanh" },
            },
            {
              no: "6.2",
              code: "ty_le_xong",
              label: {
                vi: "Tỷ lệ giữa số thi hành xong / số có điều kiện (%)",
                en: "Completed / enforceable (%)",
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
        vi: "Trang 2: phân tích tạm đình chỉ, hoãn thi hành án, lý do khác",
        en: "Page 2: suspensions, postponements and other reasons analysed",
      },
      blocks: [
        {
          code: "main",
          columns: caseTypeColumns,
          rows: [
            {
              no: "A",
              code: "tam_dinh_chi",
              label: { vi: "Tạm đình chỉ thi hành án", en: "Suspended" },
              formula: sum("tdc_cq", "tdc_toa_an", "tdc_vks"),
              emphasis: true,
            },
            {
              no: "A1",
              code: "tdc_cq",
              label: {
                vi: "Cơ quan Thi hành án tạm đình chỉ",
                en: "Suspended by the enforcement office",
              },
            },
            {
              no: "A2",
              code: "tdc_toa_an",
              label: { vi: "Tòa án tạm đình chỉ", en: "Suspended by the court" },
              formula: sum(
                "tdc_toa_an_chap_nhan",
                "tdc_toa_an_mot_phan",
                "tdc_toa_an_bac",
                "tdc_toa_an_rut"
              ),
              emphasis: true,
            },
            ...reviewOutcomes("tdc_toa_an", "A2"),
            {
              no: "A3",
              code: "tdc_vks",
              label: { vi: "Viện kiểm sát tạm đình chỉ", en: "Suspended by the procuracy" },
              formula: sum("tdc_vks_chap_nhan", "tdc_vks_mot_phan", "tdc_vks_bac", "tdc_vks_rut"),
              emphasis: true,
            },
            ...reviewOutcomes("tdc_vks", "A3"),
            {
              no: "B",
              code: "hoan",
              label: { vi: "Hoãn thi hành án", en: "Postponed" },
              formula: sum("hoan_cq", "hoan_toa_an", "hoan_vks"),
              emphasis: true,
            },
            {
              no: "B1",
              code: "hoan_cq",
              label: { vi: "Cơ quan Thi hành án hoãn", en: "Postponed by the enforcement office" },
              formula: sum("hoan_cq_a", "hoan_cq_b", "hoan_cq_c", "hoan_cq_d"),
              emphasis: true,
            },
            ...hoanCqPoints,
            {
              no: "B2",
              code: "hoan_toa_an",
              label: { vi: "Tòa án yêu cầu hoãn", en: "Postponement requested by the court" },
              formula: sum("hoan_toa_an_co_kn", "hoan_toa_an_co_vb", "hoan_toa_an_khong_vb"),
              emphasis: true,
            },
            ...postponementOutcomes("hoan_toa_an", "B2"),
            {
              no: "B3",
              code: "hoan_vks",
              label: {
                vi: "Viện kiểm sát yêu cầu hoãn",
                en: "Postponement requested by the procuracy",
              },
              formula: sum("hoan_vks_co_kn", "hoan_vks_co_vb", "hoan_vks_khong_vb"),
              emphasis: true,
            },
            ...postponementOutcomes("hoan_vks", "B3"),
            {
              no: "C",
              code: "ly_do_khac",
              label: { vi: "Lý do khác", en: "Other reasons" },
              formula: sum("an_khong_ro", "chua_thong_nhat", "ts_chua_xu_ly", "tam_ngung"),
              emphasis: true,
            },
            {
              no: "C1",
              code: "an_khong_ro",
              label: { vi: "Án tuyên không rõ", en: "Unclear judgment" },
            },
            {
              no: "C2",
              code: "chua_thong_nhat",
              label: { vi: "Chưa thống nhất ý kiến", en: "No agreement yet" },
            },
            {
              no: "C3",
              code: "ts_chua_xu_ly",
              label: {
                vi: "Tài sản kê biên, phải giao chưa xử lý được",
                en: "Seized or deliverable assets not yet dealt with",
              },
            },
            {
              no: "C4",
              code: "tam_ngung",
              label: {
                vi: "Tạm ngừng thi hành án để giải quyết khiếu nại",
                en: "Paused to settle a complaint",
              },
            },
          ],
        },
      ],
    },
    {
      id: "P3",
      title: {
        vi: "Trang 3: phân tích xong hoàn toàn và đình chỉ thi hành án",
        en: "Page 3: full completions and terminations analysed",
      },
      blocks: [
        {
          code: "D",
          columns: caseTypeColumns,
          rows: [
            {
              no: "D",
              code: "xong_hoan_toan",
              label: { vi: "Số việc thi hành xong hoàn toàn", en: "Fully completed cases" },
              formula: sum("thuc_hien_xong", "xong_mien"),
              emphasis: true,
            },
            {
              no: "D1",
              code: "thuc_hien_xong",
              label: {
                vi: "Thực hiện xong nội dung quyết định thi hành án",
                en: "Enforcement decision carried out",
              },
              formula: sum("xong_tu_nguyen", "xong_cuong_che"),
              emphasis: true,
            },
            {
              no: "D1.1",
              code: "xong_tu_nguyen",
              label: { vi: "Xong do tự nguyện thi hành án", en: "Completed voluntarily" },
            },
            {
              no: "D1.2",
              code: "xong_cuong_che",
              label: { vi: "Xong do cưỡng chế thi hành án", en: "Completed by coercion" },
            },
            {
              no: "D2",
              code: "xong_mien",
              label: { vi: "Xong do miễn nghĩa vụ thi hành án", en: "Completed by exemption" },
            },
          ],
        },
        {
          code: "E",
          title: { vi: "Đình chỉ thi hành án", en: "Terminations" },
          columns: dinhChiColumns,
          rows: [
            {
              no: "E",
              code: "dinh_chi",
              label: { vi: "Đình chỉ thi hành án", en: "Terminated" },
              formula: sum(...dinhChiRows.map((row) => row.code)),
              emphasis: true,
            },
            ...dinhChiRows,
          ],
        },
      ],
    },
  ],
  rules: [
    balanceRule("05", {
      vi: "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành",
      en: "Total to enforce must equal enforceable plus not yet enforceable",
    }),
    noReturnsOnInitiativeRule("05", {
      vi: "Biểu chủ động không nên có việc trả đơn yêu cầu thi hành án (trả đơn thuộc việc theo đơn)",
      en: "An on-own-initiative form should have no returned requests (those are on-request cases)",
    }),
    matchesPageOneRule("05", "P2", "tam_dinh_chi", {
      vi: "Tạm đình chỉ ở trang 2 luôn luôn bằng tạm đình chỉ ở trang 1",
      en: "Suspended on page 2 must always equal page 1",
    }),
    matchesPageOneRule("05", "P2", "hoan", {
      vi: "Hoãn thi hành án ở trang 2 luôn luôn bằng hoãn thi hành án ở trang 1",
      en: "Postponed on page 2 must always equal page 1",
    }),
    matchesPageOneRule("05", "P2", "ly_do_khac", {
      vi: "Lý do khác ở trang 2 luôn luôn bằng lý do khác ở trang 1",
      en: "Other reasons on page 2 must always equal page 1",
    }),
    // Inferred: the article says page 3 "phân tích" these page-1 figures; "luôn luôn bằng" is said of page 2.
    matchesPageOneRule(
      "05",
      "P3",
      "xong_hoan_toan",
      {
        vi: "Số việc thi hành xong hoàn toàn ở trang 3 phải bằng xong hoàn toàn ở trang 1",
        en: "Fully completed on page 3 must equal page 1",
      },
      true
    ),
    {
      id: "05.P3.dinh_chi",
      kind: "equal",
      severity: "error",
      left: { page: "P3", row: "dinh_chi", column: "so_luong" },
      right: [{ page: "P1", row: "dinh_chi", column: "tong" }],
      inferred: true,
      description: {
        vi: "Số lượng đình chỉ ở trang 3 phải bằng tổng số đình chỉ thi hành án ở trang 1",
        en: "Terminations on page 3 must equal the total terminated on page 1",
      },
    },
  ],
};
