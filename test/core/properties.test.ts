// Properties over random reports: consistent ones pass; one fault is caught by the right rule at the right
// cell; uncalculated files and renamed sheets change nothing.
import fc from "fast-check";
import { checkWorkbook, qualified, type WorkbookSnapshot } from "../../src/core";
import { consistentInputs, inputNames, planFor, snapshotOf } from "../helpers/workbooks";

const plan = planFor(["05", "06"], ["TH"]);
const inputs = inputNames(plan);
const randomFrom = (seed: number) => {
  let s = seed || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
};
/** Inputs some reconciliation or balance can see, through the formulas they feed (06 P2 tạm ngừng has none). */
const ruled = new Set(
  plan.model.forms.flatMap((fm) =>
    fm.spec.rules.flatMap((r) =>
      (r.kind === "equal" ? [r.left, ...r.right] : [r.target]).map(
        (ref) => `${fm.form.id}.${ref.page}.${ref.row}.`
      )
    )
  )
);
const feeds = new Map<string, string[]>();
for (const def of plan.model.cells.values()) {
  const terms =
    def.expr?.op === "sum"
      ? def.expr.terms
      : def.expr?.op === "difference"
        ? [def.expr.minuend, def.expr.subtrahend]
        : [];
  for (const t of terms) feeds.set(t, [...(feeds.get(t) ?? []), def.name]);
}
function observable(name: string, seen = new Set<string>()): boolean {
  if ([...ruled].some((prefix) => name.startsWith(prefix))) return true;
  seen.add(name);
  return (feeds.get(name) ?? []).some((n) => !seen.has(n) && observable(n, seen));
}
const observed = inputs.filter((n) => observable(n));
const errors = (s: WorkbookSnapshot) =>
  checkWorkbook(s).findings.filter((f) => f.severity === "error");

describe("random reports", () => {
  it("knows which inputs no rule can see: only 06 page 2 tạm ngừng, which the standard does not reconcile", () => {
    expect(inputs.filter((n) => !observable(n))).toEqual([
      "TK06TH.P2.tam_ngung.tien",
      "TK06TH.P2.tam_ngung.tai_san",
    ]);
  });

  it("a consistent report, whole cases and money with decimals, has no error", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.constantFrom(1, 1.125, 1000.5),
        (seed, scale) => {
          const values = consistentInputs(plan, randomFrom(seed));
          for (const n of inputs) if (n.startsWith("TK06")) values[n] = (values[n] ?? 0) * scale;
          expect(errors(snapshotOf(plan, values))).toEqual([]);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("one fault is caught by the right rule, naming the faulted cell", () => {
    const faults = ["changed", "typed over", "text", "negative", "fraction"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.constantFrom(...faults),
        fc.nat(inputs.length - 1),
        fc.integer({ min: 1, max: 9 }),
        (seed, fault, index, by) => {
          const values = consistentInputs(plan, randomFrom(seed));
          const formulaCells = [...plan.model.cells.values()].filter(
            (d) => d.kind === "formula" && d.expr?.op !== "ratio"
          );
          let name = inputs[index];
          let rule: string;
          let snapshot: WorkbookSnapshot;
          switch (fault) {
            case "changed": {
              // Page 1 cells feed balances, page 2/3 breakdowns feed reconciliations: some rule must see the change.
              name = observed[index % observed.length];
              snapshot = snapshotOf(plan, { ...values, [name]: (values[name] ?? 0) + by });
              const found = errors(snapshot);
              expect(found.length).toBeGreaterThan(0);
              expect(found.every((f) => f.rule.startsWith(name.slice(2, 4)))).toBe(true);
              return;
            }
            case "typed over":
              name = formulaCells[index % formulaCells.length].name;
              snapshot = snapshotOf(plan, values);
              snapshot.cells[name] = { address: snapshot.cells[name].address, value: 12345 };
              rule = "cell.formula_changed";
              break;
            case "text":
              snapshot = snapshotOf(plan, { ...values, [name]: undefined });
              snapshot.cells[name].value = "không";
              rule = "cell.not_a_number";
              break;
            case "negative":
              snapshot = snapshotOf(plan, { ...values, [name]: -by });
              rule = "cell.negative";
              break;
            case "fraction":
              name = inputs.filter((n) => n.startsWith("TK05"))[
                index % inputs.filter((n) => n.startsWith("TK05")).length
              ];
              snapshot = snapshotOf(plan, { ...values, [name]: (values[name] ?? 0) + 0.5 });
              rule = "cell.not_whole";
              break;
          }
          const hit = errors(snapshot).find((f) => f.rule === rule && f.names[0] === name);
          expect(hit).toBeDefined();
          expect(hit!.cells[0]).toBe(qualified(plan.resolve(name)!));
        }
      ),
      { numRuns: 150 }
    );
  });

  it("a file never calculated gives the same findings as a calculated one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.nat(inputs.length - 1),
        (seed, index) => {
          const values = consistentInputs(plan, randomFrom(seed));
          values[inputs[index]] = (values[inputs[index]] ?? 0) + 3;
          const calculated = checkWorkbook(snapshotOf(plan, values));
          const raw = checkWorkbook(snapshotOf(plan, values, { calculated: false }));
          expect(raw.findings.map((f) => [f.rule, f.names, f.left, f.right, f.difference])).toEqual(
            calculated.findings.map((f) => [f.rule, f.names, f.left, f.right, f.difference])
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  it("renamed sheets, with formulas following the new names, give no false finding", () => {
    const values = consistentInputs(plan, randomFrom(9));
    const snapshot = snapshotOf(plan, values);
    const renames: Record<string, string> = {
      "05-TH Trang 1": "Báo cáo T1 (việc)",
      "06-TH Trang 2": "GT2",
    };
    for (const cell of Object.values(snapshot.cells)) {
      if (cell.address && renames[cell.address.sheet])
        cell.address = { ...cell.address, sheet: renames[cell.address.sheet] };
      if (cell.formula)
        for (const [from, to] of Object.entries(renames))
          cell.formula = cell.formula.split(`'${from}'!`).join(`'${to}'!`);
    }
    expect(checkWorkbook(snapshot).findings).toEqual([]);
  });
});
