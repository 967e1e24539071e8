// The task pane: adds the templates, and shows what the checks find as the officer types. It talks only to a
// WorkbookPort, so the same component runs in Excel and in the browser preview.
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  webLightTheme,
} from "@fluentui/react-components";
import type { CellAddress, Finding, WorkbookPort } from "../../core";
import { STRINGS, fill, type Language } from "../i18n";
import { createValidator, type ValidationReport, type Validator } from "../validation";
import { AddTemplates } from "./AddTemplates";
import { CellGuidancePanel } from "./CellGuidancePanel";
import { Findings } from "./Findings";
import { useStyles } from "./styles";

export interface AppProps {
  port: WorkbookPort;
  language?: Language;
  today?: Date;
}

type View = "add" | "check";

export function App({ port, language = "vi", today }: AppProps) {
  const strings = STRINGS[language];
  const styles = useStyles();
  const [view, setView] = React.useState<View>("add");
  const [report, setReport] = React.useState<ValidationReport | undefined>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const validator = React.useRef<Validator | undefined>(undefined);
  const date = React.useMemo(() => today ?? new Date(), [today]);

  const firstReport = React.useRef(true);

  React.useEffect(() => {
    const v = createValidator(port, (r) => {
      setReport(r);
      // A workbook that already holds templates opens on its findings (validation re-attached).
      if (firstReport.current && r.result) {
        firstReport.current = false;
        if (r.result.forms.length > 0) setView("check");
      }
    });
    validator.current = v;
    void v.start();
    return () => {
      void v.dispose();
    };
  }, [port]);

  // The selected cell, for its guidance; listeners are set again when the forms change (new sheets).
  const [selected, setSelected] = React.useState<CellAddress | undefined>();
  const formsKey = report?.result?.forms.join(",") ?? "";
  React.useEffect(() => {
    if (!port.onSelection) return undefined;
    let stop: (() => Promise<void> | void) | undefined;
    let live = true;
    port
      .onSelection((cell) => live && setSelected(cell))
      .then((s) => (live ? (stop = s) : void s()))
      .catch(() => undefined); // no selection event in this host: no guidance, nothing else changes
    return () => {
      live = false;
      void stop?.();
    };
  }, [port, formsKey]);

  const select = (finding: Finding) => {
    void port.select(finding.cells).catch(() => undefined);
  };

  return (
    <FluentProvider
      theme={webLightTheme}
      className={styles.app}
      lang={language === "vi" ? "vi" : "en"}
    >
      <TabList
        selectedValue={view}
        onTabSelect={(_e, d) => setView(d.value as View)}
        aria-label="THADS"
      >
        <Tab value="add">{strings.tabAdd}</Tab>
        <Tab value="check">{strings.tabCheck}</Tab>
      </TabList>
      <div className={styles.body}>
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {view === "add" ? (
          <AddTemplates
            port={port}
            strings={strings}
            today={date}
            existingForms={report?.result?.forms ?? []}
            onAdded={(sheets) => {
              setNotice(fill(strings.added, { n: sheets }));
              setView("check");
              void validator.current?.refresh();
            }}
          />
        ) : (
          <>
            {port.onSelection && report?.snapshot && (
              <CellGuidancePanel snapshot={report.snapshot} cell={selected} language={language} />
            )}
            <Findings
              report={report}
              strings={strings}
              language={language}
              onSelect={select}
              onRecheck={() => void validator.current?.refresh()}
            />
          </>
        )}
      </div>
    </FluentProvider>
  );
}
