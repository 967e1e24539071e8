// The findings view: counts, errors before warnings, the all-well state, and what was recognised.
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { standardNote, type Finding } from "../../core";
import { fill, type Language, type Strings } from "../i18n";
import type { ValidationReport } from "../validation";
import { formLabelList } from "./AddTemplates";
import { FindingItem } from "./FindingItem";
import { useStyles } from "./styles";

export interface FindingsProps {
  report?: ValidationReport;
  strings: Strings;
  language: Language;
  onSelect: (finding: Finding) => void;
  onRecheck: () => void;
}

export function Findings({ report, strings, language, onSelect, onRecheck }: FindingsProps) {
  const styles = useStyles();
  const result = report?.result;
  const errors = result?.findings.filter((f) => f.severity === "error") ?? [];
  const warnings = result?.findings.filter((f) => f.severity === "warning") ?? [];
  const group = (title: string, items: Finding[]) =>
    items.length > 0 && (
      <section className={styles.group} aria-label={title}>
        <Text weight="semibold" block>
          {title} ({items.length})
        </Text>
        {items.map((f, i) => (
          <FindingItem
            key={`${f.rule}:${f.names.join(",")}:${i}`}
            finding={f}
            strings={strings}
            language={language}
            onSelect={onSelect}
          />
        ))}
      </section>
    );

  return (
    <div className={styles.column}>
      <div className={styles.summary}>
        {result && (
          <Text weight="semibold">
            {fill(strings.errors, { n: errors.length })} ·{" "}
            {fill(strings.warnings, { n: warnings.length })}
          </Text>
        )}
        <Button size="small" onClick={onRecheck}>
          {strings.recheck}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.srOnly}>
        {result ? fill(strings.announce, { errors: errors.length, warnings: warnings.length }) : ""}
      </div>
      {!report && <Text>{strings.checking}</Text>}
      {report?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{fill(strings.readFailed, { reason: report.error })}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.forms.length === 0 && <Text block>{strings.noForms}</Text>}
      {result && result.forms.length > 0 && (
        <Text size={200} block>
          {fill(strings.recognised, { forms: formLabelList(result.forms, strings) })}
          {result.standard && (
            <span data-testid="standard-version"> · {standardNote(result.standard)[language]}</span>
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
