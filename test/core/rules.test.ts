// Every rule of the standard, tripped and passed. The list of rules is read from the data, so a rule added to
// src/forms without a case here fails this suite.
import {
  checkWorkbook,
  evaluate,
  formatNumber,
  type CheckResult,
  type Inputs,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core";
import { FORMS, GENERAL_RULES } from "../../src/forms";
import { cellOf, consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

interface Case {
  /** Builds a report that breaks the rule once; `name` is the cell the finding must name first. */
  trip: () => { snapshot: WorkbookSnapshot; plan: WorkbookPlan; name: string };
  /** A report of the same shape that keeps the rule. */
  pass: () => WorkbookSnapshot;
  severity?: "warning";
}

const seeded = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const planCache = new Map<string, WorkbookPlan>();
function plan(key: "05TH" | "06TH" | "05CD" | "06CD" | "05TD" | "all" | "05sep") {
  if (!planCache.has(key)) {
    const p =
      key === "all"
        ? planFor(["05", "06"], ["CD", "TD", "TH"])
        : key === "05sep"
          ? planFor(["05"], ["CD", "TD", "TH"])
          : planFor([key.slice(0, 2) as "05" | "06"], [key.slice(2) as "CD" | "TD" | "TH"]);
    planCache.set(key, p);
  }
  return planCache.get(key)!;
}

/** A consistent report with some inputs changed and formulas recomputed, as Excel would show it. */
function withInputs(p: WorkbookPlan, changes: Inputs) {
  return snapshotOf(p, { ...consistentInputs(p, seeded(3)), ...changes });
}

function withRaw(p: WorkbookPlan, name: string, value: WorkbookSnapshot["cells"][string]) {
  const snapshot = snapshotOf(p, consistentInputs(p, seeded(3)));
  snapshot.cells[name] = { address: snapshot.cells[name].address, ...value };
  return snapshot;
}

/** CD, TD and a TH typed by hand (its input cells hold numbers, not the CD + TD link), all consistent. */
function handTypedConsolidation() {
  const p = plan("05sep");
  const inputs = consistentInputs(p, seeded(3));
  const values = evaluate(p.model, inputs);
  const snapshot = snapshotOf(p, inputs);
  for (const def of p.model.cells.values()) {
    if (def.linked)
      snapshot.cells[def.name] = {
        address: snapshot.cells[def.name].address,
        value: values.get(def.name)!,
      };
  }
  return { plan: p, snapshot };
}

const bump = (p: WorkbookPlan, name: string, by: number): Inputs => ({
  [name]: (consistentInputs(p, seeded(3))[name] ?? 0) + by,
});

/** A reconciliation tripped by one breakdown input of the left side, named by the rule's left row. */
function reconciliation(key: "05TH" | "06TH", input: string, left: string): Case {
  return {
    trip: () => ({
      plan: plan(key),
      snapshot: withInputs(plan(key), bump(plan(key), input, 2)),
      name: left,
    }),
    pass: () => withInputs(plan(key), {}),
  };
}

const cases: Record<string, Case> = {
  "05.P1.can_doi": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withInputs(plan("05TH"), bump(plan("05TH"), "TK05TH.P1.do_dang.ds", 1)),
      name: "TK05TH.P1.phai_thi_hanh.tong",
    }),
    pass: () => withInputs(plan("05TH"), {}),
  },
  "05.P1.tra_don_chu_dong": {
    trip: () => ({
      plan: plan("05CD"),
      snapshot: withInputs(plan("05CD"), { "TK05CD.P1.tra_don.hngd": 1 }),
      name: "TK05CD.P1.tra_don.hngd",
    }),
    pass: () => withInputs(plan("05TD"), { "TK05TD.P1.tra_don.hngd": 0 }),
    severity: "warning",
  },
  "05.P2.tam_dinh_chi": reconciliation(
    "05TH",
    "TK05TH.P2.tdc_vks_rut.ld",
    "TK05TH.P2.tam_dinh_chi.tong"
  ),
  "05.P2.hoan": reconciliation("05TH", "TK05TH.P2.hoan_toa_an_khong_vb.hc", "TK05TH.P2.hoan.tong"),
  "05.P2.ly_do_khac": reconciliation(
    "05TH",
    "TK05TH.P2.tam_ngung.khac",
    "TK05TH.P2.ly_do_khac.tong"
  ),
  "05.P3.xong_hoan_toan": reconciliation(
    "05TH",
    "TK05TH.P3.xong_cuong_che.ps",
    "TK05TH.P3.xong_hoan_toan.tong"
  ),
  "05.P3.dinh_chi": reconciliation(
    "05TH",
    "TK05TH.P3.dinh_chi_k8.sai",
    "TK05TH.P3.dinh_chi.so_luong"
  ),
  "06.P1.can_doi": {
    trip: () => ({
      plan: plan("06TH"),
      snapshot: withInputs(
        plan("06TH"),
        bump(plan("06TH"), "TK06TH.P1.chua_thi_hanh.tai_san", 0.5)
      ),
      name: "TK06TH.P1.phai_thi_hanh.tong",
    }),
    pass: () => withInputs(plan("06TH"), {}),
  },
  "06.P1.tra_don_chu_dong": {
    trip: () => ({
      plan: plan("06CD"),
      snapshot: withInputs(plan("06CD"), { "TK06CD.P1.tra_don.tien": 12.5 }),
      name: "TK06CD.P1.tra_don.tien",
    }),
    pass: () => withInputs(plan("06CD"), {}),
    severity: "warning",
  },
  // Standard v2: page 1 against either reading of page 2 (H, or H + K), so page 1 is the left side.
  "06.P2.ly_do_khac": reconciliation(
    "06TH",
    "TK06TH.P2.an_chua_ro.tien",
    "TK06TH.P1.ly_do_khac.tong"
  ),
  "06.P2.hoan": reconciliation("06TH", "TK06TH.P2.hoan_vks.tai_san", "TK06TH.P2.hoan.tong"),
  "06.P2.tam_dinh_chi": reconciliation(
    "06TH",
    "TK06TH.P2.tdc_cq.tien",
    "TK06TH.P2.tam_dinh_chi.tong"
  ),
  "cell.not_a_number": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withRaw(plan("05TH"), "TK05TH.P1.thu_ly_moi.kt", { value: "12 việc" }),
      name: "TK05TH.P1.thu_ly_moi.kt",
    }),
    pass: () => withInputs(plan("05TH"), {}),
  },
  "cell.overflow": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withInputs(plan("05TH"), {
        "TK05TH.P1.nam_truoc.ds": 1e308,
        "TK05TH.P1.thu_ly_moi.ds": 1e308,
      }),
      name: "TK05TH.P1.thu_ly.ds",
    }),
    pass: () => withInputs(plan("05TH"), { "TK05TH.P1.nam_truoc.ds": 1e15 }),
  },
  "cell.negative": {
    trip: () => ({
      plan: plan("06TH"),
      snapshot: withRaw(plan("06TH"), "TK06TH.P2.tdc_vks.tien", { value: -0.25 }),
      name: "TK06TH.P2.tdc_vks.tien",
    }),
    pass: () => withRaw(plan("06TH"), "TK06TH.P2.tdc_vks.tien", { value: 0 }),
  },
  "cell.not_whole": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withRaw(plan("05TH"), "TK05TH.P3.xong_mien.dshs", { value: 0.5 }),
      name: "TK05TH.P3.xong_mien.dshs",
    }),
    // 06 takes fractions of a nghìn đồng.
    pass: () => withRaw(plan("06TH"), "TK06TH.P2.tdc_vks.tien", { value: 0.5 }),
  },
  "cell.formula_typed": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withRaw(plan("05TH"), "TK05TH.P2.hoan_cq_b.ds", { value: 3, formula: "=1+2" }),
      name: "TK05TH.P2.hoan_cq_b.ds",
    }),
    pass: () => withRaw(plan("05TH"), "TK05TH.P2.hoan_cq_b.ds", { value: 3 }),
  },
  "cell.formula_changed": {
    trip: () => ({
      plan: plan("05TH"),
      snapshot: withRaw(plan("05TH"), "TK05TH.P1.co_dieu_kien.kt", { value: 40 }),
      name: "TK05TH.P1.co_dieu_kien.kt",
    }),
    // Excel's own spelling of the same formula: absolute references, lower case, spaces.
    pass: () => {
      const p = plan("05TH");
      const s = snapshotOf(p, consistentInputs(p, seeded(3)));
      const f = s.cells["TK05TH.P1.co_dieu_kien.kt"];
      f.formula = f
        .formula!.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")
        .toLowerCase()
        .replace(",", ", ");
      return s;
    },
  },
  "cell.must_be_empty": {
    trip: () => ({
      plan: plan("06TH"),
      snapshot: withRaw(plan("06TH"), "TK06TH.P1.mien_giam.tai_san", { value: 5 }),
      name: "TK06TH.P1.mien_giam.tai_san",
    }),
    pass: () => withRaw(plan("06TH"), "TK06TH.P1.mien_giam.tai_san", { value: null }),
  },
  "form.incomplete": {
    trip: () => ({
      plan: plan("06TH"),
      snapshot: withRaw(plan("06TH"), "TK06TH.P2.hoan_toa_an.tai_san", { value: null }),
      name: "TK06TH.P2.hoan_toa_an.tai_san",
    }),
    pass: () => withRaw(plan("06TH"), "TK06TH.P2.hoan_toa_an.tai_san", { value: 0 }),
    severity: "warning",
  },
  "form.damaged": {
    trip: () => {
      const p = plan("05TH");
      const s = snapshotOf(p, consistentInputs(p, seeded(3)));
      delete s.cells["TK05TH.P2.hoan_cq.kt"];
      return { plan: p, snapshot: s, name: "TK05TH.P2.hoan_cq.kt" };
    },
    pass: () => withInputs(plan("05TH"), {}),
  },
  "TH.sum": {
    trip: () => {
      const { plan: p, snapshot } = handTypedConsolidation();
      snapshot.cells["TK05TH.P1.dinh_chi.ld"].value =
        (snapshot.cells["TK05TH.P1.dinh_chi.ld"].value as number) + 1;
      return { plan: p, snapshot, name: "TK05TH.P1.dinh_chi.ld" };
    },
    pass: () => handTypedConsolidation().snapshot,
  },
};

