// The worker side of the pool: told its job by its first message, then does it on each file it is sent,
// strictly one after another (the pool sends the next file ahead, and times each file from the previous
// result), and posts each small result back. The reader is loaded before the job is known (a thread may be
// started early: spare-workers.ts).
import { parentPort } from "worker_threads";
import { runJob, type FileJob } from "./jobs";

let job: FileJob | undefined;
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: { job: FileJob } | { id: number; file: string }) => {
  if ("job" in task) {
    job = task.job;
    parentPort!.postMessage({ ready: true }); // loaded: the pool times files from now
    return;
  }
  queue = queue.then(async () => {
    const result = await runJob(task.file, job!);
    parentPort!.postMessage({ id: task.id, result });
  });
});
