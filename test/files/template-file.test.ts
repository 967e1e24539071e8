// The template file as written: every number cell named, inputs open and the rest locked, validation and
// marks on the right cells, the recorded standard, print setup.
import ExcelJS from "exceljs";
import { FORMS, STANDARD } from "../../src/forms";
import { META_SHEET, conditionalRules, type WorkbookPlan } from "../../src/core";
import { templateBuffer } from "../../src/files";
import { loadWorkbook } from "../helpers/xlsx";
import { planFor } from "../helpers/workbooks";

let plan: WorkbookPlan;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  plan = planFor(["05", "06"], ["CD", "TD", "TH"]);
  workbook = await loadWorkbook(await templateBuffer(plan));
});

const namesOf = (wb: ExcelJS.Workbook) =>
  new Map(
    (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.map(
      (n) => [n.name, n.ranges]
    )
  );

describe("template file", () => {
  it("names every number cell of every grid, inputs, formulas and cells that must stay empty", () => {
    const names = namesOf(workbook);
    const perForm = (family: "05" | "06") =>
      FORMS[family].pages
        .flatMap((p) => p.blocks)
        .reduce((n, b) => n + b.rows.length * b.columns.length, 0);
    expect(plan.model.cells.size).toBe(3 * perForm("05") + 3 * perForm("06"));
    expect(names.size).toBe(plan.names.length + plan.meta.names.length);
    for (const def of plan.model.cells.values()) {
      const at = plan.resolve(def.name)!;
      expect(names.get(def.name)).toEqual([
        `'${at.sheet}'!$${String.fromCharCode(64 + at.col)}$${at.row}`,
      ]);
    }
  });

  it("leaves inputs unlocked and locks formula and empty cells, under sheet protection", () => {
    for (const sheet of plan.sheets) {
      const ws = workbook.getWorksheet(sheet.sheetName)!;
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(
        true
      );
      for (const cell of sheet.cells.filter((c) => c.def)) {
        const locked = ws.getCell(cell.row, cell.col).protection?.locked;
        expect(locked === false).toBe(cell.def!.kind === "input");
      }
    }
  });

  it("writes every formula the plan holds, and whole-number validation on 05 inputs, decimal on 06", () => {
    for (const sheet of plan.sheets) {
      const ws = workbook.getWorksheet(sheet.sheetName)!;
      for (const cell of sheet.cells) {
        const got = ws.getCell(cell.row, cell.col);
        if (cell.formula) expect(`=${got.formula}`).toBe(cell.formula);
        if (cell.def?.kind === "input") {
          expect(got.dataValidation).toMatchObject({
            type: sheet.formId.startsWith("TK05") ? "whole" : "decimal",
            operator: "greaterThanOrEqual",
            showErrorMessage: true,
          });
          expect(got.dataValidation.error).toMatch(/không âm/);
        } else {
          expect(got.dataValidation).toBeUndefined();
        }
      }
    }
  });

  it("carries the conditional formats derived from the rules, with ISFORMULA stored as Excel stores it", () => {
    const expected = conditionalRules(plan);
    const written = plan.sheets.flatMap((s) =>
      (
        workbook.getWorksheet(s.sheetName) as unknown as {
          conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
        }
      ).conditionalFormattings.map((cf) => ({
        sheet: s.sheetName,
        ref: cf.ref,
        formula: cf.rules[0].formulae[0],
      }))
    );
    expect(written).toHaveLength(expected.length);
    expect(written.some((w) => w.formula.includes("_xlfn.ISFORMULA("))).toBe(true);
    expect(written.some((w) => /ISFORMULA/.test(w.formula) && !w.formula.includes("_xlfn."))).toBe(
      false
    );
    const hoan = expected.find((r) => r.rule === "05.P2.hoan" && r.sheet === "05-TH Trang 2")!;
    expect(written).toContainEqual({
      sheet: hoan.sheet,
      ref: hoan.range,
      formula: hoan.formula.slice(1),
    });
  });

  it("records the standard in a very hidden sheet, under names a later version can read", () => {
    const meta = workbook.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    expect(meta.getCell("B1").value).toBe(STANDARD.id);
    expect(meta.getCell("B2").value).toBe(STANDARD.version);
    expect(String(meta.getCell("B3").value).split(",")).toEqual([
      "TK05CD",
      "TK05TD",
      "TK05TH",
      "TK06CD",
      "TK06TD",
      "TK06TH",
    ]);
    expect(namesOf(workbook).get("THADS.standard")).toEqual([`'${META_SHEET}'!$B$1`]);
  });

  it("sets A4 landscape printing, one page wide, with frozen labels and table head", () => {
    for (const sheet of plan.sheets) {
      const ws = workbook.getWorksheet(sheet.sheetName)!;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
      expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: sheet.freeze.rows });
    }
  });
});
