// One finding: the message, the rule, the two values and their difference; Enter, Space or a click selects
// its cells in the workbook.
import * as React from "react";
import { Badge, Text, mergeClasses } from "@fluentui/react-components";
import { formatNumber, type Finding } from "../../core";
import type { Language, Strings } from "../i18n";
import { useStyles } from "./styles";

export interface FindingItemProps {
  finding: Finding;
  strings: Strings;
  language: Language;
  onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding, strings, language, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const hasValues = finding.left !== null || finding.right !== null;
  const activate = () => onSelect(finding);
  return (
    <div
      className={mergeClasses(styles.finding, finding.severity === "warning" && styles.warning)}
      role="button"
      tabIndex={0}
      data-testid="finding"
      data-rule={finding.rule}
      title={strings.selectHint}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          activate();
        }
      }}
    >
      <Text block>{language === "vi" ? finding.message : finding.messageEn}</Text>
      <div className={styles.meta}>
        <Badge appearance="outline" color={finding.severity === "error" ? "danger" : "warning"}>
          {finding.rule}
        </Badge>
        {hasValues && (
          <Text size={200}>
            {strings.left}: {formatNumber(finding.left, language)} · {strings.right}:{" "}
            {formatNumber(finding.right, language)} · {strings.difference}:{" "}
            {formatNumber(finding.difference, language)}
          </Text>
        )}
      </div>
      {finding.cells.length > 0 && (
        <Text size={200} className={styles.muted}>
          {strings.cells}: {finding.cells.slice(0, 3).join(", ")}
          {finding.cells.length > 3 ? ` (+${finding.cells.length - 3})` : ""}
        </Text>
      )}
    </div>
  );
}
