// Checking many files on all cores: files in, results out in the same order, N workers. Each file runs in a
// worker with a heap limit and a time limit; a file that exceeds either gets its own error and its worker is
// replaced, so no file can abort, slow down without bound, or falsify another.
import { availableParallelism } from "os";
import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import { checkFile, type CheckFileOptions, type FileResult } from "./check-file";
import { LIMITS } from "./limits";

export interface PoolOptions extends CheckFileOptions {
  /** Workers to run at once (default: the cores available, at most the number of files). */
  workers?: number;
  /** Time limit for one file, in ms. */
  timeMs?: number;
  /** Heap limit of a worker, in MB. */
  heapMb?: number;
  /** Called as each file is done (in completion order), e.g. for a progress line. */
  onResult?: (result: FileResult, index: number, done: number) => void;
}

const WORKER = join(__dirname, "check-worker.js");

/** Checks `files` (paths), each in isolation; resolves with one result per file, in order. */
export async function checkFiles(
  files: string[],
  options: PoolOptions = {}
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    options.onResult?.(result, index, ++done);
  };
  const { snapshot } = options;
  if (!existsSync(WORKER)) {
    // Running from TypeScript sources (tests): the same checks, in this thread, one by one.
    for (let i = 0; i < files.length; i++) finish(i, await checkFile(files[i], { snapshot }));
    return results;
  }
  const timeMs = options.timeMs ?? LIMITS.timeMs;
  const heapMb = options.heapMb ?? LIMITS.heapMb;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  let next = 0;

  const runWorker = async (): Promise<void> => {
    let worker: Worker | undefined;
    const start = () =>
      new Worker(WORKER, {
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
      });
    while (next < files.length) {
      const index = next++;
      worker ??= start();
      const result = await runOne(worker, index, files[index], { snapshot }, timeMs, heapMb);
      if (result.broken) {
        void worker.terminate();
        worker = undefined;
      }
      finish(index, result.result);
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}

function runOne(
  worker: Worker,
  id: number,
  file: string,
  options: CheckFileOptions,
  timeMs: number,
  heapMb: number
): Promise<{ result: FileResult; broken: boolean }> {
  return new Promise((resolve) => {
    const settle = (result: FileResult, broken: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve({ result, broken });
    };
    const onMessage = (message: { id: number; result: FileResult }) => {
      if (message.id === id) settle(message.result, false);
    };
    const onError = (error: Error & { code?: string }) =>
      settle(
        {
          file,
          error:
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? `đọc tệp cần quá nhiều bộ nhớ (giới hạn ${heapMb} MB cho một tệp); đây không phải một báo cáo bình thường`
              : `tệp .xlsx có nội dung không đọc được (${error.message})`,
        },
        true
      );
    const onExit = () =>
      settle(
        { file, error: "tệp .xlsx có nội dung không đọc được (bộ đọc dừng giữa chừng)" },
        true
      );
    const timer = setTimeout(
      () =>
        settle(
          {
            file,
            error: `đọc tệp quá ${Math.round(timeMs / 1000)} giây (giới hạn cho một tệp); đây không phải một báo cáo bình thường`,
          },
          true
        ),
      timeMs
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, file, options });
  });
}
