// LibreOffice, an independent spreadsheet engine, computes the templates' formulas: every formula cell must
// hold what the standard says (the core's figures), and check must name each planted fault.
import { checkWorkbook, evaluate, type WorkbookPlan, type WorkbookSnapshot } from "../../src/core";
import { readSnapshotFromBuffer, templateBuffer } from "../../src/files";
import { seeded } from "../helpers/random";
import { recalculate } from "../helpers/libreoffice";
import { describeWithProgram } from "../helpers/system";
import { cellOf, consistentInputs, inputNames, planFor } from "../helpers/workbooks";
import { fill, type Entry } from "../helpers/xlsx";
import type { Inputs } from "../../src/core";

interface Case {
  label: string;
  inputs: Inputs;
  changes?: Record<string, Entry>;
}

describeWithProgram(
  "LibreOffice recalculates the templates",
  ["soffice", "libreoffice"],
  "libreoffice-calc-nogui",
  (soffice) => {
    let plan: WorkbookPlan;
    const cases: Case[] = [];
    const results = new Map<string, WorkbookSnapshot>();

    beforeAll(async () => {
      plan = planFor(["05", "06"], ["CD", "TD", "TH"]);
      const base = consistentInputs(plan, seeded(7));
      const zeros: Inputs = Object.fromEntries(inputNames(plan).map((n) => [n, 0]));
      // Fractions of a nghìn đồng: scaling every 06 input keeps every balance and reconciliation.
      const money: Inputs = { ...base };
      for (const n of inputNames(plan).filter((n) => n.startsWith("TK06")))
        money[n] = (base[n] ?? 0) * 1.125;
      cases.push({ label: "consistent", inputs: base });
      cases.push({ label: "zeros", inputs: zeros });
      cases.push({ label: "money", inputs: money });
      cases.push({
        label: "p2",
        inputs: base,
        changes: { "TK05CD.P2.hoan_cq_b.ds": (base["TK05CD.P2.hoan_cq_b.ds"] ?? 0) + 4 },
      });
      cases.push({ label: "typed", inputs: base, changes: { "TK06TD.P1.co_dieu_kien.tien": 999 } });
      cases.push({ label: "text", inputs: base, changes: { "TK05TD.P3.xong_mien.hc": "năm" } });
      cases.push({ label: "negative", inputs: base, changes: { "TK06CD.P2.tdc_vks.tai_san": -1 } });
      cases.push({ label: "fraction", inputs: base, changes: { "TK05CD.P1.thu_ly_moi.kt": 2.5 } });
      cases.push({ label: "th", inputs: base, changes: { "TK05TH.P1.hoan.ps": 77 } });
      const template = await templateBuffer(plan);
      const files = await Promise.all(
        cases.map(async (c) => ({
          name: `${c.label}.xlsx`,
          data: await fill(template, plan, { ...c.inputs, ...c.changes }),
        }))
      );
      const recalculated = recalculate(soffice, files);
      await Promise.all(
        cases.map(async (c, i) =>
          results.set(c.label, await readSnapshotFromBuffer(recalculated[i]))
        )
      );
    }, 180_000);

    it("writes fractions of a nghìn đồng into 06 (the money case is not all whole numbers)", () => {
      const money = cases.find((c) => c.label === "money")!.inputs;
      expect(
        Object.entries(money).some(([n, v]) => n.startsWith("TK06") && !Number.isInteger(v))
      ).toBe(true);
    });

    it.each(["consistent", "zeros", "money"])(
      "computes every formula cell as the standard says (%s)",
      (label) => {
        const c = cases.find((x) => x.label === label)!;
        const expected = evaluate(plan.model, c.inputs);
        const snapshot = results.get(label)!;
        let formulaCells = 0;
        for (const def of plan.model.cells.values()) {
          if (def.kind !== "formula") continue;
          formulaCells++;
          const got = snapshot.cells[def.name].value;
          const want = expected.get(def.name);
          // A ratio left blank: ExcelJS reads LibreOffice's cached "" as no cached value (undefined).
          if (want === null) expect([null, "", undefined]).toContain(got);
          else expect(got).toBeCloseTo(want!, 9);
        }
        expect(formulaCells).toBeGreaterThan(1000);
        const result = checkWorkbook(snapshot);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      }
    );

    it("leaves both ratios blank when their divisors are 0", () => {
      const snapshot = results.get("zeros")!;
      for (const name of ["TK05TH.P1.ty_le_co_dieu_kien.tong", "TK06CD.P1.ty_le_xong.tien"]) {
        expect(snapshot.cells[name].formula).toMatch(/^=IF\(/);
        expect([null, "", undefined]).toContain(snapshot.cells[name].value);
      }
    });

    it.each([
      ["p2", "05.P2.hoan", "TK05CD.P2.hoan.ds"],
      ["typed", "cell.formula_changed", "TK06TD.P1.co_dieu_kien.tien"],
      ["text", "cell.not_a_number", "TK05TD.P3.xong_mien.hc"],
      ["negative", "cell.negative", "TK06CD.P2.tdc_vks.tai_san"],
      ["fraction", "cell.not_whole", "TK05CD.P1.thu_ly_moi.kt"],
      ["th", "cell.formula_changed", "TK05TH.P1.hoan.ps"],
    ])("names the planted fault (%s → %s at %s)", (label, rule, name) => {
      const findings = checkWorkbook(results.get(label)!).findings.filter((f) => f.rule === rule);
      const hit = findings.find((f) => f.names[0] === name);
      expect(hit).toBeDefined();
      expect(hit!.cells[0]).toBe(cellOf(plan, name));
      expect(hit!.severity).toBe("error");
    });

    it("computes the linked TH as CD + TD, so a TH typed over shows the difference", () => {
      const th = checkWorkbook(results.get("th")!).findings.find((f) => f.rule === "TH.sum");
      expect(th).toMatchObject({
        names: ["TK05TH.P1.hoan.ps", "TK05CD.P1.hoan.ps", "TK05TD.P1.hoan.ps"],
        left: 77,
      });
      expect(th!.difference).toBe(77 - (th!.right as number));
    });
  }
);
