// The Tổng hợp tab's wording, Vietnamese and English (refusals themselves come worded from the core).
import type { Language } from "../../i18n";

const vi = {
  heading: "Tổng hợp báo cáo của các đơn vị",
  intro:
    "Chọn các báo cáo (.xlsx) đã nhận từ các đơn vị cấp dưới. Số liệu được cộng theo từng ô vào một báo cáo cùng biểu mẫu, thêm vào sổ tính đang mở thành các trang tính mới; mọi ô tổng vẫn là công thức.",
  choose: "Chọn các báo cáo (.xlsx)…",
  chooseAgain: "Chọn lại các báo cáo…",
  reading: "Đang đọc {done}/{total}: {file}",
  loadingReader: "Đang tải bộ đọc tệp…",
  filesLabel: "Các báo cáo đã chọn",
  unknownUnit: "không rõ đơn vị",
  noPeriod: "chưa ghi kỳ báo cáo",
  fileOk: "đọc được, không có lỗi",
  fileErrors: "{n} lỗi",
  unreadable: "không đọc được: {reason}",
  blockedUnreadable:
    "Chưa tổng hợp được: {n} tệp không đọc được (xem danh sách). Hãy chọn lại các báo cáo, bỏ tệp đó ra hoặc thay bằng bản đúng.",
  refused: "Không tổng hợp: {n} lý do, mỗi lý do kèm tên tệp:",
  refusedHint:
    "Sửa các báo cáo trên rồi chọn lại, hoặc đánh dấu «Tổng hợp dù có lỗi» (việc này được ghi lại trong sổ tính).",
  forced: "Sẽ tổng hợp dù có {n} lý do từ chối; các lý do được ghi lại trong sổ tính:",
  ready: "Sẵn sàng cộng {n} báo cáo ({forms}), kỳ báo cáo {period}.",
  unit: "Đơn vị báo cáo (của bản tổng hợp)",
  unitHint: "Ví dụ: Cục Thi hành án dân sự tỉnh Bắc Ninh.",
  unitCode: "Mã đơn vị (của bản tổng hợp)",
  unitCodeHint: "Để cấp trên nhận ra báo cáo này khi tổng hợp tiếp.",
  receiver: "Đơn vị nhận báo cáo",
  force: "Tổng hợp dù có lỗi",
  forceHint: "Vẫn cộng khi có báo cáo lỗi, khác kỳ hoặc khác biểu; việc này được ghi lại.",
  add: "Thêm báo cáo tổng hợp",
  adding: "Đang thêm báo cáo tổng hợp…",
  added: "Đã thêm báo cáo tổng hợp của {files} báo cáo: {n} trang tính, nguồn được ghi lại.",
  hasForms:
    "Sổ tính đang mở đã có biểu mẫu ({forms}). Báo cáo tổng hợp cần một sổ tính chưa có biểu mẫu THADS nào: hãy mở một sổ tính mới rồi thêm. Không có gì được ghi.",
  addFailed: "Không thêm được báo cáo tổng hợp: {reason}",
  noInflate:
    "Excel hoặc trình duyệt này chưa giải nén được tệp .xlsx trong ngăn tác vụ; hãy cập nhật Excel, hoặc dùng lệnh «thads-forms aggregate» trên máy tính.",
  readFailed: "không đọc được tệp",
  announceRead: "Đã đọc {total} tệp. {verdict}",
};

export type RollupStrings = typeof vi;

const en: RollupStrings = {
  heading: "Consolidate the units' reports",
  intro:
    "Choose the reports (.xlsx) received from the units below. Their figures are added cell by cell into one report of the same forms, added to the open workbook as new sheets; every total stays a formula.",
  choose: "Choose reports (.xlsx)…",
  chooseAgain: "Choose the reports again…",
  reading: "Reading {done}/{total}: {file}",
  loadingReader: "Loading the file reader…",
  filesLabel: "Chosen reports",
  unknownUnit: "unit not stated",
  noPeriod: "no reporting period",
  fileOk: "read, no errors",
  fileErrors: "{n} errors",
  unreadable: "cannot be read: {reason}",
  blockedUnreadable:
    "Cannot consolidate yet: {n} file(s) cannot be read (see the list). Choose the reports again, leaving that file out or replacing it.",
  refused: "Not consolidated: {n} reason(s), each with its file:",
  refusedHint:
    "Correct the reports above and choose them again, or tick “Consolidate despite errors” (this is recorded in the workbook).",
  forced: "Will consolidate despite {n} reason(s) to refuse; they are recorded in the workbook:",
  ready: "Ready to add up {n} reports ({forms}), reporting period {period}.",
  unit: "Reporting unit (of the consolidated report)",
  unitHint: "For example: Civil Judgment Enforcement Department of Bắc Ninh.",
  unitCode: "Unit code (of the consolidated report)",
  unitCodeHint: "So the level above recognises this report when it consolidates in turn.",
  receiver: "Receiving unit",
  force: "Consolidate despite errors",
  forceHint: "Add up even reports with errors, other periods or other forms; this is recorded.",
  add: "Add the consolidated report",
  adding: "Adding the consolidated report…",
  added: "Added the consolidated report of {files} reports: {n} sheets, sources recorded.",
  hasForms:
    "The open workbook already holds forms ({forms}). A consolidated report needs a workbook with no THADS form: open a new workbook and add it there. Nothing was written.",
  addFailed: "The consolidated report was not added: {reason}",
  noInflate:
    "This Excel or browser cannot unzip .xlsx files in the task pane; update Excel, or use the “thads-forms aggregate” command on a computer.",
  readFailed: "cannot read the file",
  announceRead: "Read {total} files. {verdict}",
};

export const ROLLUP_STRINGS: Record<Language, RollupStrings> = { vi, en };
