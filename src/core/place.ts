// Where a finding is, in the form's own terms: "Trang 1 · dòng 3 «Tổng số phải thi hành» · cột «Dân sự»",
// and a short plain title per rule. Officers read these; rule ids and A1 addresses stay one step away.
import {
  CROSS_REPORT_RULES,
  GENERAL_RULES,
  HEADER_RULES,
  VARIANT_LABELS,
  formRule,
  parseFormId,
  type Text,
} from "../forms";
import { SIGNOFF_RULES } from "./signoff/rules";
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

/** Short plain titles of the general rules (a form rule carries its own, in the form's data). */
const TITLES: Record<string, Text> = {
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
  "signoff.changed": { vi: "Sửa sau khi ký duyệt", en: "Changed after sign-off" },
};

/** Rules outside the forms (general, header, cross-report, sign-off): their description is the fallback title. */
const OTHER_RULES = [...GENERAL_RULES, ...HEADER_RULES, ...CROSS_REPORT_RULES, ...SIGNOFF_RULES];

/** A short plain title for a rule; the rule's own description when no title is written for it. */
export function ruleTitle(rule: string): Text {
  const form = formRule(rule);
  if (form) return form.title ?? form.description;
  return TITLES[rule] ?? ruleDescription(rule);
}

/** What a rule outside the forms holds, in words; its id when the rule is not known. */
export function ruleDescription(rule: string): Text {
  return OTHER_RULES.find((r) => r.id === rule)?.description ?? { vi: rule, en: rule };
}

export function formShortLabel(formId: string): Text {
  const form = parseFormId(formId);
  if (!form) return { vi: formId, en: formId };
  const variant = VARIANT_LABELS[form.variant];
  return {
    vi: `${form.family} ${variant.vi.toLowerCase()}`,
    en: `${form.family} ${variant.en.toLowerCase()}`,
  };
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
