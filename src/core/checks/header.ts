// The header rules (header.*): the header and footer fields, read from their data points
// <FORM>.P1.hdr.<code>, against what the article asks of "phần chung". Forms without header data points
// (cells deleted, or a workbook from elsewhere) are left to form.damaged and the other checks.
import {
  FOOTER_FIELDS,
  HEADER_FIELDS,
  PERIOD_PATTERN,
  REQUIRED_HEADER_FIELDS,
  parseFormId,
  type HeaderFieldSpec,
  type Text,
} from "../../forms";
import type { Finding } from "../findings";
import { headerName } from "../layout";
import { formLabel } from "../messages";
import { describeValue, isBlank } from "../snapshot";
import type { CheckContext } from "./context";

const FIELDS = new Map<string, HeaderFieldSpec>(
  [...HEADER_FIELDS, ...FOOTER_FIELDS].map((f) => [f.code, f])
);

/** The wording of every header finding, in one table (to move into the core's renderer). */
const WORDING = {
  incomplete: (form: Text, fields: Text): Text => ({
    vi: `Phần chung của ${form.vi} còn trống: ${fields.vi}. Bài viết yêu cầu ghi rõ các mục này; người lập biểu phải ký và ghi rõ họ tên.`,
    en: `The header of ${form.en} is blank at: ${fields.en}. The article asks for each of them; the preparer signs and writes his or her name.`,
  }),
  period: (form: Text, value: string): Text => ({
    vi: `Kỳ báo cáo của ${form.vi} là «${value}», không theo mẫu «N tháng/năm YYYY» với N từ 1 đến 12, ví dụ «3 tháng/năm 2008».`,
    en: `The reporting period of ${form.en} is “${value}”, not of the form “N tháng/năm YYYY” with N from 1 to 12, e.g. “3 tháng/năm 2008”.`,
  }),
  signer: (form: Text, signer: string, unit: string): Text => ({
    vi: `Bản dùng cho Chấp hành viên (${form.vi}): Người lập biểu «${signer}» khác Đơn vị báo cáo «${unit}»; Chấp hành viên vừa là người báo cáo, vừa là người lập biểu.`,
    en: `Officer's edition (${form.en}): the preparer “${signer}” differs from the reporting unit “${unit}”; the officer is both reporter and preparer.`,
  }),
  received: (form: Text, value: string): Text => ({
    vi: `Ngày nhận báo cáo của ${form.vi} đã được ghi («${value}») trước khi báo cáo được nhận: phần này do đơn vị nhận báo cáo ghi, người lập biểu để trống.`,
    en: `The date received of ${form.en} is filled (“${value}”) before the report was received: the receiving unit fills it, the preparer leaves it blank.`,
  }),
};

/** Text as people compare it: NFC, spaces collapsed, case ignored. */
function normalized(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

export function validPeriod(value: string): boolean {
  const match = PERIOD_PATTERN.exec(value.normalize("NFC").trim().replace(/\s+/g, " "));
  if (!match) return false;
  const months = Number(match[1]);
  return months >= 1 && months <= 12;
}

export function checkHeader(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const edition = ctx.snapshot.meta?.edition;
  const received = Boolean(ctx.snapshot.meta?.received);
  for (const formId of ctx.formIds) {
    const name = (code: string) => headerName(formId, code);
    const snap = (code: string) => ctx.cell(name(code));
    if (![...FIELDS.keys()].some((code) => snap(code)?.address)) continue;
    const { family, variant } = parseFormId(formId)!;
    const form = formLabel(family, variant);
    const text = (code: string) => {
      const value = snap(code)?.value;
      return isBlank(value) ? "" : describeValue(value).trim();
    };
    const finding = (rule: string, codes: string[], message: Text): Finding => {
      const names = codes.map(name);
      return {
        rule,
        severity: "warning",
        form: formId,
        page: "P1",
        names,
        cells: ctx.cellRefs(names),
        left: null,
        right: null,
        difference: null,
        message: message.vi,
        messageEn: message.en,
      };
    };

    const blank = REQUIRED_HEADER_FIELDS.filter((code) => snap(code)?.address && !text(code));
    if (blank.length > 0) {
      const labels = blank.map((code) => FIELDS.get(code)!.label);
      const fields = {
        vi: labels.map((l) => l.vi).join(", "),
        en: labels.map((l) => l.en).join(", "),
      };
      findings.push(finding("header.incomplete", blank, WORDING.incomplete(form, fields)));
    }
    const period = text("ky_bao_cao");
    if (period && !validPeriod(period))
      findings.push(finding("header.period_format", ["ky_bao_cao"], WORDING.period(form, period)));
    const signer = text("nguoi_lap_bieu");
    const unit = text("don_vi_bao_cao");
    if (edition === "officer" && signer && unit && normalized(signer) !== normalized(unit)) {
      findings.push(
        finding(
          "header.officer_signer",
          ["nguoi_lap_bieu", "don_vi_bao_cao"],
          WORDING.signer(form, signer, unit)
        )
      );
    }
    const date = text("ngay_nhan");
    if (date && !received)
      findings.push(
        finding("header.received_by_sender", ["ngay_nhan"], WORDING.received(form, date))
      );
  }
  return findings;
}
