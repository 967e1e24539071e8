// The worker thread of the aggregation pool: reads and digests one received file per message (checking
// runs in src/files/pool.ts).
import { parentPort } from "worker_threads";
import type { ReportDigest } from "../../core";
import { digestFile } from "./digest-file";

export interface Job {
  kind: "digest";
  file: string;
  index: number;
}

export type DigestResult = ReportDigest | { file: string; error: string };

parentPort?.on("message", async (job: Job) => {
  let result: unknown;
  try {
    result = await digestFile(job.file);
  } catch (error) {
    // Nothing in one file may stop the others: an unexpected failure is that file's result.
    result = {
      file: job.file,
      error: `lỗi không mong đợi khi đọc tệp: ${(error as Error).message}`,
    };
  }
  parentPort!.postMessage({ index: job.index, result });
});
