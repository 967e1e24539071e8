// The writer thread of template-writer.ts: ExcelJS loaded at once, then one plan written and sent back.
import { parentPort } from "worker_threads";
import { fromPlainPlan, type PlainPlan } from "./template-writer";
import { templateBuffer } from "./write-template";

parentPort?.once("message", (plan: PlainPlan) => {
  templateBuffer(fromPlainPlan(plan)).then(
    (data) => parentPort!.postMessage({ data }),
    (error: Error) => parentPort!.postMessage({ error: error.message })
  );
});
