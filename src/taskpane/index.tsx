// The task pane's entry in Excel: waits for Office, then renders the pane on the Office.js adapter.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../excel/excel-workbook";
import { App } from "./components/App";
import { StartupMessage } from "./components/StartupMessage";
import { languageOf } from "./i18n";
import { detectStartup } from "./startup";

const root = createRoot(document.getElementById("container")!);
const office = typeof Office === "undefined" ? undefined : Office;

void detectStartup(office as never).then((startup) => {
  root.render(
    startup.kind === "excel" ? (
      <App port={new ExcelWorkbook()} language={languageOf(startup.displayLanguage)} />
    ) : (
      <StartupMessage startup={startup} />
    )
  );
});
