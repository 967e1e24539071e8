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
import type { Finding, WorkbookPort } from "../../core";
import { STRINGS, fill, type Language } from "../i18n";
import { createValidator, type ValidationReport, type Validator } from "../validation";
import { AddTemplates } from "./AddTemplates";
import { Findings } from "./Findings";
import { SignoffTab } from "./signoff/SignoffTab";
import { SIGNOFF_STRINGS } from "./signoff/strings";
import { useStyles } from "./styles";

export interface AppProps {
  port: WorkbookPort;
  language?: Language;
  today?: Date;
}

type View = "add" | "check" | "signoff";

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
        <Tab value="signoff">{SIGNOFF_STRINGS[language].tab}</Tab>
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
        ) : view === "signoff" ? (
          <SignoffTab
            port={port}
            snapshot={report?.snapshot}
            language={language}
            onWritten={() => void validator.current?.refresh()}
          />
        ) : (
          <Findings
            report={report}
            strings={strings}
            language={language}
            onSelect={select}
            onRecheck={() => void validator.current?.refresh()}
          />
        )}
      </div>
    </FluentProvider>
  );
}
