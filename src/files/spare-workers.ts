// The pool's threads, started before they are needed: a command that reads received files starts them first
// thing (src/cli/prestart.ts), so they load the reader while the main thread loads the rest of the command
// line. Only node's own modules here, so that starting them costs nothing else.
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { LIMITS } from "./limits";

export const FILE_WORKER = join(__dirname, "file-worker.js");

/** A reader thread with its heap limit; it is told its job by its first message. */
export function startFileWorker(heapMb: number): Worker {
  return new Worker(FILE_WORKER, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
}

const spares: Worker[] = [];
let spareHeapMb = 0;

/** Starts the threads a pool would start (one per core, the default limits), unless running from sources. */
export function prestartFileWorkers(count = availableParallelism()): void {
  if (!existsSync(FILE_WORKER) || spares.length > 0) return;
  spareHeapMb = LIMITS.heapMb;
  for (let i = 0; i < count; i++) {
    const worker = startFileWorker(spareHeapMb);
    worker.unref(); // never used: it must not keep the process alive
    worker.on("error", () => undefined); // a spare that failed is simply not taken
    spares.push(worker);
  }
}

/** A started thread with this heap limit, or a new one. */
export function fileWorker(heapMb: number): Worker {
  const spare = heapMb === spareHeapMb ? spares.shift() : undefined;
  if (!spare || spare.threadId < 0) return startFileWorker(heapMb);
  spare.removeAllListeners("error");
  spare.ref();
  return spare;
}

/** Stops the threads started and never taken. */
export function stopSpareWorkers(): void {
  for (const worker of spares.splice(0)) void worker.terminate();
}
