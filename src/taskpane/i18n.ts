// Every string the task pane shows, in Vietnamese (the default) and English (when Office runs in English).
export type Language = "vi" | "en";

const vi = {
  language: "vi" as Language,
  tabsLabel: "Ngăn biểu mẫu THADS",
  tabAdd: "Biểu mẫu mới",
  tabCheck: "Kiểm tra",
  tabRollup: "Tổng hợp",
  form: "Biểu mẫu",
  formBoth: "Cả hai",
  formAll: "Tất cả",
  variant: "Loại biểu",
  variantAll: "Cả ba",
  variantAllHint: "Cả ba: biểu tổng hợp được tính bằng chủ động cộng theo đơn.",
  edition: "Dùng cho",
  editionOfficer: "Chấp hành viên",
  editionOffice: "Cơ quan thi hành án",
  period: "Kỳ báo cáo",
  periodHint: "Lũy kế từ 01/10 năm trước, ví dụ «3 tháng/năm 2027».",
  unit: "Đơn vị báo cáo",
  unitOfficerHint: "Họ, tên Chấp hành viên.",
  unitOfficeHint: "Ví dụ: Chi cục Thi hành án dân sự quận Hồng Bàng.",
  receiver: "Đơn vị nhận báo cáo",
  add: "Thêm biểu mẫu",
  adding: "Đang thêm biểu mẫu…",
  added:
    "Đã thêm {n} trang tính. Nhập số liệu vào các ô nền vàng nhạt; các ô tổng được tính tự động.",
  exists:
    "Sổ tính đã có {forms}. Mỗi biểu chỉ có một bản trong một sổ tính: hãy bỏ chọn biểu này (hoặc dùng một sổ tính khác).",
  addFailed: "Không thêm được biểu mẫu: {reason}. Sổ tính không bị thay đổi; bạn có thể thử lại.",
  partial:
    "Biểu mẫu mới chỉ thêm được một phần: đã có {sheets}. Lý do: {reason}. Bạn có thể hoàn tất phần còn lại, hoặc gỡ bỏ đúng những gì vừa thêm.",
  partialSettings:
    "Các trang {sheets} đã có đủ số liệu, công thức và tên dữ liệu, nhưng chưa được khóa ô và đặt trang in. Lý do: {reason}.",
  finish: "Hoàn tất phần còn lại",
  removePartial: "Gỡ bỏ phần vừa thêm",
  removed: "Đã gỡ bỏ các trang và tên dữ liệu vừa thêm; sổ tính trở lại như trước.",
  manualCalculation:
    "Excel đang ở chế độ tính toán thủ công: các ô tổng có thể chưa được tính lại, nên kết quả đối chiếu có thể sai. Hãy nhấn F9 (hoặc chọn Công thức › Tùy chọn tính toán › Tự động).",
  notListening:
    "Chưa theo dõi được các thay đổi trong sổ tính ({reason}); đang thử lại. Trong lúc này, bấm «Kiểm tra lại» sau khi nhập.",
  recognised: "Đã nhận biết: {forms}",
  noForms: "Sổ tính chưa có biểu mẫu THADS. Hãy thêm biểu mẫu ở thẻ «Biểu mẫu mới».",
  recheck: "Kiểm tra đầy đủ",
  progress: "đã nhập {filled}/{total} ô",
  progressHint:
    "Ô còn trống được tính là tiến độ khi đang nhập; «Kiểm tra đầy đủ» báo chúng thành cảnh báo.",
  fullCheck: "Kiểm tra đầy đủ: ô trống được báo thành cảnh báo.",
  causes: "Kéo theo {what}",
  causesMore: "{n} phát hiện kéo theo",
  details: "Chi tiết",
  rule: "Mã quy tắc",
  select: "Chọn ô",
  announceAdded: "Đã thêm {n} trang tính. {errors} lỗi, {warnings} cảnh báo.",
  checking: "Đang kiểm tra…",
  loading: "Đang tải…",
  errors: "{n} lỗi",
  warnings: "{n} cảnh báo",
  allOk: "Tất cả đều khớp",
  allOkDetail: "Không có lỗi, không có cảnh báo: các trang đối chiếu khớp nhau.",
  noErrors: "Không có lỗi",
  groupErrors: "Lỗi",
  groupWarnings: "Cảnh báo",
  left: "Vế trái",
  right: "Vế phải",
  difference: "Chênh lệch",
  cells: "Ô",
  selectHint: "Nhấn để chọn các ô liên quan",
  readFailed: "Không đọc được sổ tính: {reason}",
  checkedIn: "Kiểm tra lúc {time} ({ms} ms)",
  announce: "{errors} lỗi, {warnings} cảnh báo",
};

