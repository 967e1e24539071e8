// The template's conditional formatting, evaluated: one formula per marked cell (see marks.ts) in a sheet of
// the engine's own, so HyperFormula recomputes every mark with the values it depends on.
import type { HyperFormula } from "hyperformula";
import type { ConditionalRule } from "../core";
import { cellKey, markCells, type MarkCell } from "./marks";

const MARKS_SHEET = "__preview_marks";

export type Marked = Map<string, MarkCell["severity"]>;

export class MarkEvaluator {
  private readonly marks: MarkCell[] = [];
  private cache?: { version: number; map: Marked };

  constructor(
    private readonly hf: HyperFormula,
    /** Changes whenever a cell may have changed: the marks are read again only then. */
    private readonly version: () => number
  ) {
    hf.addSheet(MARKS_SHEET);
  }

  add(rules: ConditionalRule[]): void {
    const marks = markCells(rules);
    const id = this.hf.getSheetId(MARKS_SHEET)!;
    const start = this.marks.length;
    this.marks.push(...marks);
    this.hf.setCellContents(
      { sheet: id, row: start, col: 0 },
      marks.map((m) => [m.formula])
    );
    this.cache = undefined;
  }

  /** Which cells the rules mark now (keyed by cellKey), errors over warnings. */
  marked(): Marked {
    const version = this.version();
    if (this.cache?.version === version) return this.cache.map;
    const map: Marked = new Map();
    const values = this.hf.getSheetValues(this.hf.getSheetId(MARKS_SHEET)!);
    this.marks.forEach((mark, i) => {
      if (values[i]?.[0] !== true) return;
      const key = cellKey(mark.sheet, mark.row, mark.col);
      if (map.get(key) !== "error") map.set(key, mark.severity);
    });
    this.cache = { version, map };
    return map;
  }
}
