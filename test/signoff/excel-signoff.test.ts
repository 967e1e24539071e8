// The sign-off through the Office.js adapter on the fake workbook: the record written in one write sync (one
// read of the meta keys before it), read back within the single read sync the check already makes, and the
// state following edits; the printable review sheet added once and then replaced, no other sheet touched.
import {
  REVIEW_MARK,
  checkWithSignoff,
  evaluate,
  planWorkbook,
  recordToRows,
  reviewSheet,
  reviewSheetPlan,
  signReport,
  type WorkbookPlan,
} from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { formInstance } from "../../src/forms";
import { FakeWorkbook, PROFILES, type Profile } from "../excel/fake-excel";
import { COMPLETE_HEADER, consistentInputs } from "../helpers/workbooks";
import { AT, nodeSha256 } from "./helpers";

async function filledWorkbook(profile?: Profile) {
  const book = new FakeWorkbook(profile);
  const excel = new ExcelWorkbook(book.runner, book.supports);
  const plan: WorkbookPlan = planWorkbook({
    forms: [formInstance("05", "CD")],
    header: { ...COMPLETE_HEADER, ky_bao_cao: "6 tháng/năm 2027" },
  });
  await excel.addTemplates(plan);
  const inputs = consistentInputs(plan);
  const values = evaluate(plan.model, inputs);
  for (const def of plan.model.cells.values()) {
    const at = plan.resolve(def.name)!;
    const cell = book.sheet(at.sheet)!.cell(at.row, at.col);
    if (def.kind === "input") cell.value = inputs[def.name] ?? 0;
    else if (def.kind === "formula") cell.value = values.get(def.name) ?? "";
  }
  return { book, excel, plan, inputs };
}

async function signIn(excel: ExcelWorkbook) {
  const snapshot = await excel.readSnapshot();
  const { standardResult } = await checkWithSignoff(snapshot, nodeSha256);
  const outcome = await signReport(
    snapshot,
    standardResult,
    { by: "Lê Thị C", title: "Chi cục trưởng", at: AT },
    nodeSha256
  );
  if (!outcome.ok) throw new Error(outcome.reasons[0].vi);
  return outcome.record;
}

