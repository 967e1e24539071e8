// One received file checked for the roll-up: its findings, who sent it and for when, and, with a previous
// year's report, the carry-over check. The result is plain data (it may cross a worker boundary).
import {
  checkCarryOver,
  checkWithSignoff,
  identityOf,
  summarize,
  type CheckedFile,
  type SignoffStatus,
  type WorkbookSnapshot,
} from "../../core";
import { ReportReadError, nodeSha256, readSnapshotFromFile } from "../../files";

export interface CheckedReport extends CheckedFile {
  /** Why the carry-over check did not apply to this file (not a finding). */
  previousNote?: string;
  /** The sign-off verified against the report now (the record without its canonical text, to stay small). */
  signoff?: SignoffStatus;
}

export async function checkFile(file: string, previous?: WorkbookSnapshot): Promise<CheckedReport> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readSnapshotFromFile(file);
  } catch (error) {
    if (!(error instanceof ReportReadError)) throw error;
    return { file, error: error.message };
  }
  // The standard's rules and the sign-off (signoff.changed, or form.damaged for an unreadable record).
  const { result, signoff } = await checkWithSignoff(snapshot, nodeSha256);
  const checked: CheckedReport = {
    file,
    identity: identityOf(snapshot),
    forms: result.forms,
    findings: result.findings,
    signoff: signoff.record
      ? { ...signoff, record: { ...signoff.record, canonical: "" } }
      : signoff,
  };
  if (previous) {
    const carry = checkCarryOver(previous, snapshot);
    if (carry.applicable) {
      const all = summarize(result.forms, [...result.findings, ...carry.findings]);
      checked.findings = all.findings;
    } else checked.previousNote = carry.message;
  }
  return checked;
}
