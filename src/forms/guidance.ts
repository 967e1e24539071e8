// The article's own guidance for every input row: what goes in the row and what must not, short enough for
// Excel's input message (255 characters). Written from the article ("Ghi chép biểu mẫu thống kê THADS",
// 16/04/2009) in our own words where a quotation would be too long; `section` is the article's numbering
// inside its part on cases (05) or on value (06). Much of it is what no total can check.
import type { FormGuidance, Guidance, Text } from "./types";

/** Excel keeps at most 255 characters in a data validation's input message. */
export const GUIDANCE_MAX = 255;

const g = (section: string, vi: string, en: string): Guidance => ({ section, vi, en });

/** Grounds of postponement, điểm a-d khoản 1 Điều 26 Pháp lệnh THADS 2004, as the article gives them. */
const HOAN_POINTS: Record<string, Text> = {
  a: {
    vi: "người phải thi hành án ốm nặng, chưa xác định được nơi cư trú hoặc có lý do chính đáng khác mà phải tự mình thực hiện nghĩa vụ",
    en: "the debtor is seriously ill, has no known residence or another good reason, and must perform in person",
  },
  b: {
    vi: "người được thi hành án đồng ý cho người phải thi hành án hoãn",
    en: "the creditor agrees to let the debtor postpone",
  },
  c: {
    vi: "khoản nộp ngân sách mà người phải thi hành án không có tài sản, tài sản không đủ chi phí cưỡng chế hoặc không được kê biên",
    en: "a payment to the State budget by a debtor with no assets, assets not worth the cost of coercion, or assets that cannot be seized",
  },
  d: {
    vi: "có tranh chấp về tài sản kê biên (khoản 5 Điều 41) đang được Tòa án thụ lý, giải quyết",
    en: "the seized asset is disputed (clause 5, Article 41) before a court",
  },
};

function hoanCq(section: string, unit: Text): Record<string, Guidance> {
  return Object.fromEntries(
    Object.entries(HOAN_POINTS).map(([point, ground]) => [
      `P2.hoan_cq_${point}`,
      g(
        section,
        `${unit.vi} cơ quan Thi hành án hoãn theo điểm ${point} khoản 1 Điều 26: ${ground.vi}.`,
        `${unit.en} the enforcement office postponed under point ${point}, clause 1, Article 26: ${ground.en}.`
      ),
    ])
  );
}

const REVIEW_OUTCOMES: [string, Text][] = [
  ["chap_nhan", { vi: "chấp nhận toàn bộ kháng nghị", en: "the protest fully accepted" }],
  ["mot_phan", { vi: "chấp nhận một phần kháng nghị", en: "the protest partly accepted" }],
  ["bac", { vi: "bác toàn bộ kháng nghị", en: "the protest rejected" }],
];

function reviewOutcomes(prefix: "tdc_toa_an" | "tdc_vks", by: Text): Record<string, Guidance> {
  const rows: [string, Guidance][] = REVIEW_OUTCOMES.map(([code, outcome]) => [
    `P2.${prefix}_${code}`,
    g(
      "2.2.1.1",
      `Việc ${by.vi} tạm đình chỉ, sau đó xét xử giám đốc thẩm và ${outcome.vi}. Ghi các dòng chi tiết; dòng ${by.vi} tạm đình chỉ do biểu mẫu cộng.`,
      `Cases ${by.en} suspended, then reviewed in cassation with ${outcome.en}. Enter the detail rows; the template adds up the ${by.en} row.`
    ),
  ]);
  rows.push([
    `P2.${prefix}_rut`,
    g(
      "2.2.1.1",
      `Việc ${by.vi} tạm đình chỉ, sau đó kháng nghị bị rút.`,
      `Cases ${by.en} suspended, then the protest was withdrawn.`
    ),
  ]);
  return Object.fromEntries(rows);
}

