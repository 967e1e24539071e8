// The Office.js adapter: the only place that says Excel.run. Reads are one batch per check; adding templates
// is a few phased syncs: the undo-safe writes as one undo step where Excel supports it, then what has no undo
// support (protection, hiding the record, page setup) in a run of its own. Nothing is written on an edit.
// Every call newer than ExcelApi 1.7 (the manifest's floor) is gated by what this Excel supports.
import {
  FormsPresentError,
  META_SHEET,
  PartialTemplateError,
  REVIEW_MARK,
  a1,
  placeRecord,
  rangeA1,
  type ReviewSheetPlan,
  parseA1,
  parseDataPointName,
  parseQualified,
  type InsertProgress,
  type SheetPlan,
  type WorkbookInfo,
  type WorkbookPlan,
  type WorkbookPort,
  type CellAddress,
  type WorkbookSnapshot,
} from "../core";
import { buildSnapshot, sheetsOf, type NameEntry, type SheetGrid } from "./snapshot-reader";
import {
  queueFormats,
  queueMeta,
  queueNames,
  queueRules,
  queueSettings,
  queueSheets,
  type Supports,
} from "./write-plan";
import { excelTextRows } from "./excel-text";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}
export type Runner = <T>(batch: Batch<T>, options?: RunOptions) => Promise<T>;

/** Excel.run with its RunOptions (delayForCellEdit: ExcelApi 1.5; mergeUndoGroup: 1.20, asked for only there). */
export const excelRunner: Runner = (batch, options) =>
  options && Object.keys(options).length > 0
    ? Excel.run(options as Excel.RunOptions, batch)
    : Excel.run(batch);

/** Office.context.requirements.isSetSupported("ExcelApi", version); outside Office, the floor only. */
export const excelSupports: Supports = (version) =>
  typeof Office !== "undefined" && Office.context?.requirements
    ? Office.context.requirements.isSetSupported("ExcelApi", version)
    : version === "1.1";

/** Sheets whose formats go in one sync: the formats phase of both forms would otherwise near 5 MB. */
export const SHEETS_PER_FORMAT_SYNC = 3;

const STEPS = {
  sheets: "Đang tạo các trang tính và công thức…",
  formats: "Đang định dạng…",
  names: "Đang đặt tên dữ liệu…",
  rules: "Đang thêm kiểm tra và đánh dấu…",
  meta: "Đang ghi thông tin biểu mẫu…",
  settings: "Đang khóa ô và đặt trang in…",
};

interface Phase {
  step: string;
  queue: (context: Excel.RequestContext) => void;
}

/** The undo-safe writes of a plan, one sync each, in order. Exported for the request-size measurements. */
export function writePhases(
  plan: WorkbookPlan,
  supports: Supports,
  metaExists: boolean,
  metaBefore?: unknown[][]
): Phase[] {
  const chunks: SheetPlan[][] = [];
  for (let i = 0; i < plan.sheets.length; i += SHEETS_PER_FORMAT_SYNC)
    chunks.push(plan.sheets.slice(i, i + SHEETS_PER_FORMAT_SYNC));
  return [
    { step: STEPS.sheets, queue: (c) => queueSheets(c, plan, supports) },
    ...chunks.map((sheets) => ({
      step: STEPS.formats,
      queue: (c: Excel.RequestContext) => queueFormats(c, sheets),
    })),
    { step: STEPS.names, queue: (c) => queueNames(c, plan) },
    { step: STEPS.rules, queue: (c) => queueRules(c, plan, supports) },
    { step: STEPS.meta, queue: (c) => queueMeta(c, plan, metaExists, metaBefore) },
  ];
}

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string })?.code;
}

/** Where an interrupted add stopped, to finish it or take it back. */
interface Interrupted {
  plan: WorkbookPlan;
  /** Index of the first write phase not done; phases.length when only the settings run is left. */
  next: number;
  metaExisted: boolean;
  /** The record sheet's rows before this add, to put back if it is removed. */
  metaBefore?: unknown[][];
}

export class ExcelWorkbook implements WorkbookPort {
  /** Template sheets seen at the last read: their used ranges are loaded with the names in one sync. */
  private knownSheets: string[] = [];
  private interrupted?: Interrupted;

  constructor(
    private readonly run: Runner = excelRunner,
    private readonly supports: Supports = excelSupports
  ) {}