const ruleIds = [
  ...Object.values(FORMS).flatMap((f) => f.rules.map((r) => r.id)),
  ...GENERAL_RULES.map((r) => r.id),
];
const of = (result: CheckResult, rule: string) => result.findings.filter((f) => f.rule === rule);

describe("every rule of the standard", () => {
  it("has a case here, and no case names a rule the standard lacks", () => {
    expect(Object.keys(cases).sort()).toEqual([...ruleIds].sort());
  });

  describe.each(ruleIds)("%s", (rule) => {
    const c = cases[rule];

    it("trips on a report that breaks it, naming the cell, with both values and the difference", () => {
      const { snapshot, plan: p, name } = c.trip();
      const found = of(checkWorkbook(snapshot), rule);
      expect(found.length).toBeGreaterThan(0);
      const hit = found.find((f) => f.names.includes(name))!;
      expect(hit).toBeDefined();
      expect(hit.severity).toBe(c.severity ?? "error");
      expect(hit.form).toBe(name.slice(0, 6));
      if (snapshot.cells[name]) expect(hit.cells).toContain(cellOf(p, name));
      expect(hit.message.length).toBeGreaterThan(20);
      expect(hit.messageEn.length).toBeGreaterThan(20);
      if (hit.left !== null && hit.right !== null) {
        expect(hit.difference).toBeCloseTo(hit.left - hit.right, 9);
        expect(hit.message).toContain(formatNumber(hit.left));
        if (!rule.startsWith("cell.")) {
          expect(hit.message).toContain(formatNumber(hit.right));
          expect(hit.message).toContain(formatNumber(hit.difference));
        }
      }
    });

    it("passes a report that keeps it", () => {
      expect(of(checkWorkbook(c.pass()), rule)).toEqual([]);
    });
  });
});

