// One received report checked for the roll-up: its findings with its sign-off verified, who sent it and for
// when, and, with a previous year's report, the carry-over check. Done where the file is read (a worker), so
// only this small result crosses to the main thread, never the workbook's snapshot.
import {
  checkCarryOver,
  checkWithSignoff,
  checkWorkbook,
  identityOf,
  recordFromMeta,
  summarize,
  type CheckedFile,
  type SignoffStatus,
  type StandardInfo,
  type WorkbookSnapshot,
} from "../core";
import { nodeSha256 } from "./sha256";

export interface CheckedReport extends CheckedFile {
  /** The version of the standard the file was made with. */
  standard?: StandardInfo;
  /** Why the carry-over check did not apply to this file (not a finding). */
  previousNote?: string;
  /** The sign-off verified against the report now (the record without its canonical text, to stay small). */
  signoff?: ReportSignoff;
}

/** A sign-off as checking shows it: the fingerprint of the report now is left out (only signing needs it,
 * and an unsigned report, the usual case, is then never hashed). */
export type ReportSignoff = Omit<SignoffStatus, "fingerprint">;

/** The standard's findings and the sign-off's; a report with no sign-off record is only checked. */
async function checkedWithSignoff(snapshot: WorkbookSnapshot) {
  if (recordFromMeta(snapshot.meta).kind !== "none") return checkWithSignoff(snapshot, nodeSha256);
  const result = checkWorkbook(snapshot);
  const signoff: ReportSignoff = { state: "unsigned", changes: [], findings: [] };
  return { result, standardResult: result, signoff };
}

/** A report read → the roll-up's view of it, with its sign-off verified (signoff.changed, or form.damaged
 * for an unreadable record). */
export async function reportOf(
  file: string,
  snapshot: WorkbookSnapshot,
  previous?: WorkbookSnapshot
): Promise<CheckedReport> {
  const { result: signed, standardResult, signoff } = await checkedWithSignoff(snapshot);
  const standard = standardResult.standard;
  const forms = signed.forms;
  const findings = signed.findings;
  const checked: CheckedReport = {
    file,
    identity: identityOf(snapshot),
    forms,
    findings,
    signoff: {
      state: signoff.state,
      changes: signoff.changes,
      findings: signoff.findings,
      ...(signoff.record ? { record: { ...signoff.record, canonical: "" } } : {}),
    },
    ...(standard ? { standard } : {}),
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
