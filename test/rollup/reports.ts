// Received reports as snapshots for the roll-up's tests: consistent figures, a header, a unit code.
import { headerName, type Inputs, type WorkbookPlan, type WorkbookSnapshot } from "../../src/core";
import { consistentInputsWith, planFor, snapshotOf } from "../helpers/workbooks";

export const thBoth = (): WorkbookPlan => planFor(["05", "06"], ["TH"]);

/** The shared seeded generator, so a failing case can be replayed. */
import { seeded } from "../helpers/random";

export { seeded };

export interface Report {
  inputs: Inputs;
  snapshot: WorkbookSnapshot;
}

export function report(
  plan: WorkbookPlan,
  seed: number,
  header: { period?: string; unit?: string; code?: string } = {}
): Report {
  const inputs = consistentInputsWith(plan, seeded(seed), { max: 40, moneyDecimals: 3 });
  const snapshot = snapshotOf(plan, inputs);
  for (const fm of plan.model.forms) {
    const id = fm.form.id;
    snapshot.cells[headerName(id, "ky_bao_cao")] = { value: header.period ?? "6 tháng/năm 2027" };
    snapshot.cells[headerName(id, "don_vi_bao_cao")] = { value: header.unit ?? null };
  }
  snapshot.meta = header.code ? { unit_code: header.code } : {};
  return { inputs, snapshot };
}
