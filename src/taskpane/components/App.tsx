// The task pane: adds the templates, and shows what the checks find as the officer types. It talks only to a
// WorkbookPort, so the same component runs in Excel and in the browser preview. The tabs and the summary stay
// in view and the body scrolls; one live region announces what changed.
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import type { CellAddress, Finding, WorkbookPort } from "../../core";
import { STRINGS, fill, type Language } from "../i18n";
import { createValidator, type ValidationReport, type Validator } from "../validation";
import { AddTemplates } from "./AddTemplates";
import { Findings, FindingsSummary, paneCounts } from "./Findings";
import { SIGNOFF_STRINGS } from "./signoff/strings";
import { CellGuidancePanel } from "./CellGuidancePanel";
import { useAfterFirstPaint } from "./after-paint";
import { useStyles } from "./styles";

// The tabs not shown first (Duyệt & ký, Tổng hợp) are chunks of their own, fetched once the pane is painted:
// «Thêm biểu mẫu» does not wait for their code, and they are there by the time an officer opens them.
const loadSignoff = () => import(/* webpackChunkName: "tab-signoff" */ "./signoff/SignoffTab");
const loadRollup = () => import(/* webpackChunkName: "tab-rollup" */ "./rollup/RollupTab");
const SignoffTab = React.lazy(() => loadSignoff().then((m) => ({ default: m.SignoffTab })));
const RollupTab = React.lazy(() => loadRollup().then((m) => ({ default: m.RollupTab })));
const prefetchTabs = () => {
  void loadSignoff().catch(() => undefined); // a failed fetch is retried when the tab opens
  void loadRollup().catch(() => undefined);
};

export interface AppProps {
  port: WorkbookPort;
  language?: Language;
  today?: Date;
}

type View = "add" | "check" | "signoff" | "rollup";

export function App({ port, language = "vi", today }: AppProps) {
  const strings = STRINGS[language];
  const styles = useStyles();
  const [view, setView] = React.useState<View>("add");
  const [report, setReport] = React.useState<ValidationReport | undefined>();
  /** The success message after adding, until the officer moves on (an edit, another tab, a check). */
  const [notice, setNotice] = React.useState<{ text: string; sheets: number } | undefined>();
  const [announcement, setAnnouncement] = React.useState("");
  const validator = React.useRef<Validator | undefined>(undefined);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const date = React.useMemo(() => today ?? new Date(), [today]);
  const firstReport = React.useRef(true);
  const focusNotice = React.useRef(false);
  useAfterFirstPaint(prefetchTabs);

  React.useEffect(() => {
    const v = createValidator(port, (r) => {
      setReport(r);
      if (r.afterEdit) {
        // Focus on the message that goes moves to the summary, never to the page body.
        if (noticeRef.current?.contains(document.activeElement)) summaryRef.current?.focus();
        setNotice(undefined);
      }
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

  // The live region says the counts whenever they change, and what was added right after adding.
  const counts = paneCounts(report);
  React.useEffect(() => {
    if (!report?.result) return;
    const said = fill(strings.announce, { ...counts });
    setAnnouncement(
      notice
        ? fill(strings.announceAdded, { n: notice.sheets, ...counts })
        : report.result.forms.length > 0
          ? said
          : ""
    );
  }, [report, counts.errors, counts.warnings, notice, strings]);

  // After adding, keyboard and screen-reader users land on the result, not on the page body.
  React.useEffect(() => {
    if (focusNotice.current && notice && view === "check") {
      focusNotice.current = false;
      noticeRef.current?.focus();
    }
  }, [notice, view]);

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

  /** After adding templates or a consolidated report: the result, with focus on it, on the Kiểm tra tab. */
  const added = (sheets: number, text: string) => {
    focusNotice.current = true;
    setNotice({ text, sheets });
    setView("check");
    void validator.current?.refresh("typing");
  };

  const select = (finding: Finding) => {
    void port.select(finding.cells).catch(() => undefined);
  };

  return (
    <FluentProvider
      theme={webLightTheme}
      className={styles.app}
      lang={language === "vi" ? "vi" : "en"}
    >
      <div className={styles.header}>
        <TabList
          selectedValue={view}
          onTabSelect={(_e, d) => {
            setView(d.value as View);
            setNotice(undefined);
          }}
          aria-label={strings.tabsLabel}
          size="small"
          className={styles.tabs}
        >
          <Tab value="add">{strings.tabAdd}</Tab>
          <Tab value="check">{strings.tabCheck}</Tab>
          <Tab value="signoff">{SIGNOFF_STRINGS[language].tab}</Tab>
          <Tab value="rollup">{strings.tabRollup}</Tab>
        </TabList>
        {view === "check" && (
          <div ref={summaryRef} tabIndex={-1}>
            <FindingsSummary
              report={report}
              strings={strings}
              onRecheck={() => {
                setNotice(undefined);
                void validator.current?.refresh("full");
              }}
            />
          </div>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.srOnly} data-testid="announce">
        {announcement}
      </div>
      <div className={styles.body} data-testid="pane-body">
        {notice && view === "check" && (
          <div ref={noticeRef} tabIndex={-1} className={styles.notice} data-testid="added">
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        {view === "add" ? (
          <AddTemplates
            port={port}
            strings={strings}
            today={date}
            existingForms={report?.result?.forms ?? []}
            onAdded={(sheets) => added(sheets, fill(strings.added, { n: sheets }))}
          />
        ) : view === "rollup" ? (
          <React.Suspense fallback={<Text>{strings.loading}</Text>}>
            <RollupTab port={port} language={language} onAdded={added} announce={setAnnouncement} />
          </React.Suspense>
        ) : view === "signoff" ? (
          <React.Suspense fallback={<Text>{strings.loading}</Text>}>
            <SignoffTab
              port={port}
              snapshot={report?.snapshot}
              language={language}
              onWritten={() => void validator.current?.refresh()}
            />
          </React.Suspense>
        ) : (
          <>
            {port.onSelection && report?.snapshot && (
              <CellGuidancePanel snapshot={report.snapshot} cell={selected} language={language} />
            )}
            <Findings report={report} strings={strings} language={language} onSelect={select} />
          </>
        )}
      </div>
    </FluentProvider>
  );
}
