// The Office.js adapter: the only place that says Excel.run. Reads are one batch per check; adding templates
// is a few phased syncs, one undo step where Excel supports it; nothing is written on an edit.
import {
  META_SHEET,
  REVIEW_MARK,
  a1,
  placeRecord,
  rangeA1,
  type ReviewSheetPlan,
  parseDataPointName,
  parseQualified,
  type InsertProgress,
  type WorkbookInfo,
  type WorkbookPlan,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../core";
import { buildSnapshot, sheetsOf, type NameEntry, type SheetGrid } from "./snapshot-reader";
import { queueFormats, queueNames, queueRulesAndProtection, queueSheets } from "./write-plan";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export type Runner = <T>(batch: Batch<T>, options?: { mergeUndoGroup?: boolean }) => Promise<T>;

/** Excel.run, with the undo-group option only where ExcelApi 1.20 supports it. */
export const excelRunner: Runner = (batch, options) =>
  options?.mergeUndoGroup && Office.context.requirements.isSetSupported("ExcelApi", "1.20")
    ? (Excel.run as unknown as (o: object, b: Batch<unknown>) => Promise<never>)(
        { mergeUndoGroup: true },
        batch
      )
    : Excel.run(batch);

const STEPS = [
  "Đang tạo các trang tính và công thức…",
  "Đang định dạng…",
  "Đang đặt tên dữ liệu…",
  "Đang thêm kiểm tra, đánh dấu và khóa ô…",
];

export class ExcelWorkbook implements WorkbookPort {
  /** Template sheets seen at the last read: their used ranges are loaded with the names in one sync. */
  private knownSheets: string[] = [];

  constructor(private readonly run: Runner = excelRunner) {}

  async info(): Promise<WorkbookInfo> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      const forms = new Set(
        names.items
          .map((n) => parseDataPointName(n.name)?.formId)
          .filter((id): id is string => Boolean(id))
      );
      return { sheets: sheets.items.map((s) => s.name), forms: [...forms] };
    });
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      const ranges = new Map<string, Excel.Range>();
      const queue = (sheet: string) =>
        ranges.set(
          sheet,
          context.workbook.worksheets
            .getItemOrNullObject(sheet)
            .getUsedRangeOrNullObject()
            .load("rowIndex,columnIndex,values,formulas,valueTypes,numberFormat")
        );
      for (const sheet of [...this.knownSheets, META_SHEET]) queue(sheet);
      await context.sync();

      const entries: NameEntry[] = names.items.map((n) => ({
        name: n.name,
        formula: String(n.formula),
      }));
      const wanted = sheetsOf(entries);
      const unseen = wanted.filter((s) => !ranges.has(s));
      if (unseen.length > 0) {
        // First read, or a sheet renamed since: one more batch for those sheets only.
        unseen.forEach(queue);
        await context.sync();
      }
      this.knownSheets = wanted;

      const grids = new Map<string, SheetGrid>();
      for (const [sheet, range] of ranges) {
        if (range.isNullObject) continue;
        grids.set(sheet, {
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          values: range.values,
          formulas: range.formulas,
          valueTypes: range.valueTypes as unknown as string[][],
          numberFormat: range.numberFormat,
        });
      }
      const metaGrid = grids.get(META_SHEET);
      const meta = new Map<string, string>(
        (metaGrid?.values ?? []).map((row) => [String(row[0]), String(row[1] ?? "")])
      );
      return buildSnapshot(entries, grids, meta);
    });
  }

  async addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void> {
    const report = (done: number) =>
      onProgress?.({ done, total: STEPS.length, step: STEPS[Math.min(done, STEPS.length - 1)] });
    const write: Batch<void> = async (context) => {
      const meta = context.workbook.worksheets.getItemOrNullObject(plan.meta.sheetName);
      await context.sync();
      const phases = [
        () => queueSheets(context, plan),
        () => queueFormats(context, plan),
        () => queueNames(context, plan),
        () => queueRulesAndProtection(context, plan, !meta.isNullObject),
      ];
      for (const [i, phase] of phases.entries()) {
        report(i);
        context.application.suspendApiCalculationUntilNextSync();
        phase();
        // One sync per phase, not per cell: the phases are few and fixed, and progress shows between them.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      report(STEPS.length);
    };
    try {
      await this.run(write, { mergeUndoGroup: true });
    } catch (error) {
      if (
        (error as { code?: string }).code !== "UndoNotSupported" ||
        (await this.anyPlannedSheetExists(plan))
      )
        throw error;
      await this.run(write); // this Excel cannot group these writes into one undo step: write them plainly
    }
  }

  private async anyPlannedSheetExists(plan: WorkbookPlan): Promise<boolean> {
    const { sheets } = await this.info();
    return plan.sheets.some((s) => sheets.includes(s.sheetName));
  }

  async select(cells: string[]): Promise<void> {
    const addresses = cells.map(parseQualified).filter((a) => a !== undefined);
    if (addresses.length === 0) return;
    const sheet = addresses[0]!.sheet;
    const refs = addresses.filter((a) => a!.sheet === sheet).map((a) => a1(a!.row, a!.col));
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRanges(refs.join(",")).select();
      await context.sync();
    });
  }

  async subscribe(onEdit: () => void): Promise<() => Promise<void>> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const handlers = [
        sheets.onChanged.add(async () => onEdit()),
        sheets.onAdded.add(async () => onEdit()),
        sheets.onDeleted.add(async () => onEdit()),
      ];
      await context.sync();
      // Handlers are removed in the context that added them.
      return async () => {
        handlers.forEach((h) => h.remove());
        await context.sync();
      };
    });
  }

  /**
   * The sign-off record into THADS_META: one read of the sheet's keys, then one write of values (with text
   * format, so no value is taken for a formula or a date), in one undo group where ExcelApi 1.20 allows.
   * Range.values and Range.numberFormat support undo ("Undo capabilities"); no protection or visibility here.
   */
  async writeSignoff(rows: [string, string][]): Promise<void> {
    const write: Batch<void> = async (context) => {
      const meta = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
      const used = meta.getUsedRangeOrNullObject().load("rowIndex,values");
      await context.sync();
      if (meta.isNullObject) throw new Error("Sổ tính không có trang THADS_META của biểu mẫu.");
      const keys: string[] = used.isNullObject
        ? []
        : [...Array<string>(used.rowIndex).fill(""), ...used.values.map((r) => String(r[0] ?? ""))];
      const placement = placeRecord(keys, rows);
      for (const row of placement.clear) meta.getRange(`A${row}:B${row}`).values = [["", ""]];
      const block = meta.getRange(
        rangeA1(placement.startRow, 1, placement.startRow + rows.length - 1, 2)
      );
      block.numberFormat = rows.map(() => ["@", "@"]);
      block.values = placement.rows;
      await context.sync();
    };
    await this.runGrouped(write);
  }

  /**
   * Adds the printable review sheet, or rewrites the add-in's own one (recognised by its A1 title): three
   * syncs (sheet names, candidates' A1, the write). Other sheets are never touched.
   */
  async writeReviewSheet(plan: ReviewSheetPlan): Promise<void> {
    const write: Batch<void> = async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      const candidates = names
        .filter((n) => n === plan.sheetName || n.startsWith(`${plan.sheetName} (`))
        .map((n) => ({ n, a1: sheets.getItem(n).getRange("A1").load("values") }));
      await context.sync();
      const own = candidates.find((c) => c.a1.values[0][0] === REVIEW_MARK)?.n;
      let ws: Excel.Worksheet;
      if (own) {
        ws = sheets.getItem(own);
        ws.getRange().clear();
      } else {
        let name = plan.sheetName;
        for (let i = 2; names.includes(name); i++) name = `${plan.sheetName} (${i})`;
        ws = sheets.add(name);
      }
      const width = plan.columnWidths.length;
      const all = ws.getRange(rangeA1(1, 1, plan.rows.length, width));
      all.numberFormat = plan.rows.map((r) => r.map(() => "@"));
      all.values = plan.rows;
      all.format.wrapText = true;
      all.format.verticalAlignment = "Top";
      plan.columnWidths.forEach((w, i) => {
        // Excel measures column widths in points: about 6 points per character of the default font.
        ws.getRange(rangeA1(1, i + 1, 1, i + 1)).format.columnWidth = w * 6;
      });
      for (const row of plan.boldRows)
        ws.getRange(rangeA1(row, 1, row, width)).format.font.bold = true;
      // Page layout is ExcelApi 1.9: without it the sheet still prints, on the default paper.
      if (
        typeof Office !== "undefined" &&
        Office.context.requirements.isSetSupported("ExcelApi", "1.9")
      ) {
        ws.pageLayout.orientation = Excel.PageOrientation.portrait;
        ws.pageLayout.paperSize = Excel.PaperType.a4;
        ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      }
      ws.activate();
      await context.sync();
    };
    await this.runGrouped(write);
  }

  /** One undo step where Excel can group these calls; plainly where it cannot (UndoNotSupported). */
  private async runGrouped(write: Batch<void>): Promise<void> {
    try {
      await this.run(write, { mergeUndoGroup: true });
    } catch (error) {
      if ((error as { code?: string }).code !== "UndoNotSupported") throw error;
      await this.run(write);
    }
  }
}
