// One received file checked for the roll-up: its findings, who sent it and for when, and, with a previous
// year's report, the carry-over check. The result is plain data (it may cross a worker boundary).
import {
  checkCarryOver,
  identityOf,
  summarize,
  type CheckedFile,
  type WorkbookSnapshot,
} from "../../core";
import type { FileResult } from "../../files";

export interface CheckedReport extends CheckedFile {
  /** Why the carry-over check did not apply to this file (not a finding). */
  previousNote?: string;
}

/** A file checked in the pool (src/files/pool.ts, with its snapshot) → the roll-up's view of it. */
export function reportOf(result: FileResult, previous?: WorkbookSnapshot): CheckedReport {
  if (result.error !== undefined || !result.snapshot)
    return { file: result.file, error: result.error! };
  const snapshot = result.snapshot;
  const forms = result.forms ?? [];
  const findings = result.findings ?? [];
  const checked: CheckedReport = {
    file: result.file,
    identity: identityOf(snapshot),
    forms,
    findings,
  };
  if (previous) {
    const carry = checkCarryOver(previous, snapshot);
    if (carry.applicable) {
      const all = summarize(forms, [...findings, ...carry.findings]);
      checked.findings = all.findings;
    } else checked.previousNote = carry.message;
  }
  return checked;
}