  async info(): Promise<WorkbookInfo> {
    return this.run(
      async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const names = context.workbook.names.load("items/name");
        await context.sync();
        const forms = new Set(
          names.items
            .map((n) => parseDataPointName(n.name)?.formId)
            .filter((id): id is string => Boolean(id))
        );
        return { sheets: sheets.items.map((s) => s.name), forms: [...forms] };
      },
      { delayForCellEdit: true }
    );
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run(
      async (context) => {
        const names = context.workbook.names.load("items/name,items/formula");
        // Application.calculationMode (get: ExcelApi 1.1): in manual mode, formula cells hold stale values.
        const application = context.workbook.application.load("calculationMode");
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
        const snapshot = buildSnapshot(entries, grids, meta);
        if (String(application.calculationMode) === "Manual") snapshot.calculation = "manual";
        return snapshot;
      },
      // A read waits for the officer to leave the cell being typed in, instead of failing.
      { delayForCellEdit: true }
    );
  }

  async addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void> {
    // Before anything is written: refuse forms already present, and note the record sheet.
    const before = await this.run(
      async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const names = context.workbook.names.load("items/name");
        const meta = context.workbook.worksheets.getItemOrNullObject(plan.meta.sheetName);
        const metaRange = meta.getUsedRangeOrNullObject().load("values");
        await context.sync();
        const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
        const present = [
          ...new Set(
            plan.names
              .filter((n) => taken.has(n.name.toLowerCase()))
              .map((n) => n.name.split(".")[0])
          ),
        ];
        if (present.length > 0) throw new FormsPresentError(present);
        const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        const clash = plan.sheets.find((s) => sheetNames.has(s.sheetName.toLowerCase()));
        if (clash) throw new FormsPresentError([clash.formId]);
        return {
          metaExists: !meta.isNullObject,
          metaBefore: meta.isNullObject || metaRange.isNullObject ? undefined : metaRange.values,
        };
      },
      { delayForCellEdit: true }
    );
    this.interrupted = {
      plan,
      next: 0,
      metaExisted: before.metaExists,
      metaBefore: before.metaBefore,
    };
    await this.resume(onProgress);
  }

  async finishTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void) {
    if (this.interrupted?.plan !== plan)
      throw new Error("Không còn thông tin để hoàn tất lần thêm này.");
    await this.resume(onProgress);
  }

  /** Runs what is left of an add: the rest of the undo-safe writes, then the settings run. */
  private async resume(onProgress?: (p: InsertProgress) => void): Promise<void> {
    const state = this.interrupted!;
    const phases = writePhases(state.plan, this.supports, state.metaExisted, state.metaBefore);
    const total = phases.length + 1;
    const report = (done: number, step: string) => onProgress?.({ done, total, step });
    const writes: Batch<void> = async (context) => {
      while (state.next < phases.length) {
        const phase = phases[state.next];
        report(state.next, phase.step);
        context.workbook.application.suspendApiCalculationUntilNextSync(); // ExcelApi 1.6
        phase.queue(context);
        // One sync per phase, not per cell: the phases are few and fixed, and progress shows between them.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        state.next++;
      }
    };
    try {
      if (state.next < phases.length) {
        const grouped = state.next === 0 && this.supports("1.20");
        try {
          // One undo step where Excel can group (ExcelApi 1.20); mergeUndoGroup is not combined with
          // delayForCellEdit (they have thrown together on the web, office-js #6711).
          await this.run(writes, grouped ? { mergeUndoGroup: true } : { delayForCellEdit: true });
        } catch (error) {
          // An Excel that cannot group some write (office-js #6491): finish the same writes plainly.
          if (!grouped || codeOf(error) !== "UndoNotSupported") throw error;
          await this.run(writes, { delayForCellEdit: true });
        }
      }
      report(phases.length, STEPS.settings);
      await this.run(
        async (context) => {
          queueSettings(context, state.plan, this.supports);
          await context.sync();
        },
        { delayForCellEdit: true }
      );
      report(total, STEPS.settings);
      this.interrupted = undefined;
    } catch (error) {
      const written = await this.writtenSheets(state.plan).catch(() =>
        state.plan.sheets.map((s) => s.sheetName)
      );
      if (written.length === 0 && state.next === 0) {
        this.interrupted = undefined;
        throw error; // nothing was written: the workbook is as it was
      }
      throw new PartialTemplateError(written, state.next >= phases.length, error);
    }
  }

  private async writtenSheets(plan: WorkbookPlan): Promise<string[]> {
    const { sheets } = await this.info();
    const exist = new Set(sheets.map((s) => s.toLowerCase()));
    return plan.sheets.map((s) => s.sheetName).filter((s) => exist.has(s.toLowerCase()));
  }

  /** Takes back exactly what an interrupted add wrote: its sheets, its names, the record as it was. */
  async removeTemplates(plan: WorkbookPlan): Promise<void> {
    const state = this.interrupted?.plan === plan ? this.interrupted : undefined;
    await this.run(
      async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const names = context.workbook.names.load("items/name");
        await context.sync();
        const ours = new Set(
          [...plan.names, ...(state?.metaExisted ? [] : plan.meta.names)].map((n) =>
            n.name.toLowerCase()
          )
        );
        for (const n of names.items) if (ours.has(n.name.toLowerCase())) n.delete(); // NamedItem.delete: 1.4
        const planned = new Set(plan.sheets.map((s) => s.sheetName.toLowerCase()));
        if (!state?.metaExisted) planned.add(plan.meta.sheetName.toLowerCase());
        for (const s of sheets.items) if (planned.has(s.name.toLowerCase())) s.delete();
        if (state?.metaExisted && state.metaBefore) {
          const rows = state.metaBefore;
          const meta = context.workbook.worksheets.getItem(plan.meta.sheetName);
          meta.getRange(`A1:B${Math.max(rows.length, plan.meta.rows.length)}`).values =
            excelTextRows(
              Array.from({ length: Math.max(rows.length, plan.meta.rows.length) }, (_, i) => [
                rows[i]?.[0] ?? "",
                rows[i]?.[1] ?? "",
              ])
            );
        }
        await context.sync();
      },
      { delayForCellEdit: true }
    );
    this.interrupted = undefined;
  }

  async select(cells: string[]): Promise<void> {
    const addresses = cells.map(parseQualified).filter((a) => a !== undefined);
    if (addresses.length === 0) return;
    const sheet = addresses[0]!.sheet;
    const refs = addresses.filter((a) => a!.sheet === sheet).map((a) => a1(a!.row, a!.col));
    await this.run(
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        // RangeAreas.select is ExcelApi 1.18 (getRanges 1.9); Range.select (1.1) selects the first cell.
        if (this.supports("1.18")) ws.getRanges(refs.join(",")).select();
        else ws.getRange(refs[0]).select();
        await context.sync();
      },
      { delayForCellEdit: true }
    );
  }

  /**
   * Worksheet.onSelectionChanged (ExcelApi 1.7) on every sheet present: each handler knows its sheet's name,
   * so a selection costs no read. Without ExcelApi 1.7 there is no selection event: nothing is registered.
   */
  async onSelection(onSelect: (cell: CellAddress) => void): Promise<() => Promise<void> | void> {
    if (!this.supports("1.7")) return () => undefined;
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
    // Handlers are removed in the context that added them: each is kept with its context.
    const added: {
      context: Excel.RequestContext;
      handler: OfficeExtension.EventHandlerResult<unknown>;
    }[] = [];
    const perSheet = !this.supports("1.9");
    const listenTo = async (context: Excel.RequestContext, sheets: Excel.Worksheet[]) => {
      for (const ws of sheets)
        added.push({ context, handler: ws.onChanged.add(async () => onEdit()) });
    };
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const structure = async (event?: { worksheetId?: string; type?: string }) => {
        // Below ExcelApi 1.9, a sheet added later (a template, say) gets its own Worksheet.onChanged.
        if (perSheet && event?.worksheetId && event.type !== "WorksheetDeleted")
          await this.run(async (later) => {
            await listenTo(later, [later.workbook.worksheets.getItem(event.worksheetId!)]);
            await later.sync();
          }).catch(() => undefined);
        onEdit();
      };
      added.push({ context, handler: sheets.onAdded.add(structure) }); // ExcelApi 1.7
      added.push({ context, handler: sheets.onDeleted.add(structure) }); // ExcelApi 1.7
      if (!perSheet) {
        // WorksheetCollection.onChanged: ExcelApi 1.9
        added.push({ context, handler: sheets.onChanged.add(async () => onEdit()) });
      } else {
        // Worksheet.onChanged (ExcelApi 1.7) on every sheet there now.
        sheets.load("items/name");
        await context.sync();
        await listenTo(context, sheets.items);
      }
      await context.sync();
    });
    return async () => {
      const contexts = new Set(added.map((a) => a.context));
      added.forEach((a) => a.handler.remove());
      // One context per sheet added below ExcelApi 1.9, rarely more than one: each removes its own handlers.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      for (const context of contexts) await context.sync();
    };
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
      block.values = excelTextRows(placement.rows);
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
      all.values = excelTextRows(plan.rows);
      all.format.wrapText = true;
      // A row of one text (titles, headings) runs on over the empty cells to its right instead.
      for (const row of plan.lineRows)
        ws.getRange(rangeA1(row, 1, row, width)).format.wrapText = false;
      all.format.verticalAlignment = "Top";
      plan.columnWidths.forEach((w, i) => {
        // Excel measures column widths in points: about 6 points per character of the default font.
        ws.getRange(rangeA1(1, i + 1, 1, i + 1)).format.columnWidth = w * 6;
      });
      for (const row of plan.boldRows)
        ws.getRange(rangeA1(row, 1, row, width)).format.font.bold = true;
      // Page layout is ExcelApi 1.9: without it the sheet still prints, on the default paper.
      if (this.supports("1.9")) {
        ws.pageLayout.orientation = "Portrait" as Excel.PageOrientation;
        ws.pageLayout.paperSize = "A4" as Excel.PaperType;
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
