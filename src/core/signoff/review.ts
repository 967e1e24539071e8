// The review sheet: every rule of the standard that applies to the forms present, with its outcome (pass,
// fail, warning), the values compared and the cells; and the report's completeness (blank inputs per page,
// header fields filled or not). What the office head reads before signing, and what the printed sheet holds.
import {
  FOOTER_FIELDS,
  GENERAL_RULES,
  HEADER_FIELDS,
  VARIANTS,
  formId,
  type PageId,
  type Severity,
  type Text,
} from "../../forms";
import { createContext } from "../checks/context";
import type { CheckResult, Finding } from "../findings";
import { formLabel } from "../messages";
import { headerName } from "../layout";
import type { Model } from "../model";
import { findingPlace, formShortLabel, formatPlace, ruleDescription, ruleTitle } from "../place";
import { isBlank, type WorkbookSnapshot } from "../snapshot";
import { noneOf } from "./messages";
import { whereIs } from "./verify";

export type Outcome = "pass" | "fail" | "warning";

export interface ReviewRow {
  rule: string;
  /** Empty for the rules over the whole workbook. */
  form: string;
  /** The form in its own words ("05 tổng hợp"); empty for the rules over the whole workbook. */
  formLabel: Text;
  severity: Severity;
  description: Text;
  /** A short plain title, for a rule that failed ("Trang 1 không cân đối"). */
  title: Text;
  /** What the rule holds, for a rule that passed: the form rule's statement, "Không có «Số âm»" otherwise. */
  statement: Text;
  outcome: Outcome;
  /** The findings of this rule in this form, each with its two values and cells. */
  findings: Finding[];
  /** Where each finding is, in the form's own terms ("Trang 1 · dòng 3 «…» · cột «…»"), by index. */
  where: Text[];
}

export interface PageCompleteness {
  form: string;
  page: PageId;
  label: Text;
  inputs: number;
  blank: number;
}

export interface HeaderCompleteness {
  form: string;
  code: string;
  label: Text;
  filled: boolean;
  cell?: string;
}

export interface ReviewSheet {
  forms: string[];
  rows: ReviewRow[];
  pages: PageCompleteness[];
  header: HeaderCompleteness[];
  errors: number;
  warnings: number;
}

/** The header fields the head checks: the reporter's (not ngày nhận), and người lập biểu. */
const REVIEWED_FIELDS = [
  ...HEADER_FIELDS.filter((f) => !f.byReceiver),
  ...FOOTER_FIELDS.filter((f) => f.code === "nguoi_lap_bieu"),
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function outcomeOf(findings: Finding[]): Outcome {
  if (findings.some((f) => f.severity === "error")) return "fail";
  return findings.length > 0 ? "warning" : "pass";
}

/** A finding's place in the form's own terms; a header field by its label; else its form. */
function whereOf(finding: Finding, model: Model): Text {
  const place = findingPlace(finding, model);
  if (place) return { vi: formatPlace(place, "vi"), en: formatPlace(place, "en") };
  if (finding.names[0]) return whereIs(finding.names[0], model);
  return finding.form ? formShortLabel(finding.form) : { vi: "", en: "" };
}

export function reviewSheet(snapshot: WorkbookSnapshot, result: CheckResult): ReviewSheet {
  const ctx = createContext(snapshot);
  const rows: ReviewRow[] = [];
  const taken = new Set<Finding>();
  const row = (
    rule: string,
    form: string,
    severity: Severity,
    description: Text,
    statement: Text = noneOf(ruleTitle(rule))
  ) => {
    const findings = result.findings.filter(
      (f) => f.rule === rule && (form === "" || f.form === form) && !taken.has(f)
    );
    findings.forEach((f) => taken.add(f));
    rows.push({
      rule,
      form,
      formLabel: form ? formShortLabel(form) : { vi: "", en: "" },
      severity,
      description,
      title: ruleTitle(rule),
      statement,
      outcome: outcomeOf(findings),
      findings,
      where: findings.map((f) => whereOf(f, ctx.model)),
    });
  };

  for (const fm of ctx.model.forms) {
    for (const rule of fm.spec.rules) {
      if (rule.variants && !rule.variants.includes(fm.form.variant)) continue;
      // A form rule states what must hold: that is what a passed rule reads as.
      row(rule.id, fm.form.id, rule.severity, rule.description, rule.description);
    }
  }
  for (const general of GENERAL_RULES) {
    if (general.id === "TH.sum") {
      for (const fm of ctx.model.forms.filter((f) => f.form.variant === "TH")) {
        if (VARIANTS.every((v) => ctx.formIds.includes(formId(fm.form.family, v))))
          row("TH.sum", fm.form.id, general.severity, general.description, general.description);
      }
      continue;
    }
    row(general.id, "", general.severity, general.description);
  }
  // Rules added elsewhere (header checks, sign-off): one row each, so nothing found goes unseen.
  for (const f of result.findings.filter((x) => !taken.has(x))) {
    row(f.rule, f.form, f.severity, ruleDescription(f.rule));
  }

  const pages: PageCompleteness[] = [];
  for (const fm of ctx.model.forms) {
    for (const page of fm.spec.pages) {
      const inputs = fm.cells.filter((d) => d.page.id === page.id && d.kind === "input");
      const blank = inputs.filter((d) => {
        const cell = ctx.cell(d.name);
        return cell?.address !== undefined && !cell.formula && isBlank(cell.value);
      }).length;
      const f = formLabel(fm.form.family, fm.form.variant);
      const n = page.id.slice(1);
      pages.push({
        form: fm.form.id,
        page: page.id,
        label: { vi: capital(`${f.vi}, trang ${n}`), en: capital(`${f.en}, page ${n}`) },
        inputs: inputs.length,
        blank,
      });
    }
  }

  const header: HeaderCompleteness[] = [];
  for (const fm of ctx.model.forms) {
    for (const field of REVIEWED_FIELDS) {
      const name = headerName(fm.form.id, field.code);
      const cell = ctx.cell(name);
      const refs = ctx.cellRefs([name]);
      const f = formLabel(fm.form.family, fm.form.variant);
      header.push({
        form: fm.form.id,
        code: field.code,
        label: {
          vi: capital(`${f.vi}: ${field.label.vi}`),
          en: capital(`${f.en}: ${field.label.en}`),
        },
        filled: cell !== undefined && !isBlank(cell.value),
        ...(refs[0] ? { cell: refs[0] } : {}),
      });
    }
  }
  return {
    forms: result.forms,
    rows,
    pages,
    header,
    errors: result.errors,
    warnings: result.warnings,
  };
}
