// A template written in a thread of its own, loaded before it is needed: ExcelJS takes a while to load,
// so a command that writes a workbook after reading many files (aggregate) starts this writer first and
// hands it the plan at the end, when only the writing itself is left to wait for.
import { existsSync } from "fs";
import { join } from "path";
import { Worker } from "worker_threads";
import type { CellAddress, WorkbookPlan } from "../core";

const WORKER = join(__dirname, "template-worker.js");

/** A plan as it crosses to another thread: its data, and its names' positions instead of `resolve`. */
export interface PlainPlan extends Omit<WorkbookPlan, "resolve"> {
  positions: Map<string, CellAddress>;
}

export function plainPlan(plan: WorkbookPlan): PlainPlan {
  const { resolve, ...data } = plan;
  const positions = new Map<string, CellAddress>();
  const note = (name: string) => {
    const at = resolve(name);
    if (at) positions.set(name, at);
  };
  for (const name of plan.model.cells.keys()) note(name);
  for (const n of plan.names) note(n.name);
  return { ...data, positions };
}

export function fromPlainPlan({ positions, ...data }: PlainPlan): WorkbookPlan {
  return { ...data, resolve: (name) => positions.get(name) };
}

export interface TemplateWriter {
  /** The plan's workbook as .xlsx bytes. */
  write(plan: WorkbookPlan): Promise<Buffer>;
  /** Stops the thread (when nothing is written after all). */
  close(): void;
}

/** Starts a writer thread now (in this thread when running from TypeScript sources, as in tests). */
export function startTemplateWriter(): TemplateWriter {
  if (!existsSync(WORKER)) {
    return {
      write: async (plan) => (await import("./write-template")).templateBuffer(plan),
      close: () => undefined,
    };
  }
  const worker = new Worker(WORKER);
  worker.unref(); // a writer never used must not keep the process alive
  let failure: Error | undefined;
  worker.on("error", (error) => (failure = error)); // told when the plan is handed over
  return {
    write: (plan) =>
      new Promise<Buffer>((resolve, reject) => {
        if (failure) return reject(failure);
        worker.ref();
        worker.once("message", (m: { data?: Uint8Array; error?: string }) => {
          void worker.terminate();
          if (m.data) resolve(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
          else reject(new Error(m.error));
        });
        worker.once("error", reject);
        worker.postMessage(plainPlan(plan));
      }),
    close: () => void worker.terminate(),
  };
}
