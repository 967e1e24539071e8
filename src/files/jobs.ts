// What is done with one received file, wherever it runs (a worker of the pool, or in turn): read it with the
// bounded reader, then the job asked for. Every failure ends as this file's { file, error }.
import type { WorkbookSnapshot } from "../core";
import { checkBuffer, readFailure, type FileResult } from "./check-file";
import { digestOf, type DigestResult } from "./digest-file";
import { readFileBounded, readSnapshot } from "./read-snapshot";
import { reportOf, type CheckedReport } from "./report-file";

export type FileJob =
  /** The standard's findings (FileResult). */
  | { kind: "check" }
  /** The roll-up's check: sign-off verified, identity, carry-over from `previous` (CheckedReport). */
  | { kind: "report"; previous?: WorkbookSnapshot }
  /** What consolidation needs (DigestResult). */
  | { kind: "digest" };

export interface JobResults {
  check: FileResult;
  report: CheckedReport;
  digest: DigestResult;
}

export type JobResult<J extends FileJob> = JobResults[J["kind"]];

export async function runJob<J extends FileJob>(file: string, job: J): Promise<JobResult<J>> {
  type R = JobResult<J>;
  try {
    const data = await readFileBounded(file);
    if (job.kind === "check") return checkBuffer(file, data) as R;
    const snapshot = readSnapshot(data);
    if (job.kind === "digest") return digestOf(file, data, snapshot) as R;
    return (await reportOf(file, snapshot, job.previous)) as R;
  } catch (error) {
    return { file, error: readFailure(error) } as R;
  }
}
