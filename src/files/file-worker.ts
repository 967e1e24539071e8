// The worker side of the pool: does its job (sent once, with workerData) on each file it is sent, strictly
// one after another (the pool sends the next file ahead, and times each file from the previous result), and
// posts each small result back.
import { parentPort, workerData } from "worker_threads";
import { runJob, type FileJob } from "./jobs";

const job = (workerData as { job: FileJob }).job;
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: { id: number; file: string }) => {
  queue = queue.then(async () => {
    const result = await runJob(task.file, job);
    parentPort!.postMessage({ id: task.id, result });
  });
});