const POSTPONEMENT_OUTCOMES: [string, Text][] = [
  ["co_kn", { vi: "sau đó có kháng nghị", en: "then protested" }],
  [
    "co_vb",
    {
      vi: "sau đó không có kháng nghị và có văn bản thông báo cho cơ quan Thi hành án biết",
      en: "then no protest, and the enforcement office was notified in writing",
    },
  ],
  [
    "khong_vb",
    {
      vi: "sau đó không có kháng nghị và không có văn bản thông báo cho cơ quan Thi hành án biết",
      en: "then no protest, and the enforcement office was not notified in writing",
    },
  ],
];

function postponementOutcomes(
  prefix: "hoan_toa_an" | "hoan_vks",
  by: Text
): Record<string, Guidance> {
  return Object.fromEntries(
    POSTPONEMENT_OUTCOMES.map(([code, outcome]) => [
      `P2.${prefix}_${code}`,
      g(
        "2.2.1.2",
        `Việc ${by.vi} yêu cầu hoãn, ${outcome.vi}.`,
        `Cases whose postponement ${by.en} requested, ${outcome.en}.`
      ),
    ])
  );
}

/** Grounds of termination, khoản 1-8 Điều 28, as the article gives them. */
const DINH_CHI_GROUNDS: Text[] = [
  {
    vi: "người phải thi hành án chết không để lại di sản hoặc nghĩa vụ không được chuyển giao cho người thừa kế",
    en: "the debtor died leaving no estate, or the duty does not pass to heirs",
  },
  {
    vi: "người được thi hành án chết mà quyền, lợi ích theo bản án không được thừa kế",
    en: "the creditor died and the rights under the judgment are not inherited",
  },
  {
    vi: "người được thi hành án có văn bản từ bỏ quyền, lợi ích được hưởng",
    en: "the creditor renounced the rights in writing",
  },
  {
    vi: "người phải thi hành án là cơ quan, tổ chức đã giải thể, không còn tài sản, nghĩa vụ không được chuyển giao",
    en: "the debtor is a dissolved body with no assets and the duty does not pass on",
  },
  {
    vi: "người phải thi hành án bị Tòa án tuyên bố phá sản",
    en: "the debtor was declared bankrupt",
  },
  {
    vi: "có quyết định miễn thi hành án theo Điều 32",
    en: "an exemption decision under Article 32",
  },
  {
    vi: "bản án, quyết định bị Tòa án có thẩm quyền hủy bỏ",
    en: "the judgment was annulled by a competent court",
  },
  {
    vi: "thời hiệu yêu cầu thi hành án đã hết",
    en: "the time limit to request enforcement has expired",
  },
];

const dinhChiGrounds: Record<string, Guidance> = Object.fromEntries(
  DINH_CHI_GROUNDS.map((ground, i) => [
    `P3.dinh_chi_k${i + 1}`,
    g(
      "2.3.1.2",
      `Đình chỉ theo khoản ${i + 1} Điều 28: ${ground.vi}. Ghi riêng đình chỉ đúng, đình chỉ sai; cột Số lượng do biểu mẫu tính.`,
      `Terminated under clause ${i + 1}, Article 28: ${ground.en}. Enter rightly and wrongly terminated apart; the template computes Number.`
    ),
  ])
);

const CASE = { vi: "Việc", en: "Cases" };
const VALUE = { vi: "Giá trị", en: "Value" };

