// The Office.js adapter: the only place that says Excel.run. Reads are one batch per check; adding templates
// is a few phased syncs, one undo step where Excel supports it; nothing is written on an edit.
import {
  META_SHEET,
  a1,
  parseA1,
  parseDataPointName,
  parseQualified,
  type InsertProgress,
  type WorkbookInfo,
  type WorkbookPlan,
  type WorkbookPort,
  type CellAddress,
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

  constructor(
    private readonly run: Runner = excelRunner,
    /** Office's requirement-set check; tests give their own. */
    private readonly supports: (set: string, version: string) => boolean = (set, version) =>
      Office.context.requirements.isSetSupported(set, version)
  ) {}

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

  /**
   * Worksheet.onSelectionChanged (ExcelApi 1.7) on every sheet present: each handler knows its sheet's name,
   * so a selection costs no read. Without ExcelApi 1.7 there is no selection event: nothing is registered.
   */
  async onSelection(onSelect: (cell: CellAddress) => void): Promise<() => Promise<void> | void> {
    if (!this.supports("ExcelApi", "1.7")) return () => undefined;
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const handlers = sheets.items.map((ws) => {
        const sheet = ws.name;
        return ws.onSelectionChanged.add(async (event) => {
          const at = parseA1(event.address.split(":")[0]);
          if (at) onSelect({ sheet, row: at.row, col: at.col });
        });
      });
      await context.sync();
      return async () => {
        handlers.forEach((h) => h.remove());
        await context.sync();
      };
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
}
