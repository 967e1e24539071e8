// Bad input typed in Excel gets the same findings as the command line gives for the same file: the Office.js
// adapter (on the fake workbook) and the ExcelJS reader feed the same core the same cells.
import { checkWorkbook, evaluate, planWorkbook, type Inputs } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { readSnapshotFromBuffer, templateBuffer } from "../../src/files";
import { formInstance } from "../../src/forms";
import { seeded } from "../helpers/random";
import { consistentInputs } from "../helpers/workbooks";
import { fill } from "../helpers/xlsx";
import { FakeWorkbook } from "./fake-excel";

it("gives the same findings in Excel and from the file for text, negatives, fractions and a total typed over", async () => {
  const forms = [formInstance("05", "TH"), formInstance("06", "TH")];
  const book = new FakeWorkbook();
  const excel = new ExcelWorkbook(book.runner, book.supports);
  const plan = planWorkbook({ forms, existingSheets: (await excel.info()).sheets });
  await excel.addTemplates(plan);

  const inputs = consistentInputs(plan, seeded(1));
  const typed: Record<string, string | number> = {
    "TK05TH.P1.thu_ly_moi.ds": "mười hai",
    "TK05TH.P2.hoan_cq_c.kt": -4,
    "TK05TH.P3.xong_mien.hc": 2.5,
    "TK06TH.P2.tdc_toa_an.tai_san": "n/a",
  };
  const typedOver = { name: "TK06TH.P1.co_dieu_kien.tong", value: 1000 };

  // Excel: the officer's typing, and what Excel computes from it (SUM skips text).
  const numeric: Inputs = { ...inputs };
  for (const [name, value] of Object.entries(typed))
    numeric[name] = typeof value === "number" ? value : undefined;
  const computed = evaluate(plan.model, numeric);
  for (const def of plan.model.cells.values()) {
    const at = plan.resolve(def.name)!;
    const cell = book.sheet(at.sheet)!.cell(at.row, at.col);
    if (def.kind === "input") cell.value = typed[def.name] ?? inputs[def.name] ?? "";
    else if (def.kind === "formula") cell.value = computed.get(def.name) ?? "";
  }
  const over = plan.resolve(typedOver.name)!;
  Object.assign(book.sheet(over.sheet)!.cell(over.row, over.col), {
    formula: undefined,
    value: typedOver.value,
  });
  const inExcel = checkWorkbook(await excel.readSnapshot());

  // The file: the same typing into the template thads-forms writes, never calculated.
  const file = await fill(await templateBuffer(plan), plan, {
    ...inputs,
    ...typed,
    [typedOver.name]: typedOver.value,
  });
  const fromFile = checkWorkbook(await readSnapshotFromBuffer(file));

  const view = (r: typeof inExcel) =>
    r.findings.map((f) => ({ rule: f.rule, names: f.names, cells: f.cells, message: f.message }));
  expect(view(inExcel)).toEqual(view(fromFile));
  expect(inExcel.findings.map((f) => f.rule)).toEqual(
    expect.arrayContaining([
      "cell.not_a_number",
      "cell.negative",
      "cell.not_whole",
      "cell.formula_changed",
    ])
  );
});
