// The writer thread gets the plan as plain data (what crosses between threads: a structured clone, with the
// names' positions instead of the plan's resolve function) and must write the very same workbook from it.
import { fillPlan, type WorkbookPlan } from "../../src/core";
import { fromPlainPlan, plainPlan, templateBuffer } from "../../src/files";
import { openZip } from "../../src/files/zip";
import { planFor } from "../helpers/workbooks";

/** Every part's text, but the document properties (they hold the time of writing). */
async function parts(plan: WorkbookPlan): Promise<Map<string, string>> {
  const zip = openZip(await templateBuffer(plan));
  return new Map(
    zip
      .names()
      .filter((n) => n !== "docProps/core.xml")
      .map((n) => [n, zip.read(n)!.toString("utf8")])
  );
}

describe("template writer thread", () => {
  it("writes the same workbook from the plan's plain copy as from the plan itself", async () => {
    const plan = planFor(["05", "06"], ["TD", "TH"]);
    fillPlan(plan, { [[...plan.model.cells.values()].find((d) => d.kind === "input")!.name]: 7 });
    plan.meta.rows.push(["rollup.source.1", "u1.xlsx"]);
    const copy = fromPlainPlan(structuredClone(plainPlan(plan)));
    const expected = await parts(plan);
    const written = await parts(copy);
    expect([...written.keys()]).toEqual([...expected.keys()]);
    for (const [name, text] of expected) expect([name, written.get(name)]).toEqual([name, text]);
    // Conditional marks need every name's position: they are there.
    expect(expected.get("xl/worksheets/sheet1.xml")).toContain("<conditionalFormatting");
  });

  it("gives every name the position the plan gives it, and none to a name it does not have", () => {
    const plan = planFor(["05"], ["TH"]);
    const copy = fromPlainPlan(structuredClone(plainPlan(plan)));
    for (const name of plan.model.cells.keys())
      expect(copy.resolve(name)).toEqual(plan.resolve(name));
    for (const n of plan.names) expect(copy.resolve(n.name)).toEqual(plan.resolve(n.name));
    expect(copy.resolve("TK05TH.P1.nowhere")).toBeUndefined();
  });
});
