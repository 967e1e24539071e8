// The pane's port while the workbook (HyperFormula, most of the preview's weight) still loads: the pane shows
// and takes input at once, and its first calls wait for the workbook instead of the page waiting for both.
// The preview's workbook also offers the optional calls the pane looks for (the selected cell's guidance, the
// sign-off record, the review sheet): they are forwarded too, or the pane would think the preview lacks them.
import type { WorkbookPort } from "../core";

type PreviewPort = WorkbookPort &
  Required<Pick<WorkbookPort, "onSelection" | "writeSignoff" | "writeReviewSheet">>;

export function lazyPort(workbook: Promise<PreviewPort>): WorkbookPort {
  return {
    info: () => workbook.then((wb) => wb.info()),
    readSnapshot: () => workbook.then((wb) => wb.readSnapshot()),
    addTemplates: (plan, onProgress) => workbook.then((wb) => wb.addTemplates(plan, onProgress)),
    select: (cells) => workbook.then((wb) => wb.select(cells)),
    subscribe: (onEdit) => workbook.then((wb) => wb.subscribe(onEdit)),
    onSelection: (onSelect) => workbook.then((wb) => wb.onSelection(onSelect)),
    writeSignoff: (rows) => workbook.then((wb) => wb.writeSignoff(rows)),
    writeReviewSheet: (plan) => workbook.then((wb) => wb.writeReviewSheet(plan)),
  };
}
