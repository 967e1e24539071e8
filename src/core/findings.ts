// A finding: one broken rule, pointing at the data point names and cells it compares.
import type { PageId, Severity } from "../forms";
import type { Params } from "./render";

export interface Finding {
  rule: string;
  severity: Severity;
  form: string;
  page?: PageId;
  names: string[];
  /** "'05-TH Trang 2'!F20", in the order of `names` (names that have no cell are left out). */
  cells: string[];
  left: number | null;
  right: number | null;
  difference: number | null;
  /** Vietnamese, the language of the report. */
  message: string;
  messageEn: string;
  /** For cell.formula_changed: the formula the template holds. */
  expectedFormula?: string;
  /** The message's code and parameters: the finding as data, worded by src/core/render.ts. */
  code?: string;
  params?: Params;
  /** Set when this failure only follows from another (a Tổng số column, a subtotal row, a linked TH): that
   * finding's key (`findingKey`). It stays counted; the pane shows it under its cause. */
  causedBy?: string;
  /** For signoff.changed: the value at signing and the value now, as people read them (text included). */
  before?: string;
  after?: string;
  /** For signoff.changed: the same two values as data (a number, the text, null when blank), for JSON. */
  beforeValue?: number | string | null;
  afterValue?: number | string | null;
}

export interface CheckResult {
  forms: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The version of the standard the workbook was made with, as the checks read it. */
  standard?: StandardInfo;
}

export interface StandardInfo {
  /** "2009.1" */
  version: string;
  number: number;
  /** Made with the current version of the standard. */
  current: boolean;
  /** What the workbook recorded, when it is not a version this tool knows (then checked as the current one). */
  unknownRecorded?: string;
}

export function summarize(forms: string[], findings: Finding[]): CheckResult {
  const order = (f: Finding) => (f.severity === "error" ? 0 : 1);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order(a.f) - order(b.f) || a.i - b.i)
    .map((x) => x.f);
  const errors = sorted.filter((f) => f.severity === "error").length;
  return { forms, findings: sorted, errors, warnings: sorted.length - errors };
}