const tk05: Record<string, Guidance> = {
  "P1.nam_truoc": g(
    "2.2.2.2",
    "Số việc (mỗi quyết định thi hành án là một việc) chưa xong, năm trước chuyển sang. Ghi từng loại việc, từ trái qua phải; cột Tổng số và các dòng tổng do biểu mẫu tính sau.",
    "Cases (one enforcement decision is one case) carried over unfinished from last year. Enter each case type, left to right; the Total column and the total rows are computed after."
  ),
  "P1.thu_ly_moi": g(
    "2.2.2.2",
    "Số quyết định thi hành án thụ lý mới trong kỳ, theo từng loại việc. Ghi các chỉ tiêu cụ thể trước; chỉ tiêu tổng hợp do biểu mẫu tính.",
    "Enforcement decisions newly accepted in the period, by case type. Enter the specific indicators first; the template computes the totals."
  ),
  "P1.uy_thac": g(
    "2.2.2.2",
    "Số việc đã ủy thác cho cơ quan Thi hành án khác; được trừ khỏi tổng số thụ lý để ra tổng số phải thi hành.",
    "Cases entrusted to another enforcement office; subtracted from the total accepted to give the total to enforce."
  ),
  "P1.xong_hoan_toan": g(
    "2.3.1.1",
    "Việc thi hành xong hoàn toàn (trang 3, mục D phân tích). Việc xong một phần mà phần còn lại đã trả đơn, ủy thác… cũng là xong: ghi ở đây, không ghi ở mục nào khác.",
    "Cases fully completed (analysed on page 3, block D). A case finished in part whose rest was returned or entrusted counts as completed: here and nowhere else."
  ),
  "P1.thi_hanh_deu": g(
    "2.2.2.2",
    "Việc đang thi hành đều; được tính vào số thi hành xong (= xong hoàn toàn + thi hành đều + đình chỉ).",
    "Cases being enforced regularly; counted as completed (= fully completed + regular + terminated)."
  ),
  "P1.dinh_chi": g(
    "2.3.1.2",
    "Việc đình chỉ thi hành án (Điều 28); được tính vào số thi hành xong. Trang 3, mục E phân tích theo từng khoản, đúng hay sai.",
    "Cases terminated (Article 28); counted as completed. Page 3, block E analyses them by clause, rightly or wrongly."
  ),
  "P1.do_dang": g(
    "2.2.2.2",
    "Việc đang thi hành dở dang; cùng với chưa thi hành được là số đang giải quyết.",
    "Cases partly enforced; with those not yet enforced they make up the cases in progress."
  ),
  "P1.chua_thi_hanh_duoc": g(
    "2.2.2.2",
    "Việc có điều kiện thi hành nhưng chưa thi hành được; cùng với dở dang là số đang giải quyết.",
    "Enforceable cases not yet enforced; with those partly enforced they make up the cases in progress."
  ),
  "P1.hoan": g(
    "2.2.1.2",
    "Việc cơ quan Thi hành án quyết định hoãn (Điều 26). Luôn luôn bằng mục B, Hoãn thi hành án, ở trang 2.",
    "Cases the enforcement office postponed (Article 26). Always equal to block B, Postponed, on page 2."
  ),
  "P1.tam_dinh_chi": g(
    "2.2.1.1",
    "Việc tạm đình chỉ thi hành án (cơ quan Thi hành án, Tòa án, Viện kiểm sát). Luôn luôn bằng mục A ở trang 2.",
    "Cases suspended (by the enforcement office, a court or the procuracy). Always equal to block A on page 2."
  ),
  "P1.tra_don": g(
    "2.3.1.1",
    "Việc trả đơn yêu cầu thi hành án (việc theo đơn). Việc đã xong một phần, phần còn lại trả đơn, là xong hoàn toàn: không ghi ở đây.",
    "Cases whose request was returned (on-request cases). A case finished in part whose rest was returned is fully completed: not here."
  ),
  "P1.ly_do_khac": g(
    "2.2.1.3",
    "Chỉ ghi việc chậm thi hành vì lý do không thuộc hoãn, tạm đình chỉ: án tuyên không rõ, chưa thống nhất ý kiến, tài sản chưa xử lý được, tạm ngừng. Luôn luôn bằng mục C ở trang 2.",
    "Only cases delayed for reasons that are neither postponement nor suspension: unclear judgment, no agreement, assets not dealt with, paused. Always equal to block C on page 2."
  ),
  "P2.tdc_cq": g(
    "2.2.1.1",
    "Việc do chính cơ quan Thi hành án quyết định tạm đình chỉ. Ghi các chỉ tiêu cụ thể trước; mục A do biểu mẫu cộng.",
    "Cases the enforcement office itself suspended. Enter the specific indicators first; the template adds up block A."
  ),
  ...reviewOutcomes("tdc_toa_an", { vi: "Tòa án", en: "a court" }),
  ...reviewOutcomes("tdc_vks", { vi: "Viện kiểm sát", en: "the procuracy" }),
  ...hoanCq("2.2.1.2", CASE),
  ...postponementOutcomes("hoan_toa_an", { vi: "Tòa án", en: "a court" }),
  ...postponementOutcomes("hoan_vks", { vi: "Viện kiểm sát", en: "the procuracy" }),
  "P2.an_khong_ro": g(
    "2.2.1.3",
    "Việc chậm thi hành vì bản án, quyết định tuyên không rõ. Lý do khác chỉ gồm những gì không phải hoãn, tạm đình chỉ.",
    "Cases delayed because the judgment is unclear. Other reasons hold only what is neither postponement nor suspension."
  ),
  "P2.chua_thong_nhat": g(
    "2.2.1.3",
    "Việc chậm thi hành vì chưa thống nhất ý kiến. Lý do khác chỉ gồm những gì không phải hoãn, tạm đình chỉ.",
    "Cases delayed because no agreement has been reached. Other reasons hold only what is neither postponement nor suspension."
  ),
  "P2.ts_chua_xu_ly": g(
    "2.2.1.3",
    "Việc có tài sản đã kê biên, tài sản phải giao nhưng chưa xử lý được.",
    "Cases with seized assets or assets to deliver not yet dealt with."
  ),
  "P2.tam_ngung": g(
    "2.2.2.3",
    "Việc bị tạm ngừng thi hành án để giải quyết khiếu nại. Ở biểu 05 được cộng vào Lý do khác (mục C).",
    "Cases paused to settle a complaint. On form 05 they are added into Other reasons (block C)."
  ),
  "P3.xong_tu_nguyen": g(
    "2.3.1.1",
    "Việc cơ quan Thi hành án đã thi hành xong trên thực tế nội dung quyết định thi hành án, do người phải thi hành án tự nguyện. Ghi tự nguyện, cưỡng chế, miễn rồi mới tính tổng.",
    "Cases whose enforcement decision was carried out in fact, voluntarily by the debtor. Enter voluntary, coerced and exempted first, then the totals."
  ),
  "P3.xong_cuong_che": g(
    "2.3.1.1",
    "Việc cơ quan Thi hành án đã thi hành xong trên thực tế nội dung quyết định thi hành án bằng cưỡng chế.",
    "Cases whose enforcement decision was carried out in fact by coercion."
  ),
  "P3.xong_mien": g(
    "2.3.1.1",
    "Chỉ ghi việc xong do được miễn nghĩa vụ thi hành án. Giảm thì chưa xong về việc: không ghi ở đây.",
    "Only cases completed by exemption from the duty. A reduction does not complete a case: not here."
  ),
  ...dinhChiGrounds,
};

