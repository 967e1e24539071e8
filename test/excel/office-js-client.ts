// Microsoft's real Office.js client (the Excel web script of the @microsoft/office-js package) run in Node:
// the adapter's batches go through the very code that builds Excel's requests, and the host side is a
// stand-in that records each request's body and answers it. Excel on the web refuses a request over 5 MB
// ("Resource limits and performance optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
// the stand-in refuses it the way the host does (error 5103, which the client reports as
// RequestPayloadSizeLimitExceeded).
import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import type { Runner } from "../../src/excel/excel-workbook";

export const REQUEST_LIMIT = 5 * 1024 * 1024;
const SCRIPT = join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.js"
);

/** The collections the adapter loads (worksheets, names); any other object it loads may be null. */
const COLLECTIONS = new Set(["Worksheets", "Names"]);

export interface CapturedRequest {
  bytes: number;
  actions: number;
}

export interface OfficeJsClient {
  /** Excel.run of the real client, with its RunOptions. */
  runner: Runner;
  /** Every request the client sent to the host, one per context.sync. */
  requests: CapturedRequest[];
}

/** A fresh copy of the client in its own window (a small shim: the script needs little of one). */
export function loadOfficeJsClient(): OfficeJsClient {
  const noop = () => undefined;
  const window: Record<string, unknown> = {
    location: { href: "https://localhost/taskpane.html", search: "", hash: "" },
    navigator: { userAgent: "Mozilla/5.0 (Node) thads-forms tests" },
    document: {
      readyState: "complete",
      addEventListener: noop,
      getElementsByTagName: () => [],
      createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }),
    },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    console: { ...console, log: noop, info: noop, warn: noop },
  };
  window.window = window.self = window.top = window.parent = window;
  const context = createContext(window);
  runInContext(readFileSync(SCRIPT, "utf8"), context, { filename: "excel-web-16.00.js" });
  const OSF = context.OSF as { DDA: { RichApi?: Record<string, unknown> } };
  const requests: CapturedRequest[] = [];
  // The host end of the client's transport: the message array's fifth item is the request body.
  OSF.DDA.RichApi = {
    ...OSF.DDA.RichApi,
    executeRichApiRequestAsync: (
      message: unknown[],
      callback: (result: Record<string, unknown>) => void
    ) => {
      const body = String(message[4]);
      const bytes = Buffer.byteLength(body, "utf8");
      const request = JSON.parse(body) as {
        Actions?: { Id: number; ActionType: number; ObjectPathId: number }[];
        ObjectPaths?: Record<string, { Name: string }>;
      };
      const actions = request.Actions ?? [];
      requests.push({ bytes, actions: actions.length });
      // Loads (ActionType 2, Query) find an empty workbook: no items in a collection, a null object where
      // the adapter asked for one that may not exist.
      if (bytes > REQUEST_LIMIT) {
        callback({
          status: "failed",
          error: { code: 5103, message: "Request payload size limit exceeded" },
        });
        return;
      }
      const pathName = (a: { ObjectPathId: number }) =>
        request.ObjectPaths?.[a.ObjectPathId]?.Name ?? "";
      const Results = actions
        .filter((a) => a.ActionType === 1 || a.ActionType === 2)
        .map((a) => ({
          ActionId: a.Id,
          Value: COLLECTIONS.has(pathName(a))
            ? a.ActionType === 2
              ? { _Items: [] }
              : {}
            : /OrNullObject$/.test(pathName(a))
              ? null
              : {},
        }));
      callback({
        status: "succeeded",
        value: { data: [200, [], JSON.stringify({ Results })] },
      });
    },
  };
  const Excel = context.Excel as typeof globalThis.Excel;
  const runner: Runner = (batch, options) =>
    options && Object.keys(options).length > 0
      ? Excel.run(options as Excel.RunOptions, batch)
      : Excel.run(batch);
  return { runner, requests };
}
