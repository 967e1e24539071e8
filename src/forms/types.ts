// The vocabulary in which the standard (described in docs/standard.md, generated from this data) is written down as data.
// Nothing here knows about Excel: positions, formulas and checks are derived in src/core.

/** A form's number in the standard ("05", "06"): any registered form's, letters and digits. */
export type FormFamily = string;
export type Variant = "CD" | "TD" | "TH";
/** "P1", "P2" …: a form has as many pages as its data lists. */
export type PageId = `P${number}`;
export type Severity = "error" | "warning";

/** Text shown to users: Vietnamese first, English when Office runs in another language. */
export interface Text {
  vi: string;
  en: string;
}

export interface ColumnSpec {
  code: string;
  label: Text;
  /** A total column: for input rows it is the sum of the row's other input cells. */
  total?: boolean;
}

/** How a row gets its value, the same operation in every column of its block. */
export type RowFormula =
  | { op: "sum"; rows: string[] }
  | { op: "difference"; minuend: string; subtrahend: string }
  | { op: "ratio"; numerator: string; denominator: string };

export interface RowSpec {
  /** The number printed in the STT column (1, 4.1.2, A2, E8 …). */
  no: string;
  code: string;
  label: Text;
  /** Absent: an input row. */
  formula?: RowFormula;
  /** For input rows that take figures only in some columns; the others must stay empty. */
  inputColumns?: string[];
  /** Printed bold: a heading row of its block. */
  emphasis?: boolean;
}

export interface BlockSpec {
  code: string;
  title?: Text;
  columns: ColumnSpec[];
  rows: RowSpec[];
}

export interface PageSpec {
  id: PageId;
  title: Text;
  blocks: BlockSpec[];
}

/** A reference to a row of a page; `column` fixes the column, otherwise the rule runs over every column. */
export interface RowRef {
  page: PageId;
  row: string;
  column?: string;
}

export type RuleSpec =
  | {
      id: string;
      kind: "equal";
      severity: Severity;
      /** left = sum of right; checked in every column shared by both sides unless columns are fixed. */
      left: RowRef;
      right: RowRef[];
      /**
       * Other readings of the right side, where the article allows more than one: the rule holds when left
       * equals the sum of `right` or of any alternative (data, so every edge checks and marks the same).
       */
      alternatives?: RowRef[][];
      variants?: Variant[];
      inferred?: boolean;
      description: Text;
      /** A short plain title for officers ("Trang 1 không cân đối"); the description when absent. */
      title?: Text;
    }
  | {
      id: string;
      kind: "zero";
      severity: Severity;
      target: RowRef;
      variants: Variant[];
      inferred?: boolean;
      description: Text;
      title?: Text;
    };

export interface HeaderFieldSpec {
  code: string;
  label: Text;
  /** Filled by the receiving office, not by the reporter. */
  byReceiver?: boolean;
}

/** The article's guidance for a form's input rows, and the part of the article it comes from. */
export interface FormGuidance {
  part: Text;
  /** By "<page>.<row code>". */
  rows: Record<string, Guidance>;
}

/** The article's guidance for one row (or header field), short enough for Excel's input message. */
export interface Guidance extends Text {
  /** The article's section number, inside the part of the form's family ("2.3.1.1"). */
  section: string;
}

export interface FormSpec {
  /** Letters and digits, unique among registered forms: form ids are TK<family><variant>. */
  family: FormFamily;
  /** "05-TK/THA": the form's number, printed as "BIỂU MẪU SỐ 05-TK/THA". */
  number: string;
  /** What the form counts, as the pane and the command line offer it: "tính bằng việc". */
  measure: Text;
  title: Text;
  unit?: Text;
  /** Cases are whole numbers; money is not. */
  wholeNumbers: boolean;
  /** Equalities hold when |left − right| < tolerance (0 means exact). */
  tolerance: number;
  /** Excel's number format of its number cells ("#,##0"); ratios have their own. */
  numberFormat: string;
  /** Width of each number column, in characters. */
  columnWidth: number;
  /** What an input cell takes, said when Excel refuses a bad entry. */
  inputHint: Text;
  pages: PageSpec[];
  rules: RuleSpec[];
  guidance?: FormGuidance;
  /**
   * The cross-period rule (period.carry_over): this year's `row` of page 1 equals the sum of last year's
   * `from` rows, per column. Absent: the form has no such rule.
   */
  carryOver?: { row: string; from: string[] };
}

/** One concrete form: a family in a variant, e.g. TK05TH. */
export interface FormInstance {
  id: string;
  family: FormFamily;
  variant: Variant;
}

export interface GeneralRuleSpec {
  id: string;
  severity: Severity;
  description: Text;
  /** The article implies the rule, it does not state it. */
  inferred?: boolean;
}
