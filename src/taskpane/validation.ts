// The validation loop shared by Excel and the preview: after edits, one read of the template cells and the
// core's checks. A burst of edits is coalesced into one read; edits during a read cause exactly one more.
// It never writes to the workbook, so the officer's undo history stays the officer's. A read refused because the
// officer is typing in a cell keeps the last findings and is retried; a failed subscription is reported and
// retried, never left silent.
import { checkWorkbook, type CheckResult, type WorkbookPort } from "../core";

export type Notice = "manualCalculation" | "notListening";

export interface ValidationReport {
  result?: CheckResult;
  /** What the officer should know besides the findings (Excel calculating manually, edits not heard). */
  notices?: Notice[];
  /** Why edits are not heard, while the subscription is retried. */
  listenError?: string;
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
  options: { debounceMs?: number; now?: () => number; retryMs?: number } = {}
): Validator {
  const debounceMs = options.debounceMs ?? 40;
  const retryMs = options.retryMs ?? 1500;
  const now =
    options.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let disposed = false;
  let unsubscribe: (() => Promise<void> | void) | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let listenTimer: ReturnType<typeof setTimeout> | undefined;
  let listenError: string | undefined;
  let last: ValidationReport | undefined;

  const report = (r: ValidationReport) => {
    if (disposed) return;
    const notices: Notice[] = [...(r.notices ?? [])];
    if (listenError) notices.push("notListening");
    last = {
      ...r,
      ...(notices.length ? { notices } : {}),
      ...(listenError ? { listenError } : {}),
    };
    onReport(last);
  };

  const checkOnce = async () => {
    const started = now();
    try {
      const snapshot = await port.readSnapshot();
      const result = checkWorkbook(snapshot);
      report({
        result,
        ...(snapshot.calculation === "manual" ? { notices: ["manualCalculation"] } : {}),
        durationMs: now() - started,
        at: new Date(),
      });
    } catch (error) {
      if ((error as { code?: string }).code === "InvalidOperationInCellEditMode") {
        // The officer is typing in a cell: the last findings stay; check again a little later.
        if (!disposed && !retryTimer)
          retryTimer = setTimeout(() => {
            retryTimer = undefined;
            void run();
          }, retryMs);
        return;
      }
      report({
        error: (error as Error).message || String(error),
        durationMs: now() - started,
        at: new Date(),
      });
    }
  };

  /** Subscribes; on failure says so (keeping the findings) and tries again, waiting longer each time. */
  const listen = async (attempt = 0): Promise<void> => {
    try {
      unsubscribe = await port.subscribe(onEdit);
      if (listenError) {
        listenError = undefined;
        if (last) report({ ...last, notices: last.notices?.filter((n) => n !== "notListening") });
        void run(); // edits made while not listening
      }
    } catch (error) {
      listenError = (error as Error).message || String(error);
      if (last) report({ ...last, notices: last.notices?.filter((n) => n !== "notListening") });
      if (!disposed)
        listenTimer = setTimeout(
          () => void listen(attempt + 1),
          Math.min(retryMs * 2 ** attempt, 30_000)
        );
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

  function onEdit() {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, debounceMs);
  }

  return {
    async start() {
      await listen();
      await run();
    },
    refresh: run,
    async dispose() {
      disposed = true;
      for (const t of [timer, retryTimer, listenTimer]) if (t) clearTimeout(t);
      await unsubscribe?.();
    },
  };
}
