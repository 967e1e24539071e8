// The findings view: the summary that stays in view (counts, how far the pages are filled, a full check),
// and the list: one entry per cause, errors before warnings, consequences folded under their cause.
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { buildModel, groupByCause, standardNote, type Finding } from "../../core";
import { fill, type Language, type Strings } from "../i18n";
import type { ValidationReport } from "../validation";
import { formLabelList } from "./AddTemplates";
import { FindingItem } from "./FindingItem";
import { useStyles } from "./styles";

export interface PaneCounts {
  errors: number;
  warnings: number;
}

/** The causes an officer sees, by severity (folded consequences are under them, not counted again). */
export function paneGroups(report?: ValidationReport) {
  const groups = groupByCause(report?.result?.findings ?? []);
  return {
    errors: groups.filter((g) => g.finding.severity === "error"),
    warnings: groups.filter((g) => g.finding.severity === "warning"),
  };
}

export function paneCounts(report?: ValidationReport): PaneCounts {
  const { errors, warnings } = paneGroups(report);
  return { errors: errors.length, warnings: warnings.length };
}

export interface FindingsSummaryProps {
  report?: ValidationReport;
  strings: Strings;
  onRecheck: () => void;
}

/** «2 lỗi · 5 cảnh báo · đã nhập 120/321 ô» and the full check, above the scrolling list. */
export function FindingsSummary({ report, strings, onRecheck }: FindingsSummaryProps) {
  const styles = useStyles();
  const counts = paneCounts(report);
  const progress = report?.progress;
  return (
    <div className={styles.summary} data-testid="summary">
      <div>
        {report?.result && (
          <Text weight="semibold" block>
            {fill(strings.errors, { n: counts.errors })} ·{" "}
            {fill(strings.warnings, { n: counts.warnings })}
          </Text>
        )}
        {report?.result && progress && progress.total > 0 && (
          <Text size={200} block title={strings.progressHint} data-testid="progress">
            {fill(strings.progress, { filled: progress.filled, total: progress.total })}
          </Text>
        )}
      </div>
      <Button size="small" onClick={onRecheck} title={strings.progressHint}>
        {strings.recheck}
      </Button>
    </div>
  );
}

export interface FindingsProps {
  report?: ValidationReport;
  strings: Strings;
  language: Language;
  onSelect: (finding: Finding) => void;
}

export function Findings({ report, strings, language, onSelect }: FindingsProps) {
  const styles = useStyles();
  const result = report?.result;
  const formsKey = result?.forms.join(",") ?? "";
  const model = React.useMemo(() => buildModel(formsKey ? formsKey.split(",") : []), [formsKey]);
  const { errors, warnings } = paneGroups(report);
  const withForm = (result?.forms.length ?? 0) > 1;
  const group = (title: string, items: ReturnType<typeof paneGroups>["errors"]) =>
    items.length > 0 && (
      <section className={styles.group} aria-label={`${title} (${items.length})`}>
        <h2 className={styles.groupTitle}>
          {title} ({items.length})
        </h2>
        <ul className={styles.group}>
          {items.map(({ finding, folded }, i) => (
            <FindingItem
              key={`${finding.rule}:${finding.names.join(",")}:${i}`}
              finding={finding}
              folded={folded}
              model={model}
              withForm={withForm}
              strings={strings}
              language={language}
              onSelect={onSelect}
            />
          ))}
        </ul>
      </section>
    );

  return (
    <div className={styles.column}>
      {!report && <Text>{strings.checking}</Text>}
      {report?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{fill(strings.readFailed, { reason: report.error })}</MessageBarBody>
        </MessageBar>
      )}
      {report?.notices?.map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline" data-testid={notice}>
          <MessageBarBody>
            {notice === "manualCalculation"
              ? strings.manualCalculation
              : fill(strings.notListening, { reason: report.listenError ?? "" })}
          </MessageBarBody>
        </MessageBar>
      ))}
      {result && result.forms.length === 0 && <Text block>{strings.noForms}</Text>}
      {result && result.forms.length > 0 && (
        <Text size={200} block>
          {fill(strings.recognised, { forms: formLabelList(result.forms, strings) })}
          {report?.mode === "full" ? ` ${strings.fullCheck}` : ""}
          {report?.result?.standard && (
            <span data-testid="standard-version">
              {" "}
              · {standardNote(report!.result!.standard)[language]}
            </span>
          )}
        </Text>
      )}
      {result && result.forms.length > 0 && errors.length === 0 && warnings.length === 0 && (
        <MessageBar intent="success" data-testid="all-ok">
          <MessageBarBody>
            <MessageBarTitle>{strings.allOk}</MessageBarTitle>
            {strings.allOkDetail}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.forms.length > 0 && errors.length === 0 && warnings.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.noErrors}</MessageBarBody>
        </MessageBar>
      )}
      {group(strings.groupErrors, errors)}
      {group(strings.groupWarnings, warnings)}
      {report && !report.error && (
        <Text size={100} block className={styles.muted}>
          {fill(strings.checkedIn, {
            time: report.at.toLocaleTimeString(language === "vi" ? "vi-VN" : "en-US"),
            ms: report.durationMs.toFixed(0),
          })}
        </Text>
      )}
    </div>
  );
}
