// The sign-off workflow's wording, Vietnamese and English, in one table (to move into the core's renderer).
import type { Text } from "../../forms";

type Words = Record<string, Text>;

export const SIGNOFF_WORDS = {
  unsigned: { vi: "Chưa ký duyệt", en: "Not signed off" },
  signed: { vi: "Đã ký", en: "Signed" },
  changed: { vi: "Đã thay đổi sau khi ký", en: "Changed after sign-off" },
  damaged: { vi: "Bản ghi ký duyệt bị hỏng", en: "The sign-off record is damaged" },
  pass: { vi: "Đạt", en: "Pass" },
  fail: { vi: "Lỗi", en: "Fail" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  filled: { vi: "Đã điền", en: "Filled" },
  notFilled: { vi: "Chưa điền", en: "Not filled" },
  blankInputs: { vi: "ô nhập liệu để trống", en: "blank input cells" },
  justifyPlaceholder: {
    vi: "Lý do chấp nhận cảnh báo này (ví dụ: vì sao biểu chủ động có trả đơn)",
    en: "Why this warning is acceptable (e.g. why the on-initiative form holds returned requests)",
  },
} satisfies Words;

/** A passed rule whose title names a fault: "Không có «Số âm»". */
export function noneOf(title: Text): Text {
  return { vi: `Không có «${title.vi}»`, en: `No “${title.en}”` };
}

export function signedBy(by: string, title: string, at: string): Text {
  const who = title ? `${by} (${title})` : by;
  return { vi: `${who}, lúc ${at}`, en: `${who}, at ${at}` };
}

export function changedMessage(where: Text, before: string, after: string, signer: Text): Text {
  return {
    vi: `Đã thay đổi sau khi ký (${signer.vi}): ${where.vi}: lúc ký ${before}, nay ${after}.`,
    en: `Changed after sign-off (${signer.en}): ${where.en}: at signing ${before}, now ${after}.`,
  };
}

export function damagedMessage(reason: string): Text {
  return {
    vi: `Bản ghi ký duyệt trong trang THADS_META bị hỏng (${reason}); không xác minh được chữ ký, cần ký lại.`,
    en: `The sign-off record in sheet THADS_META is damaged (${reason}); the sign-off cannot be verified, sign again.`,
  };
}

export function refusalErrors(count: number): Text {
  return {
    vi: `Không ký được: báo cáo còn ${count} lỗi; hãy sửa hết lỗi trước khi ký duyệt.`,
    en: `Cannot sign: the report has ${count} errors; fix every error before signing off.`,
  };
}

export function refusalUnjustified(rules: string[]): Text {
  return {
    vi: `Không ký được: cảnh báo chưa có lý do chấp nhận: ${rules.join(", ")} (thêm --justify MÃ_QUY_TẮC="lý do").`,
    en: `Cannot sign: warnings without a justification: ${rules.join(", ")} (add --justify RULE_ID="reason").`,
  };
}

export const REFUSAL_NO_SIGNER: Text = {
  vi: "Không ký được: cần họ tên người ký duyệt.",
  en: "Cannot sign: the signer's name is required.",
};

export const REFUSAL_NO_FORMS: Text = {
  vi: "Không ký được: sổ tính không chứa biểu mẫu 05-TK/THA hay 06-TK/THA nào.",
  en: "Cannot sign: the workbook holds no 05-TK/THA or 06-TK/THA form.",
};
