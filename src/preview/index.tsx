// Entry of the browser preview (npm start): one in-memory workbook, the grid and the task pane around it.
// `window.__preview` lets the end-to-end tests fill many cells at once and read timings.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";
import { PreviewWorkbook } from "./preview-workbook";

declare global {
  interface Window {
    __preview?: { wb: PreviewWorkbook };
  }
}

const wb = new PreviewWorkbook();
window.__preview = { wb };
const language = new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "vi";
document.documentElement.lang = language;
// ?pane=270 shows the pane as wide as Excel on Mac opens it (320 Windows, 350 the web: the default).
const paneWidth = Number(new URLSearchParams(window.location.search).get("pane"));
if (paneWidth >= 200 && paneWidth <= 800)
  document.documentElement.style.setProperty("--pane-width", `${paneWidth}px`);
createRoot(document.getElementById("root")!).render(<PreviewApp wb={wb} language={language} />);
