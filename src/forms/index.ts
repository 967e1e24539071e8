// The standard in one place: forms, variants, header fields and the rules that hold everywhere.
import { registeredForms } from "./registry";
import { tk05 } from "./tk05";
import { tk06 } from "./tk06";
import { CURRENT_VERSION } from "./versions";
import type { FormSpec, GeneralRuleSpec, HeaderFieldSpec, Text, Variant } from "./types";

export * from "./types";
export * from "./guidance";
export * from "./registry";
export * from "./versions";
export * from "./header-rules";
export * from "./sources";
export { tk05, tk06 };

/** Recorded in every workbook we write, so a later version of the standard can recognise it. */
export const STANDARD = {
  id: "THADS-TK-05-06",
  source: "QĐ 02/2006/QĐ-BTP; Cục THADS, Ghi chép biểu mẫu thống kê THADS (16/04/2009)",
  version: CURRENT_VERSION.id,
} as const;

/**
 * The registered forms by family, read when called (code lists forms through `registeredForms()`; this
 * view is for tests and tools that index by family).
 */
export const FORMS: Readonly<Record<string, FormSpec>> = new Proxy({} as Record<string, FormSpec>, {
  get: (_t, family) => registeredForms().find((f) => f.family === family),
  has: (_t, family) => registeredForms().some((f) => f.family === family),
  ownKeys: () => registeredForms().map((f) => f.family),
  getOwnPropertyDescriptor: (_t, family) => {
    const spec = registeredForms().find((f) => f.family === family);
    return spec ? { value: spec, enumerable: true, configurable: true } : undefined;
  },
});

export const VARIANT_LABELS: Record<Variant, Text> = {
  CD: { vi: "Chủ động", en: "On own initiative" },
  TD: { vi: "Theo đơn", en: "On request" },
  TH: { vi: "Tổng hợp", en: "Consolidated" },
};

export type Edition = "officer" | "office";
export const EDITION_LABELS: Record<Edition, Text> = {
  officer: { vi: "Dùng cho Chấp hành viên", en: "For an enforcement officer" },
  office: { vi: "Dùng cho cơ quan Thi hành án dân sự", en: "For an enforcement office" },
};

export const HEADER_FIELDS: HeaderFieldSpec[] = [
  { code: "ky_bao_cao", label: { vi: "Kỳ báo cáo", en: "Reporting period" } },
  { code: "don_vi_bao_cao", label: { vi: "Đơn vị báo cáo", en: "Reporting unit" } },
  { code: "don_vi_nhan", label: { vi: "Đơn vị nhận báo cáo", en: "Receiving unit" } },
  {
    code: "ngay_nhan",
    label: { vi: "Ngày nhận báo cáo", en: "Date received" },
    byReceiver: true,
  },
];

export const FOOTER_FIELDS: HeaderFieldSpec[] = [
  {
    code: "nguoi_lap_bieu",
    label: { vi: "Người lập biểu (ký, ghi rõ họ tên)", en: "Prepared by (signature, name)" },
  },
  {
    code: "truong_thads",
    label: {
      vi: "Trưởng thi hành án dân sự (kiểm tra, ký, đóng dấu)",
      en: "Head of civil judgment enforcement (checked, signed, sealed)",
    },
  },
];

export const GENERAL_RULES: GeneralRuleSpec[] = [
  {
    id: "cell.not_a_number",
    severity: "error",
    description: {
      vi: "Ô nhập liệu chứa chữ, ngày tháng, giá trị đúng/sai hoặc lỗi thay vì một số",
      en: "An input cell holds text, a date, a boolean or an error instead of a number",
    },
  },
  {
    id: "cell.negative",
    severity: "error",
    description: { vi: "Ô nhập liệu chứa số âm", en: "An input cell is negative" },
  },
  {
    id: "cell.not_whole",
    severity: "error",
    description: {
      vi: "Ô nhập liệu của biểu 05 chứa số lẻ (số việc phải là số nguyên)",
      en: "An input cell of a 05 form holds a fraction (cases are whole numbers)",
    },
  },
  {
    id: "cell.formula_typed",
    severity: "error",
    description: {
      vi: "Ô nhập liệu chứa công thức thay vì số",
      en: "An input cell holds a formula instead of a number",
    },
  },
  {
    id: "cell.formula_changed",
    severity: "error",
    description: {
      vi: "Ô công thức không còn giữ công thức của biểu mẫu (bị gõ đè hoặc sửa)",
      en: "A formula cell no longer holds the template's formula (typed over or edited)",
    },
  },
  {
    id: "cell.must_be_empty",
    severity: "error",
    description: {
      vi: "Ô không phải ô nhập liệu nhưng có giá trị",
      en: "A cell that is not an input holds a value",
    },
  },
  {
    id: "form.incomplete",
    severity: "warning",
    description: {
      vi: "Còn ô nhập liệu để trống (được tính là 0; biểu chưa đủ để ký duyệt)",
      en: "An input cell is blank (counted as 0; the report is not complete for sign-off)",
    },
  },
  {
    id: "form.damaged",
    severity: "error",
    description: {
      vi: "Thiếu trang, tên dữ liệu hoặc ô công thức của biểu mẫu (hàng, trang hoặc tên bị xóa)",
      en: "A page, data point name or formula cell of the template is missing (deleted rows, sheets or names)",
    },
  },
  {
    id: "cell.overflow",
    severity: "error",
    description: {
      vi: "Một tổng vượt quá giới hạn số của Excel (các số nhập vào quá lớn; Excel hiện #NUM!)",
      en: "A total exceeds Excel's number range (the figures typed are too large; Excel shows #NUM!)",
    },
  },
  {
    id: "TH.sum",
    severity: "error",
    // The article says the tổng hợp form "phản ánh toàn bộ" chủ động and theo đơn, and gives no formula.
    inferred: true,
    description: {
      vi: "Biểu tổng hợp phải bằng biểu chủ động cộng biểu theo đơn, từng ô một",
      en: "The consolidated form must equal on-own-initiative plus on-request, cell by cell",
    },
  },
];

/** The general rules by id: checks take their severity from here, as form rules take theirs from the form. */
export const GENERAL_RULE: Record<string, GeneralRuleSpec> = Object.fromEntries(
  GENERAL_RULES.map((rule) => [rule.id, rule])
);

/** Rules that compare two reports (checked with `check --previous`), not one workbook alone. */
export const CROSS_REPORT_RULES: GeneralRuleSpec[] = [
  {
    id: "period.carry_over",
    severity: "warning",
    inferred: true,
    description: {
      vi: "Số năm trước chuyển sang (1.1) phải bằng số chưa xong của báo cáo 12 tháng năm trước (05: 4.2 + 5; 06: 4.4 + 5), từng cột; chỉ khi kiểm tra với --previous",
      en: "Carried over (1.1) must equal what last year's 12-month report left unfinished (05: 4.2 + 5; 06: 4.4 + 5), per column; only checked with --previous",
    },
  },
];
