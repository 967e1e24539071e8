// Signing off: the report must have no error and a justification for every warning rule; the record then
// holds who, when, the standard, the justifications and the canonical text with its fingerprint.
import type { Text } from "../../forms";
import type { CheckResult } from "../findings";
import type { WorkbookSnapshot } from "../snapshot";
import { canonicalText, fingerprintOf, type Sha256 } from "./canonical";
import { REFUSAL_NO_FORMS, REFUSAL_NO_SIGNER, refusalErrors, refusalUnjustified } from "./messages";
import type { SignoffRecord } from "./record";
import { standardOf } from "./verify";

export interface SignRequest {
  by: string;
  title?: string;
  /** ISO 8601 with offset, given by the edge (the core has no clock). */
  at: string;
  /** By rule id. */
  justifications?: Record<string, string>;
}

export type SignOutcome = { ok: true; record: SignoffRecord } | { ok: false; reasons: Text[] };

/** Warning rules of a check result that still need a justification. */
export function unjustifiedWarnings(
  result: CheckResult,
  justifications: Record<string, string> = {}
): string[] {
  const rules = new Set(result.findings.filter((f) => f.severity === "warning").map((f) => f.rule));
  return [...rules].filter((rule) => !(justifications[rule] ?? "").trim());
}

/**
 * `result` is the check of `snapshot` by the standard's rules (sign-off findings left out: a changed report
 * may be signed again).
 */
export async function signReport(
  snapshot: WorkbookSnapshot,
  result: CheckResult,
  request: SignRequest,
  sha256: Sha256
): Promise<SignOutcome> {
  const reasons: Text[] = [];
  if (result.forms.length === 0) reasons.push(REFUSAL_NO_FORMS);
  if (!request.by.trim()) reasons.push(REFUSAL_NO_SIGNER);
  const errors = result.findings.filter(
    (f) => f.severity === "error" && !f.rule.startsWith("signoff.")
  );
  if (errors.length > 0) reasons.push(refusalErrors(errors.length));
  const unjustified = unjustifiedWarnings(result, request.justifications);
  if (unjustified.length > 0) reasons.push(refusalUnjustified(unjustified));
  if (reasons.length > 0) return { ok: false, reasons };

  const warningRules = new Set(
    result.findings.filter((f) => f.severity === "warning").map((f) => f.rule)
  );
  const justifications: Record<string, string> = {};
  for (const [rule, why] of Object.entries(request.justifications ?? {})) {
    // Stryker disable next-line MethodExpression: equivalent, a warning rule with a blank reason was refused above
    if (warningRules.has(rule) && why.trim()) justifications[rule] = why.trim();
  }
  const canonical = canonicalText(snapshot);
  const standard = standardOf(snapshot);
  return {
    ok: true,
    record: {
      by: request.by.trim(),
      title: (request.title ?? "").trim(),
      at: request.at,
      standard: standard.id,
      version: standard.version,
      fingerprint: await fingerprintOf(canonical, sha256),
      justifications,
      canonical,
    },
  };
}
