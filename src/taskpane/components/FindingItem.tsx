// One finding as an officer reads it: a short title and where it is in the form's own terms (a button that
// selects its cells), the full sentence, the values, what it causes; rule id and A1 cells one step away.
import * as React from "react";
import { Button, Text, mergeClasses } from "@fluentui/react-components";
import {
  consequenceLabel,
  findingPlace,
  formatNumber,
  formatPlace,
  ruleTitle,
  type Finding,
  type Model,
} from "../../core";
import { fill, type Language, type Strings } from "../i18n";
import { useStyles } from "./styles";

export interface FindingItemProps {
  finding: Finding;
  /** Findings that only follow from this one (causedBy), shown folded under it. */
  folded?: Finding[];
  model: Model;
  /** Lead the place with the form ("Biểu 05 tổng hợp · …") when the workbook holds several. */
  withForm: boolean;
  strings: Strings;
  language: Language;
  onSelect: (finding: Finding) => void;
}

export function FindingItem(props: FindingItemProps) {
  const { finding, folded = [], model, withForm, strings, language, onSelect } = props;
  const styles = useStyles();
  const hasValues = finding.left !== null || finding.right !== null;
  const place = findingPlace(finding, model);
  const placeText = place ? formatPlace(place, language, withForm) : finding.form;
  const title = ruleTitle(finding.rule)[language];
  const what = [
    ...new Set(folded.map((f) => consequenceLabel(f, finding, model)?.[language]).filter((t) => t)),
  ].join("; ");
  return (
    <li
      className={mergeClasses(styles.finding, finding.severity === "warning" && styles.warning)}
      data-testid="finding"
      data-rule={finding.rule}
      data-folded={folded.length}
    >
      <Button
        appearance="transparent"
        className={styles.selectButton}
        title={`${strings.selectHint}: ${finding.cells.slice(0, 3).join(", ")}`}
        onClick={() => onSelect(finding)}
        data-testid="finding-select"
      >
        <Text weight="semibold">{title}</Text>
        <Text size={200} className={styles.place} data-testid="finding-place">
          {placeText}
        </Text>
      </Button>
      <Text block>{language === "vi" ? finding.message : finding.messageEn}</Text>
      {hasValues && (
        <Text size={200} className={styles.meta}>
          {strings.left}: {formatNumber(finding.left, language)} · {strings.right}:{" "}
          {formatNumber(finding.right, language)} · {strings.difference}:{" "}
          {formatNumber(finding.difference, language)}
        </Text>
      )}
      {folded.length > 0 && (
        <details className={styles.details} data-testid="finding-folded">
          <summary>
            {what ? fill(strings.causes, { what }) : fill(strings.causesMore, { n: folded.length })}
          </summary>
          <ul className={styles.folded}>
            {folded.map((f, i) => (
              <li key={i} data-rule={f.rule}>
                {place && findingPlace(f, model)
                  ? formatPlace(findingPlace(f, model)!, language, true)
                  : f.form}
                {": "}
                {language === "vi" ? f.message : f.messageEn}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className={styles.details}>
        <summary>{strings.details}</summary>
        <div>
          {strings.rule}: <span className={styles.code}>{finding.rule}</span>
        </div>
        {finding.cells.length > 0 && (
          <div>
            {strings.cells}:{" "}
            <span className={styles.code}>
              {finding.cells.slice(0, 8).join(", ")}
              {finding.cells.length > 8 ? ` (+${finding.cells.length - 8})` : ""}
            </span>
          </div>
        )}
      </details>
    </li>
  );
}