const tk06: Record<string, Guidance> = {
  "P1.nam_truoc": g(
    "2.1.2.2",
    "Số tiền và giá trị tài sản chưa thi hành xong, năm trước chuyển sang. Ghi cột Tiền, rồi cột Tài sản; cột Cộng và các dòng tổng do biểu mẫu tính sau.",
    "Money and asset value carried over unfinished from last year. Enter Money, then Assets; the Total column and the total rows are computed after."
  ),
  "P1.thu_ly_moi": g(
    "2.1.2.2",
    "Số tiền, giá trị tài sản thụ lý mới trong kỳ. Ghi các chỉ tiêu cụ thể trước; chỉ tiêu tổng hợp do biểu mẫu tính.",
    "Money and asset value newly accepted in the period. Enter the specific indicators first; the template computes the totals."
  ),
  "P1.uy_thac": g(
    "2.1.2.2",
    "Số tiền, giá trị tài sản đã ủy thác cho cơ quan Thi hành án khác; được trừ khỏi tổng số thụ lý.",
    "Money and asset value entrusted to another enforcement office; subtracted from the total accepted."
  ),
  "P1.thi_hanh_xong": g(
    "2.1.2.2",
    "Số thực thu: tiền và giá trị tài sản đã thi hành xong trên thực tế.",
    "Actually collected: money and asset value enforced in fact."
  ),
  "P1.mien_giam": g(
    "2.1.2.2",
    "Chỉ ghi tiền: không có miễn, giảm về tài sản (có tài sản thì phải xử lý để thi hành án). Ô Tài sản để trống.",
    "Money only: there is no exemption or reduction of assets (assets must be dealt with to enforce). Leave Assets empty."
  ),
  "P1.dinh_chi": g(
    "2.1.2.2",
    "Tiền và giá trị tài sản đình chỉ thi hành án (Điều 28).",
    "Money and asset value whose enforcement was terminated (Article 28)."
  ),
  "P1.chua_thi_hanh": g(
    "2.1.2.2",
    "Tiền và giá trị tài sản có điều kiện thi hành nhưng chưa thi hành được.",
    "Enforceable money and asset value not yet enforced."
  ),
  "P1.hoan": g(
    "2.2.2",
    "Giá trị cơ quan Thi hành án quyết định hoãn (Điều 26). Phải bằng mục I, Tổng số hoãn, ở trang 2.",
    "Value the enforcement office postponed (Article 26). Must equal block I, Total postponed, on page 2."
  ),
  "P1.tam_dinh_chi": g(
    "2.2.3",
    "Giá trị tạm đình chỉ (cơ quan Thi hành án, Tòa án, Viện kiểm sát). Phải bằng mục J ở trang 2.",
    "Value suspended (by the enforcement office, a court or the procuracy). Must equal block J on page 2."
  ),
  "P1.tra_don": g(
    "2.1.2.2",
    "Tiền và giá trị tài sản trả đơn yêu cầu thi hành án (việc theo đơn).",
    "Money and asset value of returned requests (on-request cases)."
  ),
  "P1.ly_do_khac": g(
    "2.2.1",
    "Chỉ ghi giá trị chậm thi hành vì lý do không thuộc hoãn, tạm đình chỉ. Bằng mục H ở trang 2; bài viết không nói có cộng tạm ngừng (mục K) hay không: H hoặc H + K đều được.",
    "Only value delayed for reasons that are neither postponement nor suspension. Equal to block H on page 2; the article does not say whether paused (K) is added: H or H + K both pass."
  ),
  "P2.an_chua_ro": g(
    "2.2.2.1",
    "Giá trị chậm thi hành vì án tuyên chưa rõ. Ghi cột Tiền trước, rồi cột Tài sản; mục H do biểu mẫu cộng.",
    "Value delayed because the judgment is unclear. Enter Money first, then Assets; the template adds up block H."
  ),
  "P2.chua_thong_nhat": g(
    "2.2.2.1",
    "Giá trị chậm thi hành vì chưa thống nhất ý kiến. Ghi cột Tiền trước, rồi cột Tài sản.",
    "Value delayed because no agreement has been reached. Enter Money first, then Assets."
  ),
  "P2.ts_chua_xu_ly": g(
    "2.2.2.1",
    "Chỉ ghi ở cột Tài sản: giá trị tài sản kê biên hoặc phải giao chưa xử lý được. Cột Tiền không phản ánh chỉ tiêu này.",
    "Assets column only: value of seized or deliverable assets not yet dealt with. The Money column does not carry it."
  ),
  ...hoanCq("2.2.2", VALUE),
  "P2.hoan_toa_an": g(
    "2.2.2",
    "Giá trị Tòa án yêu cầu hoãn. Ghi cột Tiền trước, rồi cột Tài sản.",
    "Value whose postponement a court requested. Enter Money first, then Assets."
  ),
  "P2.hoan_vks": g(
    "2.2.2",
    "Giá trị Viện kiểm sát yêu cầu hoãn. Ghi cột Tiền trước, rồi cột Tài sản.",
    "Value whose postponement the procuracy requested. Enter Money first, then Assets."
  ),
  "P2.tdc_cq": g(
    "2.2.3",
    "Giá trị do cơ quan Thi hành án tạm đình chỉ.",
    "Value the enforcement office suspended."
  ),
  "P2.tdc_toa_an": g("2.2.3", "Giá trị do Tòa án tạm đình chỉ.", "Value a court suspended."),
  "P2.tdc_vks": g(
    "2.2.3",
    "Giá trị do Viện kiểm sát tạm đình chỉ.",
    "Value the procuracy suspended."
  ),
  "P2.tam_ngung": g(
    "2.2.4",
    "Giá trị mà người có thẩm quyền giải quyết khiếu nại tạm ngừng thi hành án để giải quyết khiếu nại. Ghi sau cùng, khi các chỉ tiêu khác đã xong.",
    "Value whose enforcement was paused by the authority settling a complaint. Entered last, after every other indicator."
  ),
};

