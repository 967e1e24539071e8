// Consolidation: reports of the same forms and the same kỳ báo cáo added up, data point by data point,
// into a new report of the same forms. Only input data points are summed; every total and ratio is left to
// the template's formulas, so the result is itself a report that checks and can be added up again.
import { formInstance, parseFormId } from "../../forms";
import { checkWorkbook } from "../check";
import { evaluate, type Inputs } from "../evaluate";
import { planWorkbook, type WorkbookPlan } from "../layout";
import { asNumber, isBlank, type WorkbookSnapshot } from "../snapshot";
import { identityOf, type ReportIdentity } from "./collect";
import { samePeriod } from "./header";
import { META_UNIT_CODE, sourceRows, type AggregationSource } from "./meta";
import { ROLLUP_TEXT } from "./text";

export interface AggregateInput {
  /** The file's name as the user gave it (recorded as the source). */
  file: string;
  snapshot: WorkbookSnapshot;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/**
 * What consolidation needs of one report, as plain data: small enough to keep for thousands of files and
 * to send from a worker, so that reports are read and checked in parallel and never held all at once.
 */
export interface ReportDigest {
  file: string;
  sha256: string;
  forms: string[];
  identity: ReportIdentity;
  errors: number;
  firstError?: { vi: string; en: string };
  /** Every typed (not computed) number cell by data point name; text or errors count as 0. */
  values: Record<string, number>;
}

export function digestReport(input: AggregateInput): ReportDigest {
  const { snapshot } = input;
  const result = checkWorkbook(snapshot);
  const first = result.findings.find((f) => f.severity === "error");
  const values: Record<string, number> = {};
  for (const [name, cell] of Object.entries(snapshot.cells)) {
    if (cell.formula || isBlank(cell.value) || name.includes(".hdr.")) continue;
    values[name] = asNumber(cell.value) ?? 0;
  }
  return {
    file: input.file,
    sha256: input.sha256,
    forms: result.forms,
    identity: identityOf(snapshot),
    errors: result.errors,
    ...(first ? { firstError: { vi: first.message, en: first.messageEn } } : {}),
    values,
  };
}

export type RefusalReason = "errors" | "changed_after_signing" | "forms" | "period" | "duplicate";

export interface Refusal {
  file: string;
  reason: RefusalReason;
  /** Vietnamese, one line. */
  message: string;
  messageEn: string;
}

export interface AggregateOptions {
  /** Consolidate despite refusals; the refusals are recorded in the result's meta. */
  force?: boolean;
  /** "Đơn vị báo cáo" of the consolidated report. */
  unit?: string;
  unitCode?: string;
  /** "Đơn vị nhận báo cáo". */
  receiver?: string;
  /** When the consolidation is made (recorded). */
  now: Date;
  /** Sheets of the workbook the report is added to (the task pane): new sheets never take their names. */
  existingSheets?: string[];
}

export interface Aggregation {
  /** Every reason a file cannot be added up, each with its file. */
  refusals: Refusal[];
  /** Refusals exist and no --force: nothing to write. */
  refused: boolean;
  forms: string[];
  period?: string;
  /** The summed input data points (blank where every source left the cell blank). */
  inputs: Inputs;
  /** The new report's plan (header filled, sources recorded in its meta); absent when refused. */
  plan?: WorkbookPlan;
}

const roundSum = (value: number) => Math.round(value * 1e6) / 1e6;

function refusal(file: string, reason: RefusalReason, vi: string, en: string): Refusal {
  return { file, reason, message: `${file}: ${vi}`, messageEn: `${file}: ${en}` };
}

/**
 * Adds reports up one at a time (the first sets the forms and the period), noting every refusal with its
 * reason; `finish` makes the consolidated report's plan unless a refusal holds without `force`.
 */
export class Aggregator {
  readonly refusals: Refusal[] = [];
  private reference?: ReportDigest;
  private plan?: WorkbookPlan;
  /** Running sums of the plan's input data points; absent while every report left the cell blank. */
  private readonly sums = new Map<string, number>();
  private readonly summed = new Set<string>();
  private readonly sources: AggregationSource[] = [];
  private readonly seenHash = new Map<string, string>();
  private readonly seenUnit = new Map<string, string>();

  constructor(private readonly options: AggregateOptions) {}

