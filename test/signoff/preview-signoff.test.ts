// The sign-off on the browser preview's workbook (HyperFormula): signed in the preview, read back as signed,
// then an input typed after signing is named as changed, old → new.
import { checkWithSignoff, planWorkbook, recordToRows, signReport } from "../../src/core";
import { formInstance } from "../../src/forms";
import { PreviewWorkbook } from "../../src/preview/preview-workbook";
import { seeded } from "../helpers/random";
import { consistentInputs } from "../helpers/workbooks";
import { AT, HEADER, nodeSha256 } from "./helpers";

describe("sign-off in the preview", () => {
  it("signs, verifies, and names a cell changed after signing", async () => {
    const plan = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
    const wb = new PreviewWorkbook();
    await wb.addTemplates(plan);
    const inputs = consistentInputs(plan, seeded(1));
    wb.setValues(inputs);
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
    wb.setValues({ [name]: (inputs[name] ?? 0) + 3 });
    const after = await checkWithSignoff(await wb.readSnapshot(), nodeSha256);
    expect(after.signoff.state).toBe("changed");
    expect(after.signoff.changes.map((c) => c.name)).toEqual([name]);
    expect(after.result.findings[0]).toMatchObject({ rule: "signoff.changed", names: [name] });

    // undoing the edit verifies again; signing again replaces the record in place
    wb.setValues({ [name]: inputs[name] ?? 0 });
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
