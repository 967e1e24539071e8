// The worker side of the pool: checks the files it is sent, one at a time, and posts each result back.
import { parentPort } from "worker_threads";
import { checkFile, type CheckFileOptions } from "./check-file";

interface Task {
  id: number;
  file: string;
  options: CheckFileOptions;
}

parentPort?.on("message", async (task: Task) => {
  const result = await checkFile(task.file, task.options);
  parentPort!.postMessage({ id: task.id, result });
});