  add(digest: ReportDigest): void {
    const t = ROLLUP_TEXT;
    const refuse = (reason: RefusalReason, vi: string, en: string) =>
      this.refusals.push(refusal(digest.file, reason, vi, en));
    if (!this.reference) this.start(digest);
    const ref = this.reference!;
    if (digest.errors > 0) {
      const first = digest.firstError ?? { vi: "", en: "" };
      refuse(
        "errors",
        t.hasErrors.vi(digest.errors, first.vi),
        t.hasErrors.en(digest.errors, first.en)
      );
    }
    if (digest.identity.signoff === "changed")
      refuse("changed_after_signing", t.changed.vi, t.changed.en);
    const forms = digest.forms.join(", ");
    const refForms = ref.forms.join(", ");
    if (forms !== refForms)
      refuse("forms", t.forms.vi(forms, refForms, ref.file), t.forms.en(forms, refForms, ref.file));
    const period = digest.identity.period;
    const refPeriod = ref.identity.period;
    if (!samePeriod(period, refPeriod))
      refuse(
        "period",
        t.period.vi(period, refPeriod, ref.file),
        t.period.en(period, refPeriod, ref.file)
      );
    const sameFile = this.seenHash.get(digest.sha256);
    const code = digest.identity.unitCode?.toLowerCase();
    const sameUnit = code ? this.seenUnit.get(code) : undefined;
    if (sameFile) refuse("duplicate", t.sameFile.vi(sameFile), t.sameFile.en(sameFile));
    else if (sameUnit)
      refuse("duplicate", t.sameUnit.vi(code!, sameUnit), t.sameUnit.en(code!, sameUnit));
    if (!sameFile) this.seenHash.set(digest.sha256, digest.file);
    if (code && !sameUnit) this.seenUnit.set(code, digest.file);

    for (const [name, value] of Object.entries(digest.values)) {
      if (this.summed.has(name)) this.sums.set(name, (this.sums.get(name) ?? 0) + value);
    }
    this.sources.push({
      file: digest.file,
      ...(digest.identity.unitCode ? { unitCode: digest.identity.unitCode } : {}),
      ...(digest.identity.unit ? { unit: digest.identity.unit } : {}),
      sha256: digest.sha256,
    });
  }

  private start(first: ReportDigest): void {
    this.reference = first;
    this.plan = planWorkbook({
      forms: first.forms.map((id) => {
        const form = parseFormId(id)!;
        return formInstance(form.family, form.variant);
      }),
      header: {
        ky_bao_cao: first.identity.period,
        don_vi_bao_cao: this.options.unit,
        don_vi_nhan: this.options.receiver,
      },
      existingSheets: this.options.existingSheets,
    });
    for (const def of this.plan.model.cells.values())
      if (def.kind === "input") this.summed.add(def.name);
  }

  /** The consolidated report, or the refusals when any holds and `force` is not set. */
  finish(): Aggregation {
    if (!this.reference) throw new Error("aggregate: no reports");
    const forms = this.reference.forms;
    const period = this.reference.identity.period;
    const refusals = this.refusals;
    const refused = refusals.length > 0 && !this.options.force;
    if (refused) return { refusals, refused, forms, period, inputs: {} };
    const plan = this.plan!;
    const inputs: Inputs = {};
    for (const [name, sum] of this.sums) inputs[name] = roundSum(sum);
    fillPlan(plan, inputs);
    if (this.options.unitCode) plan.meta.rows.push([META_UNIT_CODE, this.options.unitCode]);
    plan.meta.rows.push(
      ...sourceRows(
        this.sources,
        this.options.now,
        refusals.map((r) => r.message)
      )
    );
    return { refusals, refused, forms, period, inputs, plan };
  }
}

/** Writes the figures into the plan: inputs as typed, formula cells with the result a spreadsheet caches. */
export function fillPlan(plan: WorkbookPlan, inputs: Inputs): void {
  const computed = evaluate(plan.model, inputs);
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (!cell.def) continue;
      const value = cell.def.kind === "input" ? inputs[cell.def.name] : computed.get(cell.def.name);
      if (typeof value === "number" && (cell.def.kind === "input" || cell.formula))
        cell.value = value;
    }
  }
}

/** Consolidates the reports; refuses (no plan) when any refusal holds and `force` is not set. */
export function aggregate(inputs: AggregateInput[], options: AggregateOptions): Aggregation {
  const aggregator = new Aggregator(options);
  for (const input of inputs) aggregator.add(digestReport(input));
  return aggregator.finish();
}
