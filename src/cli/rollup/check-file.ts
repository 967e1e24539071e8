// One received file checked for the roll-up: its findings, who sent it and for when, and, with a previous
// year's report, the carry-over check. The result is plain data (it may cross a worker boundary).
import {
  checkCarryOver,
  checkWorkbook,
  identityOf,
  summarize,
  type CheckedFile,
  type StandardInfo,
  type WorkbookSnapshot,
} from "../../core";
import { ReportReadError, readSnapshotFromFile } from "../../files";

export interface CheckedReport extends CheckedFile {
  /** The version of the standard the file was made with. */
  standard?: StandardInfo;
  /** Why the carry-over check did not apply to this file (not a finding). */
  previousNote?: string;
}

export async function checkFile(file: string, previous?: WorkbookSnapshot): Promise<CheckedReport> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readSnapshotFromFile(file);
  } catch (error) {
    if (!(error instanceof ReportReadError)) throw error;
    return { file, error: error.message };
  }
  const result = checkWorkbook(snapshot);
  const checked: CheckedReport = {
    file,
    identity: identityOf(snapshot),
    forms: result.forms,
    findings: result.findings,
    ...(result.standard ? { standard: result.standard } : {}),
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
