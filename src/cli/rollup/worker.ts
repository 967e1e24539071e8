// The worker thread of the pool: reads and checks (or digests) one received file per message.
import { parentPort, workerData } from "worker_threads";
import type { ReportDigest, WorkbookSnapshot } from "../../core";
import { digestFile } from "./digest-file";
import { checkFile } from "./check-file";

export interface Job {
  kind: "check" | "digest";
  file: string;
  index: number;
}

export type DigestResult = ReportDigest | { file: string; error: string };

const previous = (workerData as { previous?: WorkbookSnapshot } | null)?.previous;

parentPort?.on("message", async (job: Job) => {
  let result: unknown;
  try {
    result =
      job.kind === "check" ? await checkFile(job.file, previous) : await digestFile(job.file);
  } catch (error) {
    // Nothing in one file may stop the others: an unexpected failure is that file's result.
    result = {
      file: job.file,
      error: `lỗi không mong đợi khi đọc tệp: ${(error as Error).message}`,
    };
  }
  parentPort!.postMessage({ index: job.index, result });
});