describe("tolerances", () => {
  it("holds 06 equalities to the nearest đồng: 0.0004 nghìn đồng passes, 0.0005 fails", () => {
    const p = plan("06TH");
    const base = snapshotOf(p, consistentInputs(p, seeded(5)));
    const off = (by: number) => {
      const s = structuredClone(base);
      s.cells["TK06TH.P2.hoan.tien"].value = (s.cells["TK06TH.P2.hoan.tien"].value as number) + by;
      return of(checkWorkbook(s), "06.P2.hoan");
    };
    expect(off(0.0004)).toEqual([]);
    expect(off(0.0005)).toHaveLength(1);
    expect(off(0.0005)[0].difference).toBeCloseTo(0.0005, 9);
  });

  it("holds 05 equalities exactly", () => {
    const p = plan("05TH");
    const s = snapshotOf(p, consistentInputs(p, seeded(5)));
    s.cells["TK05TH.P2.hoan.kt"].value = (s.cells["TK05TH.P2.hoan.kt"].value as number) + 1;
    const [finding] = of(checkWorkbook(s), "05.P2.hoan");
    expect(finding).toMatchObject({
      names: ["TK05TH.P2.hoan.kt", "TK05TH.P1.hoan.kt"],
      difference: 1,
    });
    expect(finding.message).toContain("chênh lệch 1");
  });
});