describe("sign-off through Office.js", () => {
  it("writes the record in one read and one write sync, as text, after the template's own keys", async () => {
    const { book, excel } = await filledWorkbook();
    const record = await signIn(excel);
    const before = book.syncs;
    await excel.writeSignoff(recordToRows(record));
    expect(book.syncs - before).toBe(2);
    const meta = book.sheet("THADS_META")!;
    expect(meta.cell(1, 1).value).toBe("standard");
    const keys = [...meta.cells.entries()]
      .filter(([k, c]) => k.endsWith(",1") && c.value !== "")
      .map(([, c]) => String(c.value));
    expect(keys.slice(0, 5)).toEqual(["standard", "version", "forms", "linked", "source"]);
    expect(keys).toContain("signoff.by");
    const by = [...meta.cells.entries()].find(([, c]) => c.value === "signoff.by")![0];
    const row = Number(by.split(",")[0]);
    expect(meta.cell(row, 2)).toMatchObject({ value: "Lê Thị C", numberFormat: "@" });
  });

  it("reads the record within the check's single read sync: signed, then changed naming the cell", async () => {
    const { book, excel, plan, inputs } = await filledWorkbook();
    await excel.writeSignoff(recordToRows(await signIn(excel)));
    await excel.readSnapshot();
    const before = book.syncs;
    const snapshot = await excel.readSnapshot();
    expect(book.syncs - before).toBe(1);
    expect((await checkWithSignoff(snapshot, nodeSha256)).signoff.state).toBe("signed");

    const name = Object.keys(inputs)[3];
    const at = plan.resolve(name)!;
    book.sheet(at.sheet)!.cell(at.row, at.col).value = (inputs[name] ?? 0) + 7;
    const writesBefore = JSON.stringify(book.sheet("THADS_META")!.cells.size);
    const after = await checkWithSignoff(await excel.readSnapshot(), nodeSha256);
    expect(after.signoff.state).toBe("changed");
    expect(after.signoff.changes.map((c) => c.name)).toEqual([name]);
    expect(after.result.findings[0]).toMatchObject({
      rule: "signoff.changed",
      left: inputs[name] ?? 0,
      right: (inputs[name] ?? 0) + 7,
    });
    expect(JSON.stringify(book.sheet("THADS_META")!.cells.size)).toBe(writesBefore);
  });

  it("signing again replaces the earlier record in place", async () => {
    const { book, excel } = await filledWorkbook();
    const rows = recordToRows(await signIn(excel));
    await excel.writeSignoff(rows);
    const size = book.sheet("THADS_META")!.getUsedRangeOrNullObject().box.bottom;
    await excel.writeSignoff(rows.map(([k, v]) => [k, k === "signoff.by" ? "Người khác" : v]));
    expect(book.sheet("THADS_META")!.getUsedRangeOrNullObject().box.bottom).toBe(size);
    const snapshot = await excel.readSnapshot();
    expect(snapshot.meta!["signoff.by"]).toBe("Người khác");
  });

  it("adds the printable review sheet once, then replaces only it", async () => {
    const { book, excel } = await filledWorkbook();
    const snapshot = await excel.readSnapshot();
    const { result, signoff } = await checkWithSignoff(snapshot, nodeSha256);
    const plan = reviewSheetPlan(reviewSheet(snapshot, result), signoff);
    const others = JSON.stringify(book.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    await excel.writeReviewSheet(plan);
    const sheet = book.sheet("Phiếu kiểm tra")!;
    expect(sheet.cell(1, 1).value).toBe(REVIEW_MARK);
    expect(book.active).toBe("Phiếu kiểm tra");
    const count = book.sheets.length;
    await excel.writeReviewSheet({ ...plan, rows: plan.rows.slice(0, 3) });
    expect(book.sheets.length).toBe(count);
    expect(sheet.getUsedRangeOrNullObject().box.bottom).toBe(3);
    expect(
      JSON.stringify(
        book.sheets.filter((s) => s !== sheet).map((s) => [s.name, [...s.cells.entries()]])
      )
    ).toBe(others);
  });

  it("never takes over a user's own sheet of the same name", async () => {
    const { book, excel } = await filledWorkbook();
    const mine = book.context().workbook.worksheets.add("Phiếu kiểm tra");
    mine.cell(1, 1).value = "ghi chú của tôi";
    const snapshot = await excel.readSnapshot();
    const { result } = await checkWithSignoff(snapshot, nodeSha256);
    await excel.writeReviewSheet(reviewSheetPlan(reviewSheet(snapshot, result)));
    expect(mine.cell(1, 1).value).toBe("ghi chú của tôi");
    expect(book.sheet("Phiếu kiểm tra (2)")!.cell(1, 1).value).toBe(REVIEW_MARK);
  });

  it.each(PROFILES.map((p) => [p.label, p] as const))(
    "lays the review sheet out for A4 portrait where Excel has page layout (1.9), and writes it anyway where not: %s",
    async (_label, profile) => {
      const { book, excel } = await filledWorkbook(profile);
      const snapshot = await excel.readSnapshot();
      const { result } = await checkWithSignoff(snapshot, nodeSha256);
      await excel.writeReviewSheet(reviewSheetPlan(reviewSheet(snapshot, result)));
      const sheet = book.sheet("Phiếu kiểm tra")!;
      expect(sheet.cell(1, 1).value).toBe(REVIEW_MARK);
      // The adapter asks the host which sets it has (injected), never Office.js globals directly.
      expect(sheet.page).toEqual(
        book.supports("1.9")
          ? { orientation: "Portrait", paperSize: "A4", zoom: { horizontalFitToPages: 1 } }
          : {}
      );
    }
  );
});
