// The pane's port while the workbook (HyperFormula, most of the preview's weight) still loads: the pane shows
// and takes input at once, and its first calls wait for the workbook instead of the page waiting for both.
import type { WorkbookPort } from "../core";

export function lazyPort(workbook: Promise<WorkbookPort>): WorkbookPort {
  return {
    info: () => workbook.then((wb) => wb.info()),
    readSnapshot: () => workbook.then((wb) => wb.readSnapshot()),
    addTemplates: (plan, onProgress) => workbook.then((wb) => wb.addTemplates(plan, onProgress)),
    select: (cells) => workbook.then((wb) => wb.select(cells)),
    subscribe: (onEdit) => workbook.then((wb) => wb.subscribe(onEdit)),
  };
}
