// Entry of the browser preview (npm start): one in-memory workbook, the grid and the task pane around it.
// The workbook (HyperFormula) is a chunk of its own, fetched only once the pane has shown (PreviewApp's
// onShown): run before, its 200 ms of script (800 ms on a slow PC) would hold «Thêm biểu mẫu» back.
// `window.__preview` (test-hook.ts) lets the end-to-end tests fill many cells at once.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { lazyPort } from "./lazy-port";
import { PreviewApp } from "./PreviewApp";
import type { PreviewTestHook } from "./test-hook";

declare global {
  interface Window {
    __preview?: PreviewTestHook;
  }
}

const params = new URLSearchParams(window.location.search);
const language = params.get("lang") === "en" ? "en" : "vi";
document.documentElement.lang = language;
// ?pane=270 shows the pane as wide as Excel on Mac opens it (320 Windows, 350 the web: the default).
const paneWidth = Number(params.get("pane"));
if (paneWidth >= 200 && paneWidth <= 800)
  document.documentElement.style.setProperty("--pane-width", `${paneWidth}px`);

let shown = () => {};
const workbook = new Promise<void>((resolve) => (shown = resolve))
  .then(() =>
    Promise.all([
      import(/* webpackChunkName: "workbook" */ "./preview-workbook"),
      import(/* webpackChunkName: "workbook" */ "./test-hook"),
    ])
  )
  .then(([m, hook]) => {
    const wb = new m.PreviewWorkbook();
    window.__preview = hook.testHook(wb);
    return wb;
  });
createRoot(document.getElementById("root")!).render(
  <PreviewApp workbook={workbook} port={lazyPort(workbook)} language={language} onShown={shown} />
);
