// The Office.js adapter on a fake workbook: what it writes, how many round trips it makes, and that what it
// reads back gives the findings the core gives for the same cells.
import {
  checkWorkbook,
  evaluate,
  numberFormat,
  planWorkbook,
  conditionalRules,
  inputValidations,
  type WorkbookPlan,
} from "../../src/core";
import { formInstance } from "../../src/forms";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { COMPLETE_HEADER, consistentInputs, snapshotOf } from "../helpers/workbooks";
import { FakeWorkbook, installExcelEnums } from "./fake-excel";

beforeAll(installExcelEnums);

async function withTemplates(forms = [formInstance("05", "TH"), formInstance("06", "TH")]) {
  const book = new FakeWorkbook();
  const excel = new ExcelWorkbook(book.runner);
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

describe("adding templates through Office.js", () => {
  it("writes every sheet, formula and name of the plan in a constant number of syncs", async () => {
    const small = await withTemplates([formInstance("06", "CD")]);
    const large = await withTemplates([
      formInstance("05", "CD"),
      formInstance("05", "TD"),
      formInstance("05", "TH"),
      formInstance("06", "TH"),
    ]);
    for (const { book, plan } of [small, large]) {
      expect(book.sheets.map((s) => s.name)).toEqual([
        ...plan.sheets.map((s) => s.sheetName),
        plan.meta.sheetName,
      ]);
      for (const sheet of plan.sheets) {
        for (const cell of sheet.cells.filter((c) => c.formula))
          expect(book.sheet(sheet.sheetName)!.cell(cell.row, cell.col).formula).toBe(cell.formula);
      }
      for (const n of plan.names)
        expect(book.names.get(n.name)).toMatch(new RegExp(`^='${n.sheet}'!\\$[A-Z]+\\$${n.row}$`));
    }
    // info (1) + existence check of the meta sheet (1) + four phases (4): the same for 108 or 1,800 cells.
    expect(small.book.syncs).toBe(large.book.syncs);
    expect(large.book.syncs).toBe(6);
  });

  it("protects each sheet with inputs unlocked, validates inputs, carries the marks and hides the record", async () => {
    const { book, plan } = await withTemplates();
    for (const sheet of plan.sheets) {
      const fake = book.sheet(sheet.sheetName)!;
      expect(fake.protected_).toBe(true);
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
    expect(validations).toEqual(inputValidations(plan).map((v) => v.range));
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

  it("never touches an existing sheet: a clashing name gets a new one", async () => {
    const { book, excel } = await withTemplates([formInstance("05", "TH")]);
    book.type("'05-TH Trang 1'!D12", 7);
    const info = await excel.info();
    expect(info.forms).toEqual(["TK05TH"]);
    const plan = planWorkbook({
      forms: [formInstance("05", "TH")],
      existingSheets: info.sheets,
      existingForms: info.forms,
    });
    await excel.addTemplates(plan);
    expect(plan.sheets[0].sheetName).toBe("05-TH Trang 1 (2)");
    expect(book.sheet("05-TH Trang 1")!.cell(12, 4).value).toBe(7);
  });
});

describe("validating as officers type", () => {
  it("reads a snapshot in exactly one sync once the sheets are known, and writes nothing", async () => {
    const { book, excel, plan } = await withTemplates();
    fillAsExcel(book, plan, consistentInputs(plan));
    await excel.readSnapshot(); // the first read also learns where the sheets are
    const before = book.syncs;
    const cellsBefore = JSON.stringify(book.sheets.map((s) => [...s.cells.entries()]));
    const snapshot = await excel.readSnapshot();
    expect(book.syncs - before).toBe(1);
    expect(JSON.stringify(book.sheets.map((s) => [...s.cells.entries()]))).toBe(cellsBefore);
    expect(checkWorkbook(snapshot).findings).toEqual([]);
  });

  it("gives the same findings for bad typing as the core gives for the same cells", async () => {
    const { book, excel, plan } = await withTemplates();
    const inputs = consistentInputs(plan);
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

  it("hears edits through one subscription and stops hearing them when removed", async () => {
    const { book, excel } = await withTemplates([formInstance("06", "TH")]);
    const onEdit = jest.fn();
    const stop = await excel.subscribe(onEdit);
    await book.edit();
    expect(onEdit).toHaveBeenCalledTimes(3); // changed, added and deleted handlers all fire in the fake
    await stop();
    await book.edit();
    expect(onEdit).toHaveBeenCalledTimes(3);
  });

  it("selects a finding's cells on their sheet in one sync", async () => {
    const { book, excel } = await withTemplates([formInstance("05", "TH")]);
    const before = book.syncs;
    await excel.select(["'05-TH Trang 2'!F23", "'05-TH Trang 2'!AB2", "'05-TH Trang 1'!F25"]);
    expect(book.syncs - before).toBe(1);
    expect(book.active).toBe("05-TH Trang 2");
    expect(book.selection).toEqual({ sheet: "05-TH Trang 2", refs: ["F23", "AB2"] });
  });
});
