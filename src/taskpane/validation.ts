// The validation loop shared by Excel and the preview: after edits, one read of the template cells and the
// core's checks. A burst of edits is coalesced into one read; edits during a read cause exactly one more.
// It never writes to the workbook, so the officer's undo history stays the officer's.
import { checkWorkbook, type CheckResult, type WorkbookPort, type WorkbookSnapshot } from "../core";

export interface ValidationReport {
  result?: CheckResult;
  /** What was read: the pane finds the selected cell's data point in it, with no read of its own. */
  snapshot?: WorkbookSnapshot;
  /** Why the workbook could not be read (Vietnamese), when it could not. */
  error?: string;
  durationMs: number;
  at: Date;
}

export interface Validator {
  /** Subscribes to edits and runs a first check. */
  start(): Promise<void>;
  /** Checks now (the "Kiểm tra lại" button, or after adding templates). */
  refresh(): Promise<void>;
  dispose(): Promise<void>;
}

export function createValidator(
  port: WorkbookPort,
  onReport: (report: ValidationReport) => void,
  options: { debounceMs?: number; now?: () => number } = {}
): Validator {
  const debounceMs = options.debounceMs ?? 40;
  const now =
    options.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let disposed = false;
  let unsubscribe: (() => Promise<void> | void) | undefined;

  const checkOnce = async () => {
    const started = now();
    try {
      const snapshot = await port.readSnapshot();
      const result = checkWorkbook(snapshot);
      if (!disposed) onReport({ result, snapshot, durationMs: now() - started, at: new Date() });
    } catch (error) {
      if (!disposed)
        onReport({
          error: (error as Error).message || String(error),
          durationMs: now() - started,
          at: new Date(),
        });
    }
  };

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await checkOnce();
      } while (again && !disposed);
      running = undefined;
    })();
    return running;
  };

  const onEdit = () => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, debounceMs);
  };

  return {
    async start() {
      unsubscribe = await port.subscribe(onEdit);
      await run();
    },
    refresh: run,
    async dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      await unsubscribe?.();
    },
  };
}
