// Received files read on all cores: a few worker threads, started once and kept for the whole run, each take
// one file at a time and post back a small plain result (never the workbook), so memory stays flat however
// many files there are. Each file runs with a heap limit and a time limit; a file that exceeds either gets
// its own error and its worker is replaced, so no file can abort, slow down without bound, or falsify
// another. Check and aggregate both run here, with their own job (./jobs.ts).
import { availableParallelism } from "os";
import { existsSync } from "fs";
import type { Worker } from "worker_threads";
import type { FileResult } from "./check-file";
import { runJob, type FileJob, type JobResult } from "./jobs";
import { LIMITS } from "./limits";
import { FILE_WORKER, fileWorker, stopSpareWorkers } from "./spare-workers";

export interface PoolOptions {
  /** Workers to run at once (default: the cores available, at most the number of files). */
  workers?: number;
  /** Time limit for one file, in ms. */
  timeMs?: number;
  /** Heap limit of a worker, in MB. */
  heapMb?: number;
  /** Called with the number of files done so far (in any order), e.g. for a progress line. */
  onProgress?: (done: number) => void;
}

/**
 * Runs `job` over every file, each in isolation; `onResult` receives the results in the files' order (each
 * as soon as it and every earlier file are done), so a caller may fold them up without holding them all.
 */
export async function runFiles<J extends FileJob>(
  files: string[],
  job: J,
  onResult: (result: JobResult<J>, index: number) => void,
  options: PoolOptions = {}
): Promise<void> {
  const pending = new Map<number, JobResult<J>>();
  let delivered = 0;
  let done = 0;
  const finish = (index: number, result: JobResult<J>) => {
    done++; // not inside the optional call below: without onProgress it would not be counted
    options.onProgress?.(done);
    pending.set(index, result);
    while (pending.has(delivered)) {
      const next = pending.get(delivered)!;
      pending.delete(delivered);
      onResult(next, delivered++);
    }
  };
  if (!existsSync(FILE_WORKER)) {
    // Running from TypeScript sources (tests): the same jobs, in this thread, one by one.
    for (let i = 0; i < files.length; i++) finish(i, await runJob(files[i], job));
    return;
  }
  if (files.length === 0) return;
  const timeMs = options.timeMs ?? LIMITS.timeMs;
  const heapMb = options.heapMb ?? LIMITS.heapMb;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const retry: number[] = []; // files sent to a worker that failed on an earlier file: not their fault
  let next = 0;
  const take = () => (retry.length > 0 ? retry.shift() : next < files.length ? next++ : undefined);

  await new Promise<void>((resolve) => {
    const lanes: Lane<JobResult<J>>[] = [];
    const settled = (index: number, result: JobResult<J>) => {
      finish(index, result);
      if (done === files.length) {
        for (const lane of lanes) lane.close();
        stopSpareWorkers();
        resolve();
      }
    };
    for (let i = 0; i < count; i++) {
      lanes.push(
        new Lane<JobResult<J>>(
          () => {
            const worker = fileWorker(heapMb);
            worker.postMessage({ job });
            return worker;
          },
          files,
          take,
          (index) => retry.push(index),
          settled,
          timeMs,
          heapMb
        )
      );
    }
    for (const lane of lanes) lane.fill();
  });
}

/** The standard's findings of every file, in order. */
export async function checkFiles(
  files: string[],
  options: PoolOptions = {}
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  await runFiles(files, { kind: "check" }, (r, i) => (results[i] = r), options);
  return results;
}

/** Files a worker holds at once: the one it reads and the next, so it never waits for the main thread. */
const AHEAD = 2;
/** Files a new worker is given at first: its first files are its slowest (its code not yet optimized), and
 * they keep it busy while the main thread may be loading what it needs after the files (aggregate: ExcelJS). */
const FIRST = 6;

/**
 * One worker and the files sent to it, in order. Only the first is being read, so the time limit runs for it
 * alone (from when the worker has loaded: a new worker's start is not the file's time); when the worker
 * fails (time, memory, a crash) that file gets the error, the worker is replaced, and the files queued
 * behind it are given back to be read again.
 */
class Lane<R> {
  private worker?: Worker;
  private readonly sent: number[] = [];
  private timer?: NodeJS.Timeout;
  private given = 0;
  /** The worker has loaded the reader (it answers its job): files are timed from then, not from its start. */
  private ready = false;

  constructor(
    private readonly start: () => Worker,
    private readonly files: string[],
    private readonly take: () => number | undefined,
    private readonly giveBack: (index: number) => void,
    private readonly settled: (index: number, result: R) => void,
    private readonly timeMs: number,
    private readonly heapMb: number
  ) {}

  /** Sends files until the worker holds AHEAD of them (FIRST when it is new), or none are left. */
  fill(): void {
    while (this.sent.length < (this.given < FIRST ? FIRST : AHEAD)) {
      const index = this.take();
      if (index === undefined) return;
      if (!this.worker) this.given = 0;
      const worker = this.worker ?? this.open();
      this.given++;
      this.sent.push(index);
      worker.postMessage({ id: index, file: this.files[index] });
      if (this.sent.length === 1 && this.ready) this.arm();
    }
  }

  close(): void {
    clearTimeout(this.timer);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private open(): Worker {
    const worker = this.start();
    this.worker = worker;
    this.ready = false;
    worker.on("message", (message: { id: number; result: R } | { ready: true }) => {
      if (this.worker !== worker) return;
      if ("ready" in message) {
        this.ready = true;
        if (this.sent.length > 0) this.arm();
        return;
      }
      if (message.id !== this.sent[0]) return;
      clearTimeout(this.timer);
      this.sent.shift();
      if (this.sent.length > 0) this.arm();
      this.fill();
      this.settled(message.id, message.result);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      this.fail(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `đọc tệp cần quá nhiều bộ nhớ (giới hạn ${this.heapMb} MB cho một tệp); đây không phải một báo cáo bình thường`
          : `tệp .xlsx có nội dung không đọc được (${error.message})`
      );
    });
    worker.on("exit", () => {
      if (this.worker !== worker) return;
      this.fail("tệp .xlsx có nội dung không đọc được (bộ đọc dừng giữa chừng)");
    });
    return worker;
  }

  /** The time limit of the file being read. */
  private arm(): void {
    this.timer = setTimeout(
      () =>
        this.fail(
          `đọc tệp quá ${Math.round(this.timeMs / 1000)} giây (giới hạn cho một tệp); đây không phải một báo cáo bình thường`
        ),
      this.timeMs
    );
  }

  /** The file being read gets the error (a FileResult, which every job gives then); the worker goes. */
  private fail(error: string): void {
    clearTimeout(this.timer);
    const index = this.sent.shift();
    for (const queued of this.sent.splice(0)) this.giveBack(queued);
    void this.worker?.terminate();
    this.worker = undefined;
    this.fill();
    if (index !== undefined) this.settled(index, { file: this.files[index], error } as R);
  }
}
