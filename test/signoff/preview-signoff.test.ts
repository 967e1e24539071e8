// The sign-off on the browser preview's workbook (HyperFormula): signed in the preview, read back as signed,
// then an input typed after signing is named as changed, old → new.
import {
  REVIEW_MARK,
  checkWithSignoff,
  planWorkbook,
  recordToRows,
  reviewSheet,
  reviewSheetPlan,
  signReport,
} from "../../src/core";
import { formInstance } from "../../src/forms";
import { PreviewWorkbook } from "../../src/preview/preview-workbook";
import { fillByName } from "../../src/preview/test-hook";
import { seeded } from "../helpers/random";
import { consistentInputs } from "../helpers/workbooks";
import { AT, HEADER, nodeSha256 } from "./helpers";

describe("sign-off in the preview", () => {
  it("signs, verifies, and names a cell changed after signing", async () => {
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
    const wb = new PreviewWorkbook();
    await wb.addTemplates(plan);
    const inputs = consistentInputs(plan, seeded(1));
    fillByName(wb, inputs);
    const snapshot = await wb.readSnapshot();
    const { standardResult, signoff } = await checkWithSignoff(snapshot, nodeSha256);
    expect(signoff.state).toBe("unsigned");
    const outcome = await signReport(
      snapshot,
      standardResult,
      { by: "Nguyễn Văn A", at: AT },
      nodeSha256
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    await wb.writeSignoff(recordToRows(outcome.record));
    expect((await checkWithSignoff(await wb.readSnapshot(), nodeSha256)).signoff.state).toBe(
      "signed"
    );

    const name = Object.keys(inputs).find((n) => n.includes(".P1."))!;
    fillByName(wb, { [name]: (inputs[name] ?? 0) + 3 });
    const after = await checkWithSignoff(await wb.readSnapshot(), nodeSha256);
    expect(after.signoff.state).toBe("changed");
    expect(after.signoff.changes.map((c) => c.name)).toEqual([name]);
    expect(after.result.findings[0]).toMatchObject({ rule: "signoff.changed", names: [name] });

    // undoing the edit verifies again; signing again replaces the record in place
    fillByName(wb, { [name]: inputs[name] ?? 0 });
    const undone = await checkWithSignoff(await wb.readSnapshot(), nodeSha256);
    expect(undone.signoff.state).toBe("signed");
    const again = await signReport(
      await wb.readSnapshot(),
      undone.standardResult,
      { by: "B", at: AT },
      nodeSha256
    );
    if (!again.ok) throw new Error("refused");
    await wb.writeSignoff(recordToRows(again.record));
    const final = await wb.readSnapshot();
    expect(final.meta!["signoff.by"]).toBe("B");
    expect((await checkWithSignoff(final, nodeSha256)).signoff.state).toBe("signed");
  });
});

describe("adding templates after signing, in the preview", () => {
  it("keeps the sign-off record, and the report reads as changed, not unsigned", async () => {
    const first = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
    const wb = new PreviewWorkbook();
    await wb.addTemplates(first);
    fillByName(wb, consistentInputs(first, seeded(2)));
    const snapshot = await wb.readSnapshot();
    const { standardResult } = await checkWithSignoff(snapshot, nodeSha256);
    const outcome = await signReport(
      snapshot,
      standardResult,
      { by: "Nguyễn Văn A", title: "Chi cục trưởng", at: AT },
      nodeSha256
    );
    if (!outcome.ok) throw new Error("refused");
    const record = recordToRows(outcome.record);
    await wb.writeSignoff(record);

    // The pane plans the next form against what the workbook holds, then adds it.
    const info = await wb.info();
    const before = await wb.readSnapshot();
    const second = planWorkbook(
      {
        forms: [formInstance("06", "CD")],
        existingSheets: info.sheets,
        existingForms: info.forms,
      },
      (name) => before.cells[name]?.address
    );
    await wb.addTemplates(second);

    const after = await wb.readSnapshot();
    for (const [key, value] of record) expect(after.meta![key]).toBe(value);
    expect(after.meta!.forms).toBe("TK05CD,TK06CD");
    const status = (await checkWithSignoff(after, nodeSha256)).signoff;
    expect(status.state).toBe("changed");
    expect(status.record?.by).toBe("Nguyễn Văn A");
    // What changed since signing is the added form: its cells, none of the signed ones.
    expect(status.changes.length).toBeGreaterThan(0);
    expect(status.changes.every((c) => c.name.startsWith("TK06CD."))).toBe(true);
  });
});

describe("the printable review sheet in the preview", () => {
  async function filled() {
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
    const wb = new PreviewWorkbook();
    await wb.addTemplates(plan);
    fillByName(wb, consistentInputs(plan, seeded(3)));
    const snapshot = await wb.readSnapshot();
    const { result, signoff } = await checkWithSignoff(snapshot, nodeSha256);
    return { wb, plan, review: reviewSheetPlan(reviewSheet(snapshot, result), signoff) };
  }
  const contents = (wb: PreviewWorkbook, sheet: string) => {
    const s = wb.cells.sheet(sheet)!;
    const out: string[] = [];
    for (let r = 1; r <= s.lastRow; r++)
      for (let c = 1; c <= s.lastCol; c++) out.push(String(wb.cells.value(sheet, r, c) ?? ""));
    return out;
  };

  it("adds the sheet as a tab and shows it, then rewrites only it; the report is untouched", async () => {
    const { wb, plan, review } = await filled();
    const before = await wb.readSnapshot();
    const others = plan.sheets.map((s) => contents(wb, s.sheetName));
    await wb.writeReviewSheet(review);
    expect(wb.view.get().tabs).toEqual([...plan.sheets.map((s) => s.sheetName), "Phiếu kiểm tra"]);
    expect(wb.view.get().active).toBe("Phiếu kiểm tra");
    expect(wb.cells.value("Phiếu kiểm tra", 1, 1)).toBe(REVIEW_MARK);
    expect(wb.cells.value("Phiếu kiểm tra", 2, 1)).toBe(review.rows[1][0]);
    expect(wb.cells.sheet("Phiếu kiểm tra")!.lastRow).toBe(review.rows.length);
    // The title runs on over the row, as Excel shows unwrapped text; a table row wraps in its columns.
    const sheet = wb.cells.sheet("Phiếu kiểm tra")!;
    expect(sheet.cells.get("1,1")).toMatchObject({ wrap: false, mergeToCol: 7 });
    expect(sheet.covered.get("1,2")).toEqual({ row: 1, col: 1 });
    const head = review.rows.findIndex((r) => r[0] === "STT") + 1;
    expect(sheet.cells.get(`${head},2`)).toMatchObject({ wrap: true });

    await wb.writeReviewSheet({ ...review, rows: review.rows.slice(0, 3) });
    expect((await wb.info()).sheets.filter((s) => s.startsWith("Phiếu"))).toEqual([
      "Phiếu kiểm tra",
    ]);
    expect(wb.cells.sheet("Phiếu kiểm tra")!.lastRow).toBe(3);
    expect(wb.cells.value("Phiếu kiểm tra", 4, 1)).toBe(null);
    expect(plan.sheets.map((s) => contents(wb, s.sheetName))).toEqual(others);
    expect(await wb.readSnapshot()).toEqual(before);
  });

  it("never takes over another sheet of the same name", async () => {
    const { wb, review } = await filled();
    wb.cells.add({
      name: "Phiếu kiểm tra",
      hidden: false,
      lastRow: 1,
      lastCol: 1,
      columnWidths: [],
      freeze: { rows: 0, cols: 0 },
      cells: new Map(),
      covered: new Map(),
    });
    await wb.writeReviewSheet(review);
    expect(wb.cells.value("Phiếu kiểm tra", 1, 1)).toBe(null);
    expect(wb.cells.value("Phiếu kiểm tra (2)", 1, 1)).toBe(REVIEW_MARK);
    await wb.writeReviewSheet(review);
    expect(wb.view.get().tabs.filter((t) => t.startsWith("Phiếu"))).toEqual([
      "Phiếu kiểm tra",
      "Phiếu kiểm tra (2)",
    ]);
  });
});
