// The printable review sheet (Phiếu kiểm tra) in the preview, as Excel's adapter writes it: the add-in's own
// sheet (recognised by its A1 title) is rewritten; otherwise a new sheet is added under a free name. No other
// sheet is touched. Its cells are plain text, not protected, as in Excel: table rows wrap within their
// columns, a row of one text runs on to the right.
import { REVIEW_MARK, type ReviewSheetPlan } from "../core";
import { pos, textContent, type CellMeta, type SheetStore } from "./sheet-store";

/** Writes the plan; returns the name of the sheet written. */
export function writeReviewSheet(store: SheetStore, plan: ReviewSheetPlan): string {
  const names = store.sheetNames();
  const candidates = names.filter(
    (n) => n === plan.sheetName || n.startsWith(`${plan.sheetName} (`)
  );
  const own = candidates.find((n) => store.value(n, 1, 1) === REVIEW_MARK);
  let name = own;
  if (!name) {
    const taken = new Set(names.map((n) => n.toLowerCase()));
    name = plan.sheetName;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${plan.sheetName} (${i})`;
  }
  const bold = new Set(plan.boldRows);
  const lines = new Set(plan.lineRows);
  const width = plan.columnWidths.length;
  const cells = new Map<string, CellMeta>();
  const covered = new Map<string, { row: number; col: number }>();
  plan.rows.forEach((row, r) => {
    // A row of one text runs on over the empty cells to its right, as Excel shows unwrapped text.
    const line = lines.has(r + 1) ? row.findIndex((t) => t !== "") : -1;
    row.forEach((_text, c) => {
      if (line >= 0 && c > line) {
        covered.set(pos(r + 1, c + 1), { row: r + 1, col: line + 1 });
        return;
      }
      cells.set(pos(r + 1, c + 1), {
        locked: false,
        wrap: c !== line,
        emphasis: bold.has(r + 1),
        ...(c === line && line < width - 1 ? { mergeToCol: width } : {}),
      });
    });
  });
  store.replace(
    {
      name,
      hidden: false,
      lastRow: plan.rows.length,
      lastCol: width,
      columnWidths: plan.columnWidths,
      freeze: { rows: 0, cols: 0 },
      cells,
      covered,
    },
    plan.rows.map((row) => row.map(textContent))
  );
  return name;
}