/** Form 05's guidance, from the article's part on cases. */
export const TK05_GUIDANCE: FormGuidance = {
  part: { vi: "Biểu mẫu thống kê về việc", en: "Statistical forms on cases" },
  rows: tk05,
};

/** Form 06's guidance, from the article's part on value. */
export const TK06_GUIDANCE: FormGuidance = {
  part: { vi: "Biểu mẫu thống kê về giá trị", en: "Statistical forms on value" },
  rows: tk06,
};

/** The header and footer fields, from "Ghi chép đối với phần chung" (section 2.1.1 of both parts). */
export const HEADER_GUIDANCE: Record<string, Guidance> = {
  ky_bao_cao: g(
    "2.1.1",
    "Ghi rõ biểu báo cáo mấy tháng, theo mẫu «N tháng/năm YYYY», ví dụ: 3 tháng/năm 2008 (kỳ báo cáo cộng dồn từ đầu năm thống kê).",
    "State how many months the report covers, as “N tháng/năm YYYY”, e.g. 3 tháng/năm 2008 (cumulative from the start of the statistical year)."
  ),
  don_vi_bao_cao: g(
    "2.1.1",
    "Bản dùng cho Chấp hành viên: họ, tên Chấp hành viên (ví dụ: Nguyễn Văn A). Bản dùng cho cơ quan: Thi hành án dân sự cấp huyện hoặc cấp tỉnh.",
    "Officer's edition: the officer's full name (e.g. Nguyễn Văn A). Office edition: the district or provincial enforcement office."
  ),
  don_vi_nhan: g(
    "2.1.1",
    "Ghi rõ tên nơi nhận báo cáo: với Chấp hành viên là cơ quan Thi hành án nơi mình công tác; với cơ quan là nơi nhận theo quy định.",
    "Name the receiver in full: for an officer, the enforcement office he or she works in; for an office, the receiver set by the rules."
  ),
  ngay_nhan: g(
    "2.1.1",
    "Phần này do đơn vị nhận báo cáo ghi: ngày nhận được báo cáo. Người lập biểu để trống.",
    "Filled in by the receiving unit: the date it received the report. The preparer leaves it blank."
  ),
  nguoi_lap_bieu: g(
    "2.1.1",
    "Người lập biểu ký và ghi rõ họ tên. Bản dùng cho Chấp hành viên: chính Chấp hành viên (vừa là người báo cáo, vừa là người lập biểu).",
    "The preparer signs and writes his or her full name. Officer's edition: the officer (both reporter and preparer)."
  ),
  truong_thads: g(
    "2.1.1",
    "Trưởng thi hành án dân sự kiểm tra, ký và đóng dấu xác nhận.",
    "The head of civil judgment enforcement checks, signs and seals."
  ),
};
