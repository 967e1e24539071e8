// Adding reports up: sums by data point name, refusals with their reasons, sources recorded, --force.
import fc from "fast-check";
import {
  aggregate,
  checkWorkbook,
  evaluate,
  sourcesOf,
  META_AGGREGATED_FORCED,
  type AggregateInput,
} from "../../src/core";
import { propertyRuns } from "../helpers/random";
import { planFor, snapshotOf } from "../helpers/workbooks";
import { report, thBoth } from "./reports";

const now = new Date("2027-04-10T08:00:00Z");
const input = (file: string, r: ReturnType<typeof report>, sha = file): AggregateInput => ({
  file,
  snapshot: r.snapshot,
  sha256: sha,
});
const metaOf = (rows: [string, string][]) => Object.fromEntries(rows);

describe("aggregate", () => {
  const plan = thBoth();

  it("sums every input data point and leaves totals and ratios to the template (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 5 }),
        (seeds) => {
          const reports = seeds.map((s, i) => report(plan, s, { code: `U${i}` }));
          const result = aggregate(
            reports.map((r, i) => input(`u${i}.xlsx`, r)),
            { now, unit: "Cục THADS tỉnh Bắc Ninh" }
          );
          expect(result.refusals).toEqual([]);
          for (const def of result.plan!.model.cells.values()) {
            if (def.kind !== "input") {
              expect(result.inputs[def.name]).toBeUndefined();
              continue;
            }
            const expected = reports.reduce((a, r) => a + (r.inputs[def.name] ?? 0), 0);
            expect(result.inputs[def.name]).toBeCloseTo(expected, 6);
          }
          // The sum of consistent reports is a consistent report.
          expect(checkWorkbook(snapshotOf(result.plan!, result.inputs)).errors).toBe(0);
        }
      ),
      { numRuns: propertyRuns(8) }
    );
  });

  it("fills the header and records its sources, the time and any refusal forced through", () => {
    const a = report(plan, 1, { unit: "Chi cục A", code: "A" });
    const b = report(plan, 2, { unit: "Chi cục B", code: "B" });
    const result = aggregate([input("a.xlsx", a, "aa"), input("b.xlsx", b, "bb")], {
      now,
      unit: "Cục THADS tỉnh Bắc Ninh",
      unitCode: "BN",
      receiver: "Tổng cục THADS",
    });
    const plan_ = result.plan!;
    const field = (code: string) =>
      plan_.sheets[0].cells.find((c) => c.name === `TK05TH.P1.hdr.${code}`)!.text;
    expect(field("ky_bao_cao")).toBe("6 tháng/năm 2027");
    expect(field("don_vi_bao_cao")).toBe("Cục THADS tỉnh Bắc Ninh");
    expect(field("don_vi_nhan")).toBe("Tổng cục THADS");
    const meta = metaOf(plan_.meta.rows);
    expect(meta.unit_code).toBe("BN");
    expect(meta.aggregated_at).toBe("2027-04-10T08:00:00.000Z");
    expect(meta[META_AGGREGATED_FORCED]).toBeUndefined();
    expect(sourcesOf({ cells: {}, meta })).toEqual([
      { file: "a.xlsx", unitCode: "A", unit: "Chi cục A", sha256: "aa" },
      { file: "b.xlsx", unitCode: "B", unit: "Chi cục B", sha256: "bb" },
    ]);
  });

  it("refuses a report with errors, another period, other forms, the same file or unit twice", () => {
    const good = report(plan, 3, { code: "A" });
    const broken = report(plan, 4, { code: "B" });
    broken.snapshot.cells["TK05TH.P1.nam_truoc.ds"].value = -5;
    const later = report(plan, 5, { code: "C", period: "9 tháng/năm 2027" });
    const only05 = report(planFor(["05"], ["TH"]), 6, { code: "D" });
    const twiceUnit = report(plan, 7, { code: "a" });
    const result = aggregate(
      [
        input("a.xlsx", good),
        input("b.xlsx", broken),
        input("c.xlsx", later),
        input("d.xlsx", only05),
        input("copy-of-a.xlsx", good, "a.xlsx"),
        input("e.xlsx", twiceUnit),
      ],
      { now }
    );
    expect(result.refused).toBe(true);
    expect(result.plan).toBeUndefined();
    expect(result.refusals.map((r) => [r.file, r.reason])).toEqual([
      ["b.xlsx", "errors"],
      ["c.xlsx", "period"],
      ["d.xlsx", "forms"],
      ["copy-of-a.xlsx", "duplicate"],
      ["e.xlsx", "duplicate"],
    ]);
    expect(result.refusals[1].message).toBe(
      "c.xlsx: kỳ báo cáo «9 tháng/năm 2027» khác với «6 tháng/năm 2027» của a.xlsx"
    );
    expect(result.refusals[0].message).toMatch(/^b\.xlsx: báo cáo có \d+ lỗi \(lỗi đầu tiên: /);
  });

  it("takes the same period however it is written", () => {
    const a = report(plan, 8, { period: "6 tháng/năm 2027" });
    const b = report(plan, 9, { period: "6 THÁNG NĂM 2027" });
    expect(aggregate([input("a", a), input("b", b)], { now }).refusals).toEqual([]);
  });

  it("with force, consolidates anyway and records each refusal", () => {
    const good = report(plan, 10);
    const broken = report(plan, 11);
    broken.snapshot.cells["TK06TH.P1.nam_truoc.tien"].value = "mười";
    const result = aggregate([input("a.xlsx", good), input("b.xlsx", broken)], {
      now,
      force: true,
    });
    expect(result.refused).toBe(false);
    expect(result.plan).toBeDefined();
    const forced = metaOf(result.plan!.meta.rows)[META_AGGREGATED_FORCED];
    expect(forced).toMatch(/^b\.xlsx: báo cáo có \d+ lỗi/);
    // the text counts as 0
    expect(result.inputs["TK06TH.P1.nam_truoc.tien"]).toBeCloseTo(
      good.inputs["TK06TH.P1.nam_truoc.tien"]!,
      6
    );
  });

  it("adds up a workbook of CD, TD and TH by its CD and TD figures; TH follows by formula", () => {
    const all = planFor(["05"], ["CD", "TD", "TH"]);
    const reports = [1, 2, 3].map((s) => report(all, s));
    const result = aggregate(
      reports.map((r, i) => input(`r${i}`, r)),
      { now }
    );
    const thInput = "TK05TH.P1.nam_truoc.ds";
    expect(result.plan!.model.cells.get(thInput)!.kind).toBe("formula");
    const values = evaluate(result.plan!.model, result.inputs);
    const expected = reports.reduce((a, r) => a + evaluate(all.model, r.inputs).get(thInput)!, 0);
    expect(values.get(thInput)).toBe(expected);
  });
});
