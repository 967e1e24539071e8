// Row heights every writer gives a template sheet (points), so a sheet added by the pane prints like the file
// from `thads-forms template`: long row labels wrap onto as many lines as they need, and the column header
// row (the frozen row) holds two lines. Other rows keep Excel's default height.
import type { SheetPlan } from "./layout";

/** Characters of a row label that fit on one line at the label column's width. */
const LABEL_CHARS_PER_LINE = 60;
/** One line of the template's 11-point font, in points (Excel's default row height). */
const LINE_HEIGHT = 15;
/** The column header row: two lines of the smaller header font. */
const HEADER_ROW_HEIGHT = 32;

/** Row number → height in points, for the rows whose height differs from Excel's default. */
export function rowHeights(sheet: SheetPlan): Map<number, number> {
  const heights = new Map<number, number>();
  for (const cell of sheet.cells) {
    const length = cell.text?.length ?? 0;
    if (cell.role === "rowLabel" && length > LABEL_CHARS_PER_LINE)
      heights.set(cell.row, LINE_HEIGHT * Math.ceil(length / LABEL_CHARS_PER_LINE));
  }
  heights.set(sheet.freeze.rows, HEADER_ROW_HEIGHT);
  return heights;
}
