// The task pane's entry in Excel: waits for Office, then renders the pane on the Office.js adapter.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../excel/excel-workbook";
import { App } from "./components/App";
import { StartupMessage } from "./components/StartupMessage";
import { languageOf } from "./i18n";
import { watchStartup } from "./startup";

// In IE11 or Edge Legacy, old-webview.js has shown its message; the bundle (should it parse) leaves it there.
const oldWebview = (window as { thadsOldWebview?: boolean }).thadsOldWebview === true;
const root = createRoot(document.getElementById("container")!);
const office = typeof Office === "undefined" ? undefined : Office;

// The message shows after 10 s without Office; if Office becomes ready later, the pane replaces it.
if (!oldWebview)
  watchStartup(office as never, (startup) => {
    root.render(
      startup.kind === "excel" ? (
        <App port={new ExcelWorkbook()} language={languageOf(startup.displayLanguage)} />
      ) : (
        <StartupMessage startup={startup} />
      )
    );
  });
