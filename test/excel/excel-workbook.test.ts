// The Office.js adapter on the strict Excel double, under each platform profile (Excel 2019 volume-licensed
// at ExcelApi 1.7, Microsoft 365 on Windows and Excel on the web at 1.20): what it writes, how many round
// trips it makes, what it does where Excel refuses, and that what it reads back gives the core's findings.
import {
  FormsPresentError,
  PartialTemplateError,
  checkWorkbook,
  conditionalRules,
  evaluate,
  inputValidations,
  numberFormat,
  planWorkbook,
  type WorkbookPlan,
} from "../../src/core";
import { formInstance, type FormInstance } from "../../src/forms";
import { ExcelWorkbook, writePhases } from "../../src/excel/excel-workbook";
import { seeded } from "../helpers/random";
import { COMPLETE_HEADER, consistentInputs, snapshotOf } from "../helpers/workbooks";
import { FakeWorkbook, PROFILES, type Profile } from "./fake-excel";

const ALL: FormInstance[] = ["05", "06"].flatMap((f) =>
  ["CD", "TD", "TH"].map((v) => formInstance(f as "05", v as "TH"))
);

async function withTemplates(
  profile: Profile,
  forms = [formInstance("05", "TH"), formInstance("06", "TH")],
  book = new FakeWorkbook(profile)
) {
  if (!book.sheet("Sheet1")) book.context().workbook.worksheets.add("Sheet1");
  const excel = new ExcelWorkbook(book.runner, book.supports);
  const info = await excel.info();
  const plan = planWorkbook({
    forms,
    existingSheets: info.sheets,
    existingForms: info.forms,
    header: COMPLETE_HEADER, // a blank header is a warning of its own (header.incomplete)
  });
  await excel.addTemplates(plan);
  return { book, excel, plan };
}

/** Puts inputs in, and what Excel would compute into the formula cells. */
function fillAsExcel(
  book: FakeWorkbook,
  plan: WorkbookPlan,
  inputs: Record<string, number | undefined>
) {
  const values = evaluate(plan.model, inputs);
  for (const def of plan.model.cells.values()) {
    const at = plan.resolve(def.name)!;
    const cell = book.sheet(at.sheet)!.cell(at.row, at.col);
    if (def.kind === "input") cell.value = inputs[def.name] ?? "";
    else if (def.kind === "formula") cell.value = values.get(def.name) ?? "";
  }
}

const grouping = (p: Profile) => p.excelApi === "1.20";

