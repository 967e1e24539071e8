// The sign-off on the browser preview's workbook (HyperFormula): signed in the preview, read back as signed,
// then an input typed after signing is named as changed, old → new.
import { checkWithSignoff, planWorkbook, recordToRows, signReport } from "../../src/core";
import { formInstance } from "../../src/forms";
import { PreviewWorkbook } from "../../src/preview/preview-workbook";
import { fillByName } from "../../src/preview/test-hook";
import { consistentInputs } from "../helpers/workbooks";
import { AT, HEADER, nodeSha256 } from "./helpers";

describe("sign-off in the preview", () => {
  it("signs, verifies, and names a cell changed after signing", async () => {
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
    const wb = new PreviewWorkbook();
    await wb.addTemplates(plan);
    const inputs = consistentInputs(plan);
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
    fillByName(wb, consistentInputs(first));
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
