// One received report checked for the roll-up: its findings with its sign-off verified, who sent it and for
// when, and, with a previous year's report, the carry-over check. Done where the file is read (a worker), so
// only this small result crosses to the main thread, never the workbook's snapshot.
import {
  checkCarryOver,
  checkWithSignoff,
  identityOf,
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
  signoff?: SignoffStatus;
}

/** A report read → the roll-up's view of it, with its sign-off verified (signoff.changed, or form.damaged
 * for an unreadable record). */
export async function reportOf(
  file: string,
  snapshot: WorkbookSnapshot,
  previous?: WorkbookSnapshot
): Promise<CheckedReport> {
  const { result: signed, standardResult, signoff } = await checkWithSignoff(snapshot, nodeSha256);
  const standard = standardResult.standard;
  const forms = signed.forms;
  const findings = signed.findings;
  const checked: CheckedReport = {
    file,
    identity: identityOf(snapshot),
    forms,
    findings,
    signoff: signoff.record
      ? { ...signoff, record: { ...signoff.record, canonical: "" } }
      : signoff,
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
