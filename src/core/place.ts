// Where a finding is, in the form's own terms: "Trang 1 · dòng 3 «Tổng số phải thi hành» · cột «Dân sự»",
// and a short plain title per rule. Officers read these; rule ids and A1 addresses stay one step away.
import { FORMS, GENERAL_RULES, VARIANT_LABELS, type Text } from "../forms";
import type { Finding } from "./findings";
import type { CellDef, Model } from "./model";

export interface Place {
  form: string;
  /** "05 tổng hợp" / "05 consolidated" */
  formLabel: Text;
  /** "1", "2", "3" */
  page: string;
  /** The row's STT as printed ("3", "4.1.2", "B1a"), and its label. */
  row?: { no: string; label: Text };
  column?: Text;
}

/** Short plain titles, keyed by rule id without its form family ("P1.can_doi") or by the general rule id. */
const TITLES: Record<string, Text> = {
  "P1.can_doi": { vi: "Trang 1 không cân đối", en: "Page 1 does not balance" },
  "P1.tra_don_chu_dong": {
    vi: "Biểu chủ động có trả đơn",
    en: "Returned requests on an own-initiative form",
  },
  "P2.tam_dinh_chi": { vi: "Tạm đình chỉ lệch trang 1", en: "Suspended differs from page 1" },
  "P2.hoan": { vi: "Hoãn thi hành án lệch trang 1", en: "Postponed differs from page 1" },
  "P2.ly_do_khac": { vi: "Lý do khác lệch trang 1", en: "Other reasons differ from page 1" },
  "P3.xong_hoan_toan": {
    vi: "Xong hoàn toàn lệch trang 1",
    en: "Fully completed differs from page 1",
  },
  "P3.dinh_chi": { vi: "Đình chỉ lệch trang 1", en: "Terminations differ from page 1" },
  "TH.sum": {
    vi: "Tổng hợp khác chủ động + theo đơn",
    en: "Consolidated differs from the two forms",
  },
  "cell.not_a_number": { vi: "Ô không phải là số", en: "Not a number" },
  "cell.negative": { vi: "Số âm", en: "Negative figure" },
  "cell.not_whole": { vi: "Số việc không nguyên", en: "Cases must be whole" },
  "cell.formula_typed": { vi: "Công thức trong ô nhập liệu", en: "Formula in an input cell" },
  "cell.formula_changed": { vi: "Ô công thức bị sửa", en: "Formula cell changed" },
  "cell.must_be_empty": { vi: "Ô phải để trống", en: "Cell must stay empty" },
  "form.incomplete": { vi: "Còn ô để trống", en: "Blank input cells" },
  "form.damaged": { vi: "Biểu mẫu bị hỏng", en: "Template damaged" },
};

function ruleKey(rule: string): string {
  return /^0[56]\./.test(rule) ? rule.slice(3) : rule;
}

/** A short plain title for a rule; the rule's own description when no title is written for it. */
export function ruleTitle(rule: string): Text {
  const title = TITLES[ruleKey(rule)];
  if (title) return title;
  for (const spec of Object.values(FORMS)) {
    const found = spec.rules.find((r) => r.id === rule);
    if (found) return found.description;
  }
  return GENERAL_RULES.find((r) => r.id === rule)?.description ?? { vi: rule, en: rule };
}

export function formShortLabel(formId: string): Text {
  const family = formId.slice(2, 4);
  const variant = VARIANT_LABELS[formId.slice(4) as keyof typeof VARIANT_LABELS];
  return variant
    ? {
        vi: `${family} ${variant.vi.toLowerCase()}`,
        en: `${family} ${variant.en.toLowerCase()}`,
      }
    : { vi: formId, en: formId };
}

function placeOfDef(def: CellDef): Place {
  return {
    form: def.form.id,
    formLabel: formShortLabel(def.form.id),
    page: def.page.id.slice(1),
    row: { no: def.row.no, label: def.row.label },
    column: def.column.label,
  };
}

/** The place of one data point name; undefined for names outside the model (header fields, unknown forms). */
export function placeOf(name: string, model: Model): Place | undefined {
  const def = model.cells.get(name);
  return def ? placeOfDef(def) : undefined;
}

/**
 * Where a finding points: its first named cell, or its page when the finding is about a whole page (blank or
 * missing cells, where naming one row would mislead).
 */
export function findingPlace(finding: Finding, model: Model): Place | undefined {
  const pageWide = finding.rule === "form.incomplete" || finding.rule === "form.damaged";
  const def = pageWide ? undefined : model.cells.get(finding.names[0]);
  if (def) return placeOfDef(def);
  if (!finding.page) return undefined;
  return {
    form: finding.form,
    formLabel: formShortLabel(finding.form),
    page: finding.page.slice(1),
  };
}

/**
 * "Trang 1 · dòng 3 «Tổng số phải thi hành» · cột «Dân sự»" (vi) or "Page 1 · row 3 “…” · column “Civil”",
 * led by "Biểu 05 tổng hợp · " when the workbook holds more than one form.
 */
export function formatPlace(place: Place, lang: "vi" | "en", withForm = false): string {
  const parts = lang === "vi" ? [`Trang ${place.page}`] : [`Page ${place.page}`];
  if (withForm)
    parts.unshift(lang === "vi" ? `Biểu ${place.formLabel.vi}` : `Form ${place.formLabel.en}`);
  if (place.row)
    parts.push(
      lang === "vi"
        ? `dòng ${place.row.no} «${place.row.label.vi}»`
        : `row ${place.row.no} “${place.row.label.en}”`
    );
  if (place.column)
    parts.push(lang === "vi" ? `cột «${place.column.vi}»` : `column “${place.column.en}”`);
  return parts.join(" · ");
}
