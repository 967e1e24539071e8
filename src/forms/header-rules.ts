// Rules on the header and footer ("Ghi chép đối với phần chung", section 2.1.1 of both parts of the article),
// read from the header data points <FORM>.P1.hdr.<code>. All warnings: a header is the officer's text.
import type { GeneralRuleSpec } from "./types";

/** Fields the reporter must fill ("phải ghi rõ tên cơ quan Thi hành án", "phải ký và ghi rõ họ tên"). */
export const REQUIRED_HEADER_FIELDS = [
  "ky_bao_cao",
  "don_vi_bao_cao",
  "don_vi_nhan",
  "nguoi_lap_bieu",
];

/** "N tháng/năm YYYY", N from 1 to 12 ("Ví dụ: 1 tháng/năm 2008 hay 3 tháng/năm 2008"). */
export const PERIOD_PATTERN = /^(\d{1,2}) tháng ?\/ ?năm (\d{4})$/;

export const HEADER_RULES: GeneralRuleSpec[] = [
  {
    id: "header.incomplete",
    severity: "warning",
    description: {
      vi: "Phần chung còn trống Kỳ báo cáo, Đơn vị báo cáo, Đơn vị nhận báo cáo hoặc Người lập biểu",
      en: "The header lacks the reporting period, reporting unit, receiving unit or preparer",
    },
  },
  {
    id: "header.period_format",
    severity: "warning",
    description: {
      vi: "Kỳ báo cáo không theo mẫu «N tháng/năm YYYY» (N từ 1 đến 12), ví dụ «3 tháng/năm 2008»",
      en: "The reporting period is not of the form “N tháng/năm YYYY” (N from 1 to 12), e.g. “3 tháng/năm 2008”",
    },
  },
  {
    id: "header.officer_signer",
    severity: "warning",
    description: {
      vi: "Bản dùng cho Chấp hành viên: Người lập biểu phải là chính Chấp hành viên ghi ở Đơn vị báo cáo",
      en: "Officer's edition: the preparer must be the officer named as the reporting unit",
    },
  },
  {
    id: "header.received_by_sender",
    severity: "warning",
    description: {
      vi: "Ngày nhận báo cáo đã được ghi trước khi đơn vị nhận báo cáo nhận (phần này do đơn vị nhận ghi)",
      en: "The date received is filled before the receiving unit received the report (the receiver fills it)",
    },
  },
];
