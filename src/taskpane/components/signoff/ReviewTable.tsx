// The review sheet as a table: every rule that applies, pass / fail / warning, the two values and the cells
// (a button selects them); then completeness per page and the header fields.
import * as React from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import { formatNumber, type ReviewSheet } from "../../../core";
import { fill, type Language } from "../../i18n";
import type { SignoffStrings } from "./strings";

export interface ReviewTableProps {
  review: ReviewSheet;
  strings: SignoffStrings;
  language: Language;
  onSelect: (cells: string[]) => void;
}

const COLOR = { pass: "success", fail: "danger", warning: "warning" } as const;

export function ReviewTable({ review, strings, language, onSelect }: ReviewTableProps) {
  const cell = { padding: "2px 4px", verticalAlign: "top", textAlign: "left" } as const;
  return (
    <>
      <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "12px" }}>
        <caption style={{ textAlign: "left", fontWeight: 600 }}>{strings.review}</caption>
        <thead>
          <tr>
            <th style={cell}>{strings.outcome}</th>
            <th style={cell}>{strings.rule}</th>
            <th style={cell}>{strings.values}</th>
            <th style={cell}>{strings.cells}</th>
          </tr>
        </thead>
        <tbody>
          {review.rows.flatMap((row) => {
            const badge = (
              <Badge appearance="tint" color={COLOR[row.outcome]}>
                {strings[row.outcome]}
              </Badge>
            );
            const label = `${row.form ? `${row.form} · ` : ""}${row.rule}`;
            if (row.findings.length === 0) {
              return [
                <tr
                  key={`${row.form}|${row.rule}`}
                  data-testid="review-row"
                  data-outcome={row.outcome}
                >
                  <td style={cell}>{badge}</td>
                  <td style={cell} title={row.description[language]}>
                    {label}
                  </td>
                  <td style={cell} />
                  <td style={cell} />
                </tr>,
              ];
            }
            return row.findings.map((f, i) => (
              <tr
                key={`${row.form}|${row.rule}|${i}`}
                data-testid="review-row"
                data-outcome={row.outcome}
              >
                <td style={cell}>{badge}</td>
                <td style={cell}>
                  <Text size={200} block>
                    {label}
                  </Text>
                  <Text size={200}>{language === "vi" ? f.message : f.messageEn}</Text>
                </td>
                <td style={cell}>
                  {f.before !== undefined
                    ? `${f.before} → ${f.after}`
                    : f.left !== null || f.right !== null
                      ? `${formatNumber(f.left, language)} / ${formatNumber(f.right, language)}`
                      : ""}
                </td>
                <td style={cell}>
                  {f.cells.length > 0 && (
                    <Button size="small" appearance="subtle" onClick={() => onSelect(f.cells)}>
                      {f.cells[0]}
                      {f.cells.length > 1 ? ` (+${f.cells.length - 1})` : ""}
                    </Button>
                  )}
                </td>
              </tr>
            ));
          })}
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
            <li key={`${h.form}|${h.code}`}>
              {h.label[language]}: {h.filled ? strings.filled : strings.notFilled}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
