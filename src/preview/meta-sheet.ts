// The preview's hidden THADS_META sheet: the recorded standard and forms a template add writes, and the
// sign-off record placed among those rows as Excel's adapter places it (see placeRecord).
import { mergeMetaRows, placeRecord, type WorkbookPlan } from "../core";
import type { SheetStore } from "./sheet-store";

export class MetaSheet {
  /** The sheet's rows, key and value, as read by parseMeta; "" keys are cleared rows. */
  rows: [string, string][] = [];
  name?: string;

  constructor(private readonly store: SheetStore) {}

  /**
   * A template add's meta rows, in the very hidden sheet (created once). As Excel's adapter writes them,
   * merged by key (mergeMetaRows): a sign-off record stays, so a report signed before a form was added reads
   * as changed after signing, not as never signed.
   */
  writePlan(meta: WorkbookPlan["meta"]): void {
    this.name = meta.sheetName;
    this.rows = this.rows.length ? mergeMetaRows(this.rows, meta.rows) : [...meta.rows];
    this.store.replace(
      { ...this.sheetInfo(meta.sheetName), lastRow: this.rows.length },
      this.rows.map(([k, v]) => [k ? `'${k}` : null, v ? `'${v}` : null])
    );
  }

  /** The sign-off record rows (from recordToRows), replacing an earlier record. */
  writeRecord(rows: [string, string][]): void {
    const name = this.name;
    if (!name) throw new Error("Sổ tính không có trang THADS_META của biểu mẫu.");
    const placement = placeRecord(
      this.rows.map(([k]) => k),
      rows
    );
    const meta = [...this.rows];
    for (const row of placement.clear) meta[row - 1] = ["", ""];
    rows.forEach((r, i) => (meta[placement.startRow - 1 + i] = r));
    this.rows = Array.from(meta, (r) => r ?? ["", ""]);
    this.store.replace(
      { ...this.sheetInfo(name), lastRow: this.rows.length },
      this.rows.map(([k, v]) => [k ? `'${k}` : null, v ? `'${v}` : null])
    );
  }

  private sheetInfo(name: string) {
    return (
      this.store.sheet(name) ?? {
        name,
        hidden: true,
        lastRow: 0,
        lastCol: 2,
        columnWidths: [],
        freeze: { rows: 0, cols: 0 },
        cells: new Map(),
        covered: new Map(),
      }
    );
  }
}
