// What the end-to-end tests and the pane benchmark reach through `window.__preview`: the workbook, and typing
// many cells by data point name as one edit (a paste), so a test fills a report without a thousand key presses.
import type { EditResult, PreviewWorkbook } from "./preview-workbook";

export type NamedValues = Record<string, string | number | null | undefined>;

/** Types each value into the cell of its data point name, as one edit; unknown names are refused. */
export function fillByName(wb: PreviewWorkbook, values: NamedValues): EditResult[] {
  const entries = Object.entries(values).map(([name, value]) => ({
    address: wb.cells.names.get(name),
    raw: value === null || value === undefined ? "" : String(value),
    name,
  }));
  const known = entries.filter((e) => e.address);
  const written = wb.paste(known.map((e) => ({ ...e.address!, raw: e.raw })));
  let next = 0;
  return entries.map((e) =>
    e.address ? written[next++] : { ok: false, notice: `Không có tên ${e.name}` }
  );
}

export interface PreviewTestHook {
  wb: PreviewWorkbook;
  setValues(values: NamedValues): EditResult[];
}

export const testHook = (wb: PreviewWorkbook): PreviewTestHook => ({
  wb,
  setValues: (values) => fillByName(wb, values),
});