describe.each(PROFILES)("on $label", (profile) => {
  describe("adding templates", () => {
    it("writes every sheet, formula and name of the plan; the syncs grow with the sheets, not the cells", async () => {
      const small = await withTemplates(profile, [formInstance("06", "CD")]);
      const large = await withTemplates(profile, ALL);
      for (const { book, plan } of [small, large]) {
        expect(book.sheets.map((s) => s.name)).toEqual([
          "Sheet1",
          ...plan.sheets.map((s) => s.sheetName),
          plan.meta.sheetName,
        ]);
        for (const sheet of plan.sheets) {
          for (const cell of sheet.cells.filter((c) => c.formula))
            expect(book.sheet(sheet.sheetName)!.cell(cell.row, cell.col).formula).toBe(
              cell.formula
            );
        }
        for (const n of plan.names)
          expect(book.names.get(n.name)).toMatch(
            new RegExp(`^='${n.sheet}'!\\$[A-Z]+\\$${n.row}$`)
          );
        // info (1) + the check before writing (1) + one sync per write phase + the settings run (1).
        expect(book.syncs).toBe(2 + writePhases(plan, book.supports, false).length + 1);
      }
      expect(large.book.syncs).toBe(2 + 4 + Math.ceil(large.plan.sheets.length / 3) + 1);
      console.log(
        `${profile.label}: ${small.book.syncs} syncs for 06 CD, ${large.book.syncs} for both forms, all variants`
      );
    });

    it("writes undo-safe calls as one undo step and protection and hiding in a run of their own", async () => {
      const { book } = await withTemplates(profile);
      const [, check, writes, settings] = book.runs;
      expect(check.options).toEqual({ delayForCellEdit: true });
      expect(writes.options).toEqual(
        grouping(profile) ? { mergeUndoGroup: true } : { delayForCellEdit: true }
      );
      expect(settings.options).toEqual({ delayForCellEdit: true });
      expect(book.runs).toHaveLength(4);
      // Protection and hiding have no undo support: outside the group they clear the officer's undo history
      // from that point (as any such call does), inside it they would fail the whole add (UndoNotSupported).
      expect(book.undoCleared).toBe(true);
    });

    it("protects each sheet with inputs unlocked, validates inputs where Excel can, marks errors and hides the record", async () => {
      const { book, plan } = await withTemplates(profile);
      for (const sheet of plan.sheets) {
        const fake = book.sheet(sheet.sheetName)!;
        expect(fake.protected_).toBe(true);
        expect(fake.protectionOptions).toMatchObject({
          allowFormatColumns: true,
          allowInsertRows: false,
          allowDeleteRows: false,
        });
        const family = sheet.formId.slice(2, 4) as "05" | "06";
        for (const cell of sheet.cells.filter((c) => c.def)) {
          expect(fake.cell(cell.row, cell.col).locked).toBe(cell.def!.kind !== "input");
          expect(fake.cell(cell.row, cell.col).numberFormat).toBe(numberFormat(family, cell.role));
        }
        expect(fake.frozen).toBe("A1:B10");
      }
      const validations = plan.sheets.flatMap((s) =>
        book.sheet(s.sheetName)!.validations.map((v) => v.range)
      );
      // Range.dataValidation is ExcelApi 1.8: below it the marks and the pane carry the errors.
      expect(validations).toEqual(
        profile.excelApi === "1.7" ? [] : inputValidations(plan).map((v) => v.range)
      );
      const marks = plan.sheets.flatMap((s) =>
        book
          .sheet(s.sheetName)!
          .conditional.map((c) => `${s.sheetName}!${c.range} ${c.formula} ${c.fill}`)
      );
      const rules = conditionalRules(plan).map(
        (r) => `${r.sheet}!${r.range} ${r.formula} #${r.severity === "error" ? "FFC7CE" : "FFEB9C"}`
      );
      expect(marks.sort()).toEqual(rules.sort());
      expect(book.sheet(plan.meta.sheetName)!.visibility).toBe("VeryHidden");
    });

    it("sets up printing from the plan where Excel has page layout (ExcelApi 1.9), and skips it below", async () => {
      const { book, plan } = await withTemplates(profile, [formInstance("06", "TH")]);
      for (const sheet of plan.sheets) {
        const page = book.sheet(sheet.sheetName)!.page;
        if (profile.excelApi === "1.7") expect(page).toEqual({});
        else
          expect(page).toMatchObject({
            orientation: "Landscape",
            paperSize: "A4",
            zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
            leftMargin: sheet.print.margins.left * 72,
          });
      }
    });

    it("refuses, before writing anything, a form the workbook already holds; a sheet name of the officer's own gets a new name", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("05", "TH")]);
      book.type("'05-TH Trang 1'!D12", 7);
      const info = await excel.info();
      expect(info.forms).toEqual(["TK05TH"]);
      const again = planWorkbook({
        forms: [formInstance("05", "TH")],
        existingSheets: info.sheets,
        existingForms: info.forms,
      });
      const sheetsBefore = book.sheets.map((s) => s.name);
      const namesBefore = book.names.size;
      await expect(excel.addTemplates(again)).rejects.toBeInstanceOf(FormsPresentError);
      await expect(excel.addTemplates(again)).rejects.toThrow(/Sổ tính đã có TK05TH/);
      expect(book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
      expect(book.names.size).toBe(namesBefore);
      expect(book.sheet("05-TH Trang 1")!.cell(12, 4).value).toBe(7);

      // The officer's own sheet called "06-TH Trang 1" is left alone.
      const own = new FakeWorkbook(profile);
      own.context().workbook.worksheets.add("06-TH Trang 1");
      own.type("'06-TH Trang 1'!A1", "của tôi");
      const { plan } = await withTemplates(profile, [formInstance("06", "TH")], own);
      expect(plan.sheets[0].sheetName).toBe("06-TH Trang 1 (2)");
      expect(own.sheet("06-TH Trang 1")!.cell(1, 1).value).toBe("của tôi");
    });

    it("says what exists when a later phase fails, and finishes exactly the rest on request", async () => {
      const book = new FakeWorkbook(profile);
      book.context().workbook.worksheets.add("Sheet1");
      const excel = new ExcelWorkbook(book.runner, book.supports);
      const plan = planWorkbook({ forms: [formInstance("05", "TH")], existingSheets: ["Sheet1"] });
      book.failNextSync = { code: "GeneralException", after: 2 }; // the check, the sheets, then the formats
      const error = await excel.addTemplates(plan).catch((e) => e);
      expect(error).toBeInstanceOf(PartialTemplateError);
      expect((error as PartialTemplateError).written).toEqual(plan.sheets.map((s) => s.sheetName));
      expect((error as PartialTemplateError).onlySettingsLeft).toBe(false);
      expect(book.names.size).toBe(0);

      await excel.finishTemplates(plan);
      for (const n of [...plan.names, ...plan.meta.names])
        expect(book.names.has(n.name)).toBe(true);
      for (const s of plan.sheets) expect(book.sheet(s.sheetName)!.protected_).toBe(true);
      expect(book.sheet(plan.meta.sheetName)!.visibility).toBe("VeryHidden");
    });

    it("takes back exactly what an interrupted add wrote, and leaves the rest of the workbook alone", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("05", "CD")]);
      const namesBefore = new Map(book.names);
      const sheetsBefore = book.sheets.map((s) => s.name);
      const plan = planWorkbook({
        forms: [formInstance("06", "TH")],
        existingSheets: (await excel.info()).sheets,
        existingForms: ["TK05CD"],
      });
      book.failNextSync = { code: "GeneralException", after: 6 }; // fails in the settings run
      const error = await excel.addTemplates(plan).catch((e) => e);
      expect(error).toBeInstanceOf(PartialTemplateError);
      expect((error as PartialTemplateError).onlySettingsLeft).toBe(true);
      await excel.removeTemplates(plan);
      expect(book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
      expect(new Map(book.names)).toEqual(namesBefore);
      // The record sheet lists what it listed before.
      expect(book.sheet(plan.meta.sheetName)!.cell(3, 2).value).toBe("TK05CD");
    });

    it("waits for the officer to leave the cell being edited, instead of failing", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("06", "TH")]);
      book.cellEditMode = true;
      let done = false;
      const read = excel.readSnapshot().then(() => (done = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(done).toBe(false);
      book.endCellEdit();
      await read;
      expect(done).toBe(true);
    });
  });

  describe("validating as officers type", () => {
    it("reads a snapshot in exactly one sync once the sheets are known, and writes nothing", async () => {
      const { book, excel, plan } = await withTemplates(profile);
      fillAsExcel(book, plan, consistentInputs(plan, seeded(1)));
      await excel.readSnapshot(); // the first read also learns where the sheets are
      const before = book.syncs;
      const cellsBefore = JSON.stringify(book.sheets.map((s) => [...s.cells.entries()]));
      const snapshot = await excel.readSnapshot();
      expect(book.syncs - before).toBe(1);
      expect(JSON.stringify(book.sheets.map((s) => [...s.cells.entries()]))).toBe(cellsBefore);
      expect(checkWorkbook(snapshot).findings).toEqual([]);
      expect(snapshot.calculation).toBeUndefined();
    });

    it("notices manual calculation in the same read", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("05", "TH")]);
      await excel.readSnapshot();
      book.calculationMode = "Manual";
      const before = book.syncs;
      expect((await excel.readSnapshot()).calculation).toBe("manual");
      expect(book.syncs - before).toBe(1);
    });

    it("gives the same findings for bad typing as the core gives for the same cells", async () => {
      const { book, excel, plan } = await withTemplates(profile);
      const inputs = consistentInputs(plan, seeded(1));
      fillAsExcel(book, plan, inputs);
      const at = (name: string) => plan.resolve(name)!;
      const typed = {
        "TK05TH.P1.thu_ly_moi.ds": "mười",
        "TK05TH.P1.uy_thac.kt": -2,
        "TK05TH.P2.an_khong_ro.ld": 1.5,
      };
      for (const [name, value] of Object.entries(typed))
        book.sheet(at(name).sheet)!.cell(at(name).row, at(name).col).value = value;
      const total = at("TK06TH.P1.thu_ly.tien");
      Object.assign(book.sheet(total.sheet)!.cell(total.row, total.col), {
        formula: undefined,
        value: 999,
      });

      const fromExcel = checkWorkbook(await excel.readSnapshot());
      const expected = snapshotOf(plan, inputs);
      for (const [name, value] of Object.entries(typed)) expected.cells[name].value = value;
      expected.cells["TK06TH.P1.thu_ly.tien"] = { address: total, value: 999 };
      const fromCore = checkWorkbook(expected);
      const key = (r: typeof fromCore) =>
        r.findings.map((f) => [f.rule, f.names.join(), f.cells.join(), f.message]);
      expect(key(fromExcel)).toEqual(key(fromCore));
      expect(fromExcel.findings.map((f) => f.rule)).toEqual(
        expect.arrayContaining([
          "cell.not_a_number",
          "cell.negative",
          "cell.not_whole",
          "cell.formula_changed",
        ])
      );
    });

    it("hears edits on every template sheet, also sheets added later, and stops hearing them when removed", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("06", "TH")]);
      const onEdit = jest.fn();
      const stop = await excel.subscribe(onEdit);
      await book.edit("06-TH Trang 2");
      expect(onEdit).toHaveBeenCalledTimes(1);
      // A template added while the pane listens is heard too (per-sheet events below ExcelApi 1.9).
      const plan = planWorkbook({
        forms: [formInstance("05", "TH")],
        existingSheets: book.sheets.map((s) => s.name),
        existingForms: ["TK06TH"],
      });
      await excel.addTemplates(plan);
      // Excel announces the new sheet (WorksheetCollection.onAdded, ExcelApi 1.7).
      await book.restructure({ worksheetId: "05-TH Trang 1", type: "WorksheetAdded" });
      onEdit.mockClear();
      await book.edit("05-TH Trang 1");
      expect(onEdit).toHaveBeenCalledTimes(1);
      onEdit.mockClear();
      await stop();
      await book.edit();
      expect(onEdit).not.toHaveBeenCalled();
      expect(book.listenerCount).toBe(0);
    });

    it("selects a finding's cells on their sheet in one sync, by a call this Excel has", async () => {
      const { book, excel } = await withTemplates(profile, [formInstance("05", "TH")]);
      const before = book.syncs;
      await excel.select(["'05-TH Trang 2'!F23", "'05-TH Trang 2'!AB2", "'05-TH Trang 1'!F25"]);
      expect(book.syncs - before).toBe(1);
      expect(book.active).toBe("05-TH Trang 2");
      // RangeAreas.select is ExcelApi 1.18: older Excel selects the first cell with Range.select.
      expect(book.selection).toEqual({
        sheet: "05-TH Trang 2",
        refs: profile.excelApi === "1.7" ? ["F23"] : ["F23", "AB2"],
      });
    });
  });
});

