// The review sheet as a table: every rule that applies, pass / fail / warning, said in the form's own terms
// (a short title, where it is by page, row and column, a button that selects its cells), the two values;
// the rule id and the A1 cells one step away (a tooltip on passed rules, "Chi tiết" on findings). Then
// completeness per page and the header fields.
import * as React from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import {
  formShortLabel,
  formatNumber,
  type Finding,
  type ReviewRow,
  type ReviewSheet,
} from "../../../core";
import { fill, type Language } from "../../i18n";
import { useStyles } from "../styles";
import type { SignoffStrings } from "./strings";

export interface ReviewTableProps {
  review: ReviewSheet;
  strings: SignoffStrings;
  language: Language;
  onSelect: (cells: string[]) => void;
}

const COLOR = { pass: "success", fail: "danger", warning: "warning" } as const;
const CELL = { padding: "2px 4px", verticalAlign: "top", textAlign: "left" } as const;
const BADGE_CELL = { ...CELL, whiteSpace: "nowrap" } as const;

function values(f: Finding, language: Language): string {
  if (f.before !== undefined) return `${f.before} → ${f.after}`;
  if (f.left === null && f.right === null) return "";
  return `${formatNumber(f.left, language)} / ${formatNumber(f.right, language)}`;
}

interface RowProps {
  row: ReviewRow;
  /** Lead with the form ("05 tổng hợp") when the workbook holds several. */
  withForm: boolean;
  strings: SignoffStrings;
  language: Language;
  onSelect: (cells: string[]) => void;
}

function ReviewRows({ row, withForm, strings, language, onSelect }: RowProps) {
  const styles = useStyles();
  const badge = (
    <Badge appearance="tint" color={COLOR[row.outcome]}>
      {strings[row.outcome]}
    </Badge>
  );
  // The form leads when the workbook holds several: the row's, or each finding's for workbook-wide rules.
  const formOf = (form: string) =>
    withForm && form ? `${strings.form} ${formShortLabel(form)[language]} · ` : "";
  if (row.findings.length === 0) {
    return (
      <tr data-testid="review-row" data-outcome={row.outcome} data-rule={row.rule}>
        <td style={BADGE_CELL}>{badge}</td>
        <td style={CELL} title={`${strings.rule}: ${row.rule}`}>
          {formOf(row.form)}
          {row.statement[language]}
        </td>
        <td style={CELL} />
      </tr>
    );
  }
  return (
    <>
      {row.findings.map((f, i) => (
        <tr key={i} data-testid="review-row" data-outcome={row.outcome} data-rule={row.rule}>
          <td style={BADGE_CELL}>{badge}</td>
          <td style={CELL}>
            <Text size={200} weight="semibold" block>
              {formOf(row.form || f.form)}
              {row.title[language]}
            </Text>
            {f.cells.length > 0 ? (
              <Button
                appearance="transparent"
                size="small"
                className={styles.selectButton}
                title={`${strings.selectHint}: ${f.cells.slice(0, 3).join(", ")}`}
                onClick={() => onSelect(f.cells)}
                data-testid="review-place"
              >
                <Text size={200} className={styles.place}>
                  {row.where[i][language] || strings.selectCells}
                </Text>
              </Button>
            ) : (
              row.where[i][language] && (
                <Text size={200} className={styles.place} block data-testid="review-place">
                  {row.where[i][language]}
                </Text>
              )
            )}
            <Text size={200} block>
              {language === "vi" ? f.message : f.messageEn}
            </Text>
            <details className={styles.details}>
              <summary>{strings.details}</summary>
              <div>
                {strings.rule}: <span className={styles.code}>{f.rule}</span>
              </div>
              {f.cells.length > 0 && (
                <div>
                  {strings.cells}:{" "}
                  <span className={styles.code}>
                    {f.cells.slice(0, 8).join(", ")}
                    {f.cells.length > 8 ? ` (+${f.cells.length - 8})` : ""}
                  </span>
                </div>
              )}
            </details>
          </td>
          <td style={CELL}>{values(f, language)}</td>
        </tr>
      ))}
    </>
  );
}

export function ReviewTable({ review, strings, language, onSelect }: ReviewTableProps) {
  const withForm = review.forms.length > 1;
  return (
    <>
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "12px" }}>
        <caption style={{ textAlign: "left", fontWeight: 600 }}>{strings.review}</caption>
        <thead>
          <tr>
            <th style={CELL} scope="col">
              {strings.outcome}
            </th>
            <th style={CELL} scope="col">
              {strings.what}
            </th>
            <th style={CELL} scope="col">
              {strings.values}
            </th>
          </tr>
        </thead>
        <tbody>
          {review.rows.map((row) => (
            <ReviewRows
              key={`${row.form}|${row.rule}`}
              row={row}
              withForm={withForm}
              strings={strings}
              language={language}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
      <section aria-label={strings.completeness}>
        <Text weight="semibold" block>
          {strings.completeness}
        </Text>
        <ul style={{ margin: 0, paddingLeft: "18px", fontSize: "12px" }}>
          {review.pages.map((p) => (
            <li key={`${p.form}|${p.page}`}>
              {p.label[language]}:{" "}
              {p.blank === 0
                ? strings.complete
                : fill(strings.blank, { blank: p.blank, inputs: p.inputs })}
            </li>
          ))}
          {review.header.map((h) => (
            <li key={`${h.form}|${h.code}`} title={h.cell}>
              {h.label[language]}: {h.filled ? strings.filled : strings.notFilled}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
