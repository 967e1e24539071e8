// Adding a form to a workbook that already has the record sheet writes its keys over their own rows and adds
// the keys the sheet lacks after its last row: a sign-off record written right after fewer keys (a workbook
// made by an older release) is kept, so the report reads as changed after signing, not as damaged.
import { checkWithSignoff, mergeMetaRows, planWorkbook, recordToRows } from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { formInstance } from "../../src/forms";
import { nodeSha256, signWithJustifications } from "../signoff/helpers";
import { COMPLETE_HEADER } from "../helpers/workbooks";
import { FakeWorkbook } from "./fake-excel";

describe("mergeMetaRows", () => {
  it("updates keys in place, appends new keys after the last row, keeps every other row", () => {
    const existing = [
      ["standard", "THADS"],
      ["forms", "TK05CD"],
      ["signoff.by", "Lê Thị C"],
      ["", ""],
      ["note", 7],
    ];
    expect(
      mergeMetaRows(existing, [
        ["standard", "THADS"],
        ["forms", "TK05CD,TK06CD"],
        ["edition", "office"],
      ])
    ).toEqual([
      ["standard", "THADS"],
      ["forms", "TK05CD,TK06CD"],
      ["signoff.by", "Lê Thị C"],
      ["", ""],
      ["note", "7"],
      ["edition", "office"],
    ]);
  });
});

it("keeps a sign-off record written after an older release's five keys when another form is added in Excel", async () => {
  const book = new FakeWorkbook();
  const excel = new ExcelWorkbook(book.runner, book.supports);
  const first = planWorkbook({ forms: [formInstance("05", "CD")], header: COMPLETE_HEADER });
  await excel.addTemplates(first);
  // An older release wrote no «edition» row: the record sheet holds five keys, the record right after them.
  const meta = book.sheet("THADS_META")!;
  const editionRow = [...Array(10).keys()]
    .map((i) => i + 1)
    .find((r) => meta.cell(r, 1).value === "edition")!;
  meta.cell(editionRow, 1).value = "";
  meta.cell(editionRow, 2).value = "";
  const record = await signWithJustifications(await excel.readSnapshot(), {
    by: "Lê Thị C",
    why: "đã xem",
  });
  await excel.writeSignoff(recordToRows(record));
  expect(meta.cell(editionRow, 1).value).toMatch(/^signoff\./);

  const info = await excel.info();
  await excel.addTemplates(
    planWorkbook({
      forms: [formInstance("06", "CD")],
      existingSheets: info.sheets,
      header: COMPLETE_HEADER,
    })
  );
  const after = await checkWithSignoff(await excel.readSnapshot(), nodeSha256);
  expect(after.signoff.state).toBe("changed");
  expect(after.signoff.record?.by).toBe("Lê Thị C");
  expect(after.result.findings.map((f) => f.rule)).not.toContain("form.damaged");
});