describe("what Excel refuses, seen by the adapter", () => {
  it("a merged undo group with protection inside fails with UndoNotSupported (the defect this adapter avoids)", async () => {
    const book = new FakeWorkbook(PROFILES[1]);
    await expect(
      book.runner(
        async (context) => {
          const ws = context.workbook.worksheets.add("A");
          ws.protection.protect();
          await context.sync();
        },
        { mergeUndoGroup: true }
      )
    ).rejects.toMatchObject({ code: "UndoNotSupported" });
  });

  it("a batch during cell editing fails without delayForCellEdit", async () => {
    const book = new FakeWorkbook(PROFILES[2]);
    book.cellEditMode = true;
    await expect(
      book.runner(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("Excel 2019 (ExcelApi 1.7) has no collection onChanged, getRanges, page layout or data validation", async () => {
    const book = new FakeWorkbook(PROFILES[0]);
    for (const queue of [
      (c: Excel.RequestContext) => c.workbook.worksheets.onChanged.add(async () => undefined),
      (c: Excel.RequestContext) => c.workbook.worksheets.add("A").getRanges("A1").select(),
      (c: Excel.RequestContext) =>
        (c.workbook.worksheets.add("B").pageLayout.orientation = "Landscape"),
      (c: Excel.RequestContext) =>
        (c.workbook.worksheets.add("C").getRange("A1").dataValidation.rule = {}),
    ]) {
      await expect(
        book.runner(async (context) => {
          queue(context);
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    }
  });
});
