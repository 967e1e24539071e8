// Received files read and checked on every core: a few worker threads take one file at a time and hand
// back plain results, so memory stays flat however many files there are (no workbook outlives its file).
// Where the compiled worker is absent (TypeScript run directly, as in unit tests), files are done in turn.
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { WorkbookSnapshot } from "../../core";
import type { DigestResult, Job } from "./worker";

export type { DigestResult };

const WORKER = join(__dirname, "worker.js");

/**
 * Runs `job` over every file, at most `threads` at a time, calling `onResult` in the files' order as
 * results arrive. `previous` (a snapshot) is sent once to each worker.
 */
export async function runFiles<R>(
  files: string[],
  job: Job["kind"],
  onResult: (result: R, index: number) => void,
  options: { previous?: WorkbookSnapshot; threads?: number } = {},
  inProcess?: (file: string) => Promise<R>
): Promise<void> {
  const threads = Math.min(options.threads ?? availableParallelism(), files.length);
  if (threads <= 1 || !existsSync(WORKER) || files.length < 4) {
    if (!inProcess) throw new Error("runFiles: no worker and no in-process job");
    for (const [i, file] of files.entries()) onResult(await inProcess(file), i);
    return;
  }
  const pending = new Map<number, R>();
  let next = 0;
  let delivered = 0;
  const deliver = () => {
    while (pending.has(delivered)) {
      const result = pending.get(delivered)!;
      pending.delete(delivered);
      onResult(result, delivered++);
    }
  };
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER, { workerData: { previous: options.previous } });
          const take = () => {
            if (next >= files.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const index = next++;
            worker.postMessage({ kind: job, file: files[index], index } satisfies Job);
          };
          worker.on("message", (message: { index: number; result: R }) => {
            pending.set(message.index, message.result);
            deliver();
            take();
          });
          worker.on("error", reject);
          take();
        })
    )
  );
}
