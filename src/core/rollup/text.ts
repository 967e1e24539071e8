// The roll-up's wording, Vietnamese and English, in one table (to move behind the core's renderer).
import { formatNumber } from "../messages";

const quote = (s: string | undefined) => (s ? `«${s}»` : "(trống)");
const quoteEn = (s: string | undefined) => (s ? `“${s}”` : "(blank)");

export const ROLLUP_TEXT = {
  hasErrors: {
    vi: (n: number, first: string) => `báo cáo có ${n} lỗi (lỗi đầu tiên: ${first})`,
    en: (n: number, first: string) => `the report has ${n} error(s) (first: ${first})`,
  },
  changed: {
    vi: "báo cáo đã bị sửa sau khi Thủ trưởng ký duyệt",
    en: "the report was changed after it was signed off",
  },
  forms: {
    vi: (forms: string, ref: string, refFile: string) =>
      `gồm các biểu ${forms}, khác với ${ref} của ${refFile}`,
    en: (forms: string, ref: string, refFile: string) =>
      `holds forms ${forms}, unlike ${ref} in ${refFile}`,
  },
  period: {
    vi: (period: string | undefined, ref: string | undefined, refFile: string) =>
      `kỳ báo cáo ${quote(period)} khác với ${quote(ref)} của ${refFile}`,
    en: (period: string | undefined, ref: string | undefined, refFile: string) =>
      `reporting period ${quoteEn(period)} differs from ${quoteEn(ref)} in ${refFile}`,
  },
  sameFile: {
    vi: (other: string) => `cùng nội dung với ${other} (một báo cáo sẽ bị cộng hai lần)`,
    en: (other: string) => `same content as ${other} (one report would be counted twice)`,
  },
  sameUnit: {
    vi: (code: string, other: string) =>
      `cùng mã đơn vị «${code}» với ${other} (một đơn vị sẽ bị cộng hai lần)`,
    en: (code: string, other: string) =>
      `same unit code “${code}” as ${other} (one unit would be counted twice)`,
  },
  carryOver: {
    vi: (row: string, column: string, left: number, right: number) =>
      `${row}, cột «${column}»: năm trước chuyển sang ${formatNumber(left, "vi")} nhưng báo cáo 12 tháng năm trước còn ${formatNumber(right, "vi")} chưa xong (số đang giải quyết / chưa thi hành + số chưa có điều kiện)`,
    en: (row: string, column: string, left: number, right: number) =>
      `${row}, column “${column}”: carried over ${formatNumber(left, "en")} but last year's 12-month report left ${formatNumber(right, "en")} unfinished (in progress / not yet enforced + not yet enforceable)`,
  },
  notAcrossYear: {
    vi: (prev: string | undefined, cur: string | undefined) =>
      `không đối chiếu được: --previous phải là báo cáo 12 tháng của năm thống kê liền trước (nhận được ${quote(prev)} và ${quote(cur)})`,
    en: (prev: string | undefined, cur: string | undefined) =>
      `cannot compare: --previous must be the 12-month report of the statistical year just before (got ${quoteEn(prev)} and ${quoteEn(cur)})`,
  },
  noCommonForm: {
    vi: "không đối chiếu được: hai báo cáo không có biểu nào chung",
    en: "cannot compare: the two reports share no form",
  },
};
