// The validation loop shared by Excel and the preview: after edits, one read of the template cells and the
// core's checks. Edits of one task (a paste, a burst) are coalesced into one read; edits during a read cause
// exactly one more. No fixed debounce: the end of the task and the read in flight are what batch. While
// typing, blank inputs are progress; a full check (the officer's "Kiểm tra đầy đủ") raises them as warnings.
// It never writes to the workbook, so the officer's undo history stays the officer's. A read refused because the
// officer is typing in a cell keeps the last findings and is retried; a failed subscription is reported and
// retried, never left silent.
import {
  checkWorkbook,
  fillProgress,
  withoutBlanks,
  type CheckResult,
  type FillProgress,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../core";

/** "typing": after edits, blanks shown as progress; "full": asked for, blanks are warnings. */
export type CheckMode = "typing" | "full";

export type Notice = "manualCalculation" | "notListening";

export interface ValidationReport {
  result?: CheckResult;
  /** What was read, for the workflows that look at the same read (review and sign-off). */
  snapshot?: WorkbookSnapshot;
  /** What the officer should know besides the findings (Excel calculating manually, edits not heard). */
  notices?: Notice[];
  /** Why edits are not heard, while the subscription is retried. */
  listenError?: string;
  /** Why the workbook could not be read (Vietnamese), when it could not. */
  error?: string;
  durationMs: number;
  at: Date;
  mode: CheckMode;
  /** How far the input cells are filled (typing mode). */
  progress?: FillProgress;
  /** The officer edited the workbook since the last report (the pane lets a success message go). */
  afterEdit: boolean;
}

export interface Validator {
  /** Subscribes to edits and runs a first check. */
  start(): Promise<void>;
  /** Checks now: "full" for the "Kiểm tra đầy đủ" button (the default), "typing" after adding templates. */
  refresh(mode?: CheckMode): Promise<void>;
  dispose(): Promise<void>;
}

export function createValidator(
  port: WorkbookPort,
  onReport: (report: ValidationReport) => void,
  options: { debounceMs?: number; now?: () => number; retryMs?: number } = {}
): Validator {
  const debounceMs = options.debounceMs ?? 0;
  const retryMs = options.retryMs ?? 1500;
  const now =
    options.now ?? (() => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again: { mode: CheckMode; edit: boolean } | undefined;
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

  const checkOnce = async (mode: CheckMode, afterEdit: boolean) => {
    const started = now();
    try {
      const snapshot = await port.readSnapshot();
      const full = checkWorkbook(snapshot);
      const typing = mode === "typing";
      const result = typing ? withoutBlanks(full) : full;
      const progress = typing ? fillProgress(snapshot) : undefined;
      report({
        result,
        snapshot,
        progress,
        mode,
        afterEdit,
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
            void run(mode, afterEdit);
          }, retryMs);
        return;
      }
      report({
        error: (error as Error).message || String(error),
        mode,
        afterEdit,
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
        void run("typing", true); // edits made while not listening
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

  // A full check asked for while another runs wins over the typing check it coalesces with.
  const run = (mode: CheckMode, edit = false): Promise<void> => {
    if (running) {
      again = {
        mode: again?.mode === "full" || mode === "full" ? "full" : "typing",
        edit: (again?.edit ?? false) || edit,
      };
      return running;
    }
    running = (async () => {
      let next: typeof again = { mode, edit };
      while (next && !disposed) {
        again = undefined;
        await checkOnce(next.mode, next.edit);
        next = again;
      }
      running = undefined;
    })();
    return running;
  };

  // Without a debounce, the edits of one task wait only for that task's end (a microtask): the check then
  // runs before the browser paints, and an edit's finding shows in the same frame as the edit.
  let queued = false;
  function onEdit() {
    if (disposed) return;
    if (debounceMs <= 0) {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (!disposed) void run("typing", true);
      });
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run("typing", true);
    }, debounceMs);
  }

  return {
    async start() {
      await listen();
      await run("typing");
    },
    refresh: (mode = "full") => run(mode),
    async dispose() {
      disposed = true;
      for (const t of [timer, retryTimer, listenTimer]) if (t) clearTimeout(t);
      await unsubscribe?.();
    },
  };
}