export type Strings = typeof vi;

const en: Strings = {
  language: "en",
  tabsLabel: "THADS forms pane",
  tabAdd: "New templates",
  tabCheck: "Check",
  tabRollup: "Consolidate",
  form: "Form",
  formBoth: "Both",
  formAll: "All",
  variant: "Variant",
  variantAll: "All three",
  variantAllHint: "All three: the consolidated form is computed as own initiative plus on request.",
  edition: "Edition",
  editionOfficer: "Enforcement officer",
  editionOffice: "Enforcement office",
  period: "Reporting period",
  periodHint: "Cumulative from 1 October of the previous year, e.g. “3 tháng/năm 2027”.",
  unit: "Reporting unit",
  unitOfficerHint: "The officer's full name.",
  unitOfficeHint: "E.g. the district civil judgment enforcement office.",
  receiver: "Receiving unit",
  add: "Add templates",
  adding: "Adding templates…",
  added: "Added {n} sheets. Type figures into the light yellow cells; totals are computed.",
  exists:
    "The workbook already holds {forms}. A workbook holds one copy of each form: deselect it (or use another workbook).",
  addFailed:
    "Could not add the templates: {reason}. The workbook was not changed; you can try again.",
  partial:
    "The templates were only partly added: {sheets} exist. Reason: {reason}. Finish the rest, or remove exactly what was just added.",
  partialSettings:
    "The sheets {sheets} hold every figure, formula and name, but are not yet protected or set up for printing. Reason: {reason}.",
  finish: "Finish the rest",
  removePartial: "Remove what was added",
  removed: "The sheets and names just added were removed; the workbook is as it was.",
  manualCalculation:
    "Excel calculates manually: totals may not be recalculated, so the reconciliation may be wrong. Press F9 (or Formulas › Calculation Options › Automatic).",
  notListening:
    "Not yet listening to changes in the workbook ({reason}); retrying. Meanwhile, press “Check again” after typing.",
  recognised: "Recognised: {forms}",
  noForms: "This workbook holds no THADS template yet. Add one on the “New templates” tab.",
  recheck: "Full check",
  progress: "{filled}/{total} cells filled",
  progressHint:
    "While typing, blank cells count as progress; “Full check” reports them as warnings.",
  fullCheck: "Full check: blank cells are reported as warnings.",
  causes: "Also causes {what}",
  causesMore: "{n} findings follow from it",
  details: "Details",
  rule: "Rule",
  select: "Select the cells",
  announceAdded: "Added {n} sheets. {errors} errors, {warnings} warnings.",
  checking: "Checking…",
  loading: "Loading…",
  errors: "{n} errors",
  warnings: "{n} warnings",
  allOk: "Everything reconciles",
  allOkDetail: "No errors, no warnings: the pages agree.",
  noErrors: "No errors",
  groupErrors: "Errors",
  groupWarnings: "Warnings",
  left: "Left",
  right: "Right",
  difference: "Difference",
  cells: "Cells",
  selectHint: "Press to select the cells",
  readFailed: "Could not read the workbook: {reason}",
  checkedIn: "Checked at {time} ({ms} ms)",
  announce: "{errors} errors, {warnings} warnings",
};

export const STRINGS: Record<Language, Strings> = { vi, en };

/** "{n} lỗi" with n filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ""));
}

export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
