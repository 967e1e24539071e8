// Behaviour kept for users: the same reports give the same findings (every field, both languages) and the same
// conditional-format marks (evaluated by HyperFormula) as the code gave before the rules were expanded in the
// model. The reports and their results were recorded once, by this file with UPDATE_BASELINE=1.
import { gunzipSync, gzipSync } from "node:zlib";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, type Finding, type WorkbookSnapshot } from "../../src/core";
import { FORMS, GENERAL_RULES } from "../../src/forms";
import { baselineCases } from "../fixtures/baseline-cases";
import { MarkEngine } from "../helpers/marks";
import { planFor } from "../helpers/workbooks";

const FILE = join(__dirname, "../fixtures/baseline.json.gz");
const FIELDS = [
  "rule",
  "severity",
  "form",
  "page",
  "names",
  "cells",
  "left",
  "right",
  "difference",
  "message",
  "messageEn",
  "expectedFormula",
] as const;

interface Recorded {
  id: string;
  snapshot: WorkbookSnapshot;
  findings: Partial<Finding>[];
  marks?: [string, string[]][];
}

const publicFields = (f: Finding) =>
  Object.fromEntries(FIELDS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]]));

const cases = baselineCases();

const engines = new Map<string, MarkEngine>();
function marksOf(c: (typeof cases)[number]): [string, string[]][] {
  const key = `${c.marks!.families}|${c.marks!.variants}`;
  if (!engines.has(key))
    engines.set(key, new MarkEngine(planFor(c.marks!.families, c.marks!.variants)));
  const marks = engines.get(key)!.marked(c.marks!.inputs, c.marks!.overrides);
  return [...marks].sort(([a], [b]) => (a < b ? -1 : 1));
}
afterAll(() => engines.forEach((e) => e.destroy()));

function record(): Recorded[] {
  return cases.map((c) => ({
    id: c.id,
    snapshot: c.snapshot,
    findings: checkWorkbook(c.snapshot).findings.map(publicFields),
    ...(c.marks ? { marks: marksOf(c) } : {}),
  }));
}

if (process.env.UPDATE_BASELINE === "1" || !existsSync(FILE)) {
  writeFileSync(FILE, gzipSync(JSON.stringify(record())));
}
const recorded: Recorded[] = JSON.parse(gunzipSync(readFileSync(FILE)).toString("utf8"));

describe("the behaviour baseline", () => {
  it("covers every rule of the standard and every mark kind, and clean reports without findings", () => {
    const rules = new Set(recorded.flatMap((r) => r.findings.map((f) => f.rule)));
    const expected = [
      ...Object.values(FORMS).flatMap((spec) => spec.rules.map((r) => r.id)),
      ...GENERAL_RULES.map((r) => r.id),
    ];
    // cell.overflow (issue 8) came after the baseline was recorded; test/core/rules.test.ts trips it.
    // Record it when the baseline is next regenerated.
    const newer = new Set(["cell.overflow"]);
    expect(expected.filter((id) => !rules.has(id) && !newer.has(id))).toEqual([]);
    const markRules = new Set(recorded.flatMap((r) => (r.marks ?? []).flatMap(([, m]) => m)));
    expect([...markRules].sort()).toEqual(
      expect.arrayContaining([
        "TH.sum",
        "cell.formula_changed",
        "cell.input",
        "cell.must_be_empty",
        "05.P1.can_doi",
        "06.P2.hoan",
      ])
    );
    for (const r of recorded.filter((c) => c.id.endsWith(" clean") && !c.id.startsWith("uncalc")))
      expect([r.id, r.findings, r.marks ?? []]).toEqual([r.id, [], []]);
  });

  it.each(recorded.map((r) => [r.id, r] as const))("%s: the same findings", (_id, r) => {
    expect(checkWorkbook(r.snapshot).findings.map(publicFields)).toEqual(r.findings);
  });

  it.each(recorded.filter((r) => r.marks).map((r) => [r.id, r] as const))(
    "%s: the same marks",
    (id, r) => {
      expect(marksOf(cases.find((x) => x.id === id)!)).toEqual(r.marks);
    }
  );
});
