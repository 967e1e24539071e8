// The selected cell's row, label and the article's guidance, from the selection event and the last snapshot
// the checks read: moving around costs no read of the workbook. Announced politely to screen readers.
import * as React from "react";
import { Text } from "@fluentui/react-components";
import {
  cellGuidance,
  qualified,
  sourceOf,
  type CellAddress,
  type WorkbookSnapshot,
} from "../../core";
import { standardVersion } from "../../forms";
import type { Language } from "../i18n";
import { useStyles } from "./styles";

const WORDS = {
  vi: {
    title: "Hướng dẫn cho ô đang chọn",
    formula: "Ô công thức: biểu mẫu tự tính từ các ô nhập liệu, không gõ vào ô này.",
    none: "Chọn một ô của biểu mẫu để xem hướng dẫn ghi chép của bài viết cho chỉ tiêu đó.",
    source: "Nguồn",
  },
  en: {
    title: "Guidance for the selected cell",
    formula: "Formula cell: the template computes it from the input cells; do not type here.",
    none: "Select a cell of a form to see the article's guidance for that indicator.",
    source: "Source",
  },
};

export interface CellGuidancePanelProps {
  snapshot?: WorkbookSnapshot;
  cell?: CellAddress;
  language: Language;
}

/** Data point name by "'Sheet'!C12", built once per snapshot. */
function namesByAddress(snapshot?: WorkbookSnapshot): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, cell] of Object.entries(snapshot?.cells ?? {}))
    if (cell.address) map.set(qualified(cell.address), name);
  return map;
}

export function CellGuidancePanel({ snapshot, cell, language }: CellGuidancePanelProps) {
  const styles = useStyles();
  const words = WORDS[language];
  const index = React.useMemo(() => namesByAddress(snapshot), [snapshot]);
  const name = cell ? index.get(qualified(cell)) : undefined;
  const help = name ? cellGuidance(name, standardVersion(snapshot?.standard?.version)) : undefined;
  return (
    <section
      className={styles.group}
      aria-label={words.title}
      aria-live="polite"
      data-testid="cell-guidance"
    >
      <Text weight="semibold" block>
        {words.title}
      </Text>
      {!help ? (
        <Text className={styles.muted}>{words.none}</Text>
      ) : (
        <>
          <Text block>
            {help.no ? `${help.no}. ` : ""}
            {help.label[language]}
            <span className={styles.muted}> · {help.where[language]}</span>
          </Text>
          {help.guidance ? (
            <>
              <Text block>{help.guidance[language]}</Text>
              <Text size={200} className={styles.muted} block>
                {words.source}: {sourceOf(help.guidance, help.part)[language]}
              </Text>
            </>
          ) : (
            <Text block>{words.formula}</Text>
          )}
        </>
      )}
    </section>
  );
}
