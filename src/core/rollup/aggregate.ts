// Consolidation: reports of the same forms and the same kỳ báo cáo added up, data point by data point,
// into a new report of the same forms. Only input data points are summed; every total and ratio is left to
// the template's formulas, so the result is itself a report that checks and can be added up again.
import { formInstance, parseFormId } from "../../forms";
import { checkWorkbook } from "../check";
import { formsIn } from "../checks/context";
import type { Inputs } from "../evaluate";
import { planWorkbook, type HeaderValues, type WorkbookPlan } from "../layout";
import { asNumber, isBlank, type WorkbookSnapshot } from "../snapshot";
import { headerValue, samePeriod } from "./header";
import { META_UNIT_CODE, sourceRows, unitCodeOf, type AggregationSource } from "./meta";
import type { SignoffState } from "./signoff";
import { ROLLUP_TEXT } from "./text";

export interface AggregateInput {
  /** The file's name as the user gave it (recorded as the source). */
  file: string;
  snapshot: WorkbookSnapshot;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /** The report's sign-off state, when the sign-off module can tell. */
  signoff?: SignoffState;
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

/** Why each file cannot be consolidated with the others (the first file sets forms and period). */
export function refusalsOf(inputs: AggregateInput[]): Refusal[] {
  const refusals: Refusal[] = [];
  const reference = inputs[0];
  const referenceForms = formsIn(reference.snapshot).join(", ");
  const referencePeriod = headerValue(reference.snapshot, "ky_bao_cao");
  const seenHash = new Map<string, string>();
  const seenUnit = new Map<string, string>();
  const t = ROLLUP_TEXT;
  for (const input of inputs) {
    const result = checkWorkbook(input.snapshot);
    if (result.errors > 0) {
      const first = result.findings[0];
      refusals.push(
        refusal(
          input.file,
          "errors",
          t.hasErrors.vi(result.errors, first.message),
          t.hasErrors.en(result.errors, first.messageEn)
        )
      );
    }
    if (input.signoff === "changed")
      refusals.push(refusal(input.file, "changed_after_signing", t.changed.vi, t.changed.en));
    const forms = formsIn(input.snapshot).join(", ");
    if (forms !== referenceForms) {
      refusals.push(
        refusal(
          input.file,
          "forms",
          t.forms.vi(forms, referenceForms, reference.file),
          t.forms.en(forms, referenceForms, reference.file)
        )
      );
    }
    const period = headerValue(input.snapshot, "ky_bao_cao");
    if (!samePeriod(period, referencePeriod)) {
      refusals.push(
        refusal(
          input.file,
          "period",
          t.period.vi(period, referencePeriod, reference.file),
          t.period.en(period, referencePeriod, reference.file)
        )
      );
    }
    const sameFile = seenHash.get(input.sha256);
    const code = unitCodeOf(input.snapshot)?.toLowerCase();
    const sameUnit = code ? seenUnit.get(code) : undefined;
    if (sameFile)
      refusals.push(
        refusal(input.file, "duplicate", t.sameFile.vi(sameFile), t.sameFile.en(sameFile))
      );
    else if (sameUnit)
      refusals.push(
        refusal(
          input.file,
          "duplicate",
          t.sameUnit.vi(code!, sameUnit),
          t.sameUnit.en(code!, sameUnit)
        )
      );
    seenHash.set(input.sha256, input.file);
    if (code && !sameUnit) seenUnit.set(code, input.file);
  }
  return refusals;
}

/** Adds the input data points of every file, by name, over the forms of the first file. */
export function sumInputs(plan: WorkbookPlan, snapshots: WorkbookSnapshot[]): Inputs {
  const inputs: Inputs = {};
  for (const def of plan.model.cells.values()) {
    if (def.kind !== "input") continue;
    let total = 0;
    let any = false;
    for (const snapshot of snapshots) {
      const value = snapshot.cells[def.name]?.value;
      if (isBlank(value)) continue;
      any = true;
      total += asNumber(value) ?? 0; // text in a forced file counts as 0; its refusal says so
    }
    inputs[def.name] = any ? roundSum(total) : undefined;
  }
  return inputs;
}

/** Consolidates the reports; refuses (no plan) when any refusal holds and `force` is not set. */
export function aggregate(inputs: AggregateInput[], options: AggregateOptions): Aggregation {
  if (inputs.length === 0) throw new Error("aggregate: no reports");
  const refusals = refusalsOf(inputs);
  const forms = formsIn(inputs[0].snapshot);
  const period = headerValue(inputs[0].snapshot, "ky_bao_cao");
  const refused = refusals.length > 0 && !options.force;
  if (refused) return { refusals, refused, forms, period, inputs: {} };

  const header: HeaderValues = {
    ky_bao_cao: period,
    don_vi_bao_cao: options.unit,
    don_vi_nhan: options.receiver,
  };
  const plan = planWorkbook({
    forms: forms.map((id) => {
      const form = parseFormId(id)!;
      return formInstance(form.family, form.variant);
    }),
    header,
  });
  const summed = sumInputs(
    plan,
    inputs.map((i) => i.snapshot)
  );
  const sources: AggregationSource[] = inputs.map((i) => ({
    file: i.file,
    unitCode: unitCodeOf(i.snapshot),
    unit: headerValue(i.snapshot, "don_vi_bao_cao"),
    sha256: i.sha256,
  }));
  if (options.unitCode) plan.meta.rows.push([META_UNIT_CODE, options.unitCode]);
  plan.meta.rows.push(
    ...sourceRows(
      sources,
      options.now,
      refusals.map((r) => r.message)
    )
  );
  return { refusals, refused, forms, period, inputs: summed, plan };
}
