// Each rule of the standard, tripped and kept. The rule ids come from src/forms, so a rule added there without
// a case here fails the suite.
import {
  checkWorkbook,
  evaluate,
  type Finding,
  type Inputs,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core";
import { FORMS, GENERAL_RULES, type FormFamily, type Variant } from "../../src/forms";
import { seeded } from "../helpers/random";
import { cellOf, consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

const plans = new Map<string, WorkbookPlan>();
const plan = (families: FormFamily[], variants: Variant[]) => {
  const key = `${families}|${variants}`;
  if (!plans.has(key)) plans.set(key, planFor(families, variants));
  return plans.get(key)!;
};
const p05 = () => plan(["05"], ["TH"]);
const p06 = () => plan(["06"], ["TH"]);

interface Trip {
  what: string;
  plan: WorkbookPlan;
  snapshot: WorkbookSnapshot;
  /** The data point the finding must name first. */
  name: string;
  /** Values the finding must carry, computed here from the report itself. */
  left?: number | null;
  right?: number | null;
}
interface Case {
  severity: "error" | "warning";
  trips: () => Trip[];
  passes: () => { what: string; snapshot: WorkbookSnapshot }[];
}

const base = (p: WorkbookPlan, seed = 3) => consistentInputs(p, seeded(seed));
const report = (p: WorkbookPlan, changes: Inputs = {}) => snapshotOf(p, { ...base(p), ...changes });
/** A consistent report whose cell `name` is replaced as a user would leave it (no recalculation). */
function raw(
  p: WorkbookPlan,
  name: string,
  cell: Omit<WorkbookSnapshot["cells"][string], "address">
) {
  const s = report(p);
  s.cells[name] = { address: s.cells[name].address, ...cell };
  return s;
}
const valueOf = (p: WorkbookPlan, inputs: Inputs, name: string) =>
  evaluate(p.model, inputs).get(name) ?? 0;

/** A reconciliation left = Σ right tripped by bumping one breakdown input of the left side. */
function reconciliation(
  p: () => WorkbookPlan,
  input: string,
  left: string,
  right: string,
  by: number
): Case {
  return {
    severity: "error",
    trips: () => {
      const inputs = { ...base(p()), [input]: (base(p())[input] ?? 0) + by };
      return [
        {
          what: `${input} + ${by}`,
          plan: p(),
          snapshot: snapshotOf(p(), inputs),
          name: left,
          left: valueOf(p(), inputs, left),
          right: valueOf(p(), inputs, right),
        },
      ];
    },
    passes: () => [{ what: "consistent report", snapshot: report(p()) }],
  };
}

/** A balance phai_thi_hanh = co_dieu_kien + chua_co_dieu_kien, tripped through one input of the right side. */
function balance(p: () => WorkbookPlan, id: string, col: string, input: string, by: number): Case {
  return {
    severity: "error",
    trips: () => {
      const inputs = {
        ...base(p()),
        [`${id}.P1.${input}.${col}`]: (base(p())[`${id}.P1.${input}.${col}`] ?? 0) + by,
      };
      const v = (row: string) => valueOf(p(), inputs, `${id}.P1.${row}.${col}`);
      return [
        {
          what: `${input}.${col} + ${by}`,
          plan: p(),
          snapshot: snapshotOf(p(), inputs),
          name: `${id}.P1.phai_thi_hanh.${col}`,
          left: v("phai_thi_hanh"),
          right: v("co_dieu_kien") + v("chua_co_dieu_kien"),
        },
      ];
    },
    passes: () => [{ what: "consistent report", snapshot: report(p()) }],
  };
}

/** On CD forms tra_don should be 0; TD forms may hold any number there. */
function traDon(family: FormFamily, col: string, value: number): Case {
  const cd = () => plan([family], ["CD"]);
  const td = () => plan([family], ["TD"]);
  const name = `TK${family}CD.P1.tra_don.${col}`;
  return {
    severity: "warning",
    trips: () => [
      {
        what: `${name} = ${value}`,
        plan: cd(),
        snapshot: report(cd(), { [name]: value }),
        name,
        left: value,
        right: 0,
      },
    ],
    passes: () => [
      { what: "CD with 0", snapshot: report(cd()) },
      {
        what: "TD with a number",
        snapshot: report(td(), { [`TK${family}TD.P1.tra_don.${col}`]: value }),
      },
    ],
  };
}

/** CD, TD and a TH whose linked inputs were typed as numbers (as when forms are consolidated by hand). */
function handTyped(family: FormFamily) {
  const p = plan([family], ["CD", "TD", "TH"]);
  const inputs = base(p);
  const values = evaluate(p.model, inputs);
  const snapshot = snapshotOf(p, inputs);
  for (const def of p.model.cells.values())
    if (def.linked)
      snapshot.cells[def.name] = {
        address: snapshot.cells[def.name].address,
        value: values.get(def.name)!,
      };
  return { p, snapshot, values };
}

const cases: Record<string, Case> = {
  "05.P1.can_doi": balance(p05, "TK05TH", "ds", "do_dang", 1),
  "05.P1.tra_don_chu_dong": traDon("05", "hngd", 2),
  "05.P2.tam_dinh_chi": reconciliation(
    p05,
    "TK05TH.P2.tdc_vks_rut.ld",
    "TK05TH.P2.tam_dinh_chi.ld",
    "TK05TH.P1.tam_dinh_chi.ld",
    2
  ),
  "05.P2.hoan": reconciliation(
    p05,
    "TK05TH.P2.hoan_toa_an_khong_vb.hc",
    "TK05TH.P2.hoan.hc",
    "TK05TH.P1.hoan.hc",
    3
  ),
  "05.P2.ly_do_khac": reconciliation(
    p05,
    "TK05TH.P2.tam_ngung.khac",
    "TK05TH.P2.ly_do_khac.khac",
    "TK05TH.P1.ly_do_khac.khac",
    1
  ),
  "05.P3.xong_hoan_toan": reconciliation(
    p05,
    "TK05TH.P3.xong_cuong_che.ps",
    "TK05TH.P3.xong_hoan_toan.ps",
    "TK05TH.P1.xong_hoan_toan.ps",
    4
  ),
  "05.P3.dinh_chi": reconciliation(
    p05,
    "TK05TH.P3.dinh_chi_k8.sai",
    "TK05TH.P3.dinh_chi.so_luong",
    "TK05TH.P1.dinh_chi.tong",
    2
  ),
  "06.P1.can_doi": balance(p06, "TK06TH", "tai_san", "chua_thi_hanh", 0.125),
  "06.P1.tra_don_chu_dong": traDon("06", "tien", 12.5),
  // Standard v2: page 1 = H or H + K, so page 1 is the left side and H the first reading.
  "06.P2.ly_do_khac": reconciliation(
    p06,
    "TK06TH.P2.an_chua_ro.tien",
    "TK06TH.P1.ly_do_khac.tien",
    "TK06TH.P2.ly_do_khac.tien",
    0.75
  ),
  "06.P2.hoan": reconciliation(
    p06,
    "TK06TH.P2.hoan_vks.tai_san",
    "TK06TH.P2.hoan.tai_san",
    "TK06TH.P1.hoan.tai_san",
    10
  ),
  "06.P2.tam_dinh_chi": reconciliation(
    p06,
    "TK06TH.P2.tdc_cq.tien",
    "TK06TH.P2.tam_dinh_chi.tien",
    "TK06TH.P1.tam_dinh_chi.tien",
    1.001
  ),
  "cell.overflow": {
    severity: "error",
    trips: () => [
      {
        what: "two figures whose sum leaves the range of numbers",
        plan: p05(),
        snapshot: snapshotOf(p05(), {
          ...consistentInputs(p05(), seeded(1)),
          "TK05TH.P1.nam_truoc.ds": 1e308,
          "TK05TH.P1.thu_ly_moi.ds": 1e308,
        }),
        name: "TK05TH.P1.thu_ly.ds",
      },
    ],
    passes: () => [
      { what: "numbers", snapshot: report(p05()) },
      {
        what: "a large figure (10^15)",
        snapshot: report(p05(), { "TK05TH.P1.nam_truoc.ds": 1e15 }),
      },
    ],
  },
  "cell.not_a_number": {
    severity: "error",
    trips: () => [
      {
        what: "text",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P1.thu_ly_moi.kt", { value: "12 việc" }),
        name: "TK05TH.P1.thu_ly_moi.kt",
      },
      {
        what: "error value",
        plan: p06(),
        snapshot: raw(p06(), "TK06TH.P1.hoan.tien", { value: { error: "#VALUE!" } }),
        name: "TK06TH.P1.hoan.tien",
      },
      {
        what: "boolean",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P2.tdc_cq.ds", { value: true }),
        name: "TK05TH.P2.tdc_cq.ds",
      },
      {
        what: "date",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P3.xong_mien.kt", { value: { date: "2026-10-01" } }),
        name: "TK05TH.P3.xong_mien.kt",
      },
    ],
    passes: () => [{ what: "numbers", snapshot: report(p05()) }],
  },
  "cell.negative": {
    severity: "error",
    trips: () => [
      {
        what: "06 negative",
        plan: p06(),
        snapshot: raw(p06(), "TK06TH.P2.tdc_vks.tien", { value: -0.25 }),
        name: "TK06TH.P2.tdc_vks.tien",
        left: -0.25,
      },
      {
        what: "05 negative",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P1.uy_thac.ld", { value: -3 }),
        name: "TK05TH.P1.uy_thac.ld",
        left: -3,
      },
    ],
    passes: () => [{ what: "zero", snapshot: raw(p06(), "TK06TH.P2.tdc_vks.tien", { value: 0 }) }],
  },
  "cell.not_whole": {
    severity: "error",
    trips: () => [
      {
        what: "05 fraction",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P3.xong_mien.dshs", { value: 0.5 }),
        name: "TK05TH.P3.xong_mien.dshs",
        left: 0.5,
      },
    ],
    passes: () => [
      {
        what: "06 takes fractions of a nghìn đồng",
        snapshot: raw(p06(), "TK06TH.P2.tdc_vks.tien", { value: 0.125 }),
      },
      { what: "05 whole", snapshot: raw(p05(), "TK05TH.P3.xong_mien.dshs", { value: 7 }) },
    ],
  },
  "cell.formula_typed": {
    severity: "error",
    trips: () => [
      {
        what: "=1+2 in an input",
        plan: p05(),
        snapshot: raw(p05(), "TK05TH.P2.hoan_cq_b.ds", { value: 3, formula: "=1+2" }),
        name: "TK05TH.P2.hoan_cq_b.ds",
      },
    ],
    passes: () => [
      { what: "the number 3", snapshot: raw(p05(), "TK05TH.P2.hoan_cq_b.ds", { value: 3 }) },
    ],
  },
  "cell.formula_changed": {
    severity: "error",
    trips: () => {
      const total = "TK05TH.P1.co_dieu_kien.kt";
      const other = "TK06TH.P1.thu_ly.tien";
      const otherFormula =
        "=" + String(cellOf(p06(), "TK06TH.P1.nam_truoc.tien").split("!")[1]) + "*2";
      return [
        {
          what: "a constant typed over a total",
          plan: p05(),
          snapshot: raw(p05(), total, { value: 40 }),
          name: total,
        },
        {
          what: "another formula",
          plan: p06(),
          snapshot: raw(p06(), other, { value: 1, formula: otherFormula }),
          name: other,
        },
      ];
    },
    passes: () => {
      // Excel's own spelling of the same formula: absolute references, lower case, spaces.
      const s = report(p05());
      const f = s.cells["TK05TH.P1.co_dieu_kien.kt"];
      f.formula = f
        .formula!.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")
        .toLowerCase()
        .replace(",", ", ");
      return [{ what: "Excel's spelling", snapshot: s }];
    },
  },
  "cell.must_be_empty": {
    severity: "error",
    trips: () => [
      {
        what: "06 P1 mien_giam tai_san",
        plan: p06(),
        snapshot: raw(p06(), "TK06TH.P1.mien_giam.tai_san", { value: 5 }),
        name: "TK06TH.P1.mien_giam.tai_san",
        left: 5,
      },
      {
        what: "06 P2 ts_chua_xu_ly tien",
        plan: p06(),
        snapshot: raw(p06(), "TK06TH.P2.ts_chua_xu_ly.tien", { value: 2.5 }),
        name: "TK06TH.P2.ts_chua_xu_ly.tien",
        left: 2.5,
      },
    ],
    passes: () => [
      { what: "blank", snapshot: raw(p06(), "TK06TH.P1.mien_giam.tai_san", { value: null }) },
    ],
  },
  "form.incomplete": {
    severity: "warning",
    trips: () => [
      {
        what: "blank input",
        plan: p06(),
        snapshot: raw(p06(), "TK06TH.P2.hoan_toa_an.tai_san", { value: null }),
        name: "TK06TH.P2.hoan_toa_an.tai_san",
      },
    ],
    passes: () => [
      { what: "zero", snapshot: raw(p06(), "TK06TH.P2.hoan_toa_an.tai_san", { value: 0 }) },
    ],
  },
  "form.damaged": {
    severity: "error",
    trips: () => {
      const deletedPage = report(p05());
      for (const n of Object.keys(deletedPage.cells))
        if (n.startsWith("TK05TH.P3.")) delete deletedPage.cells[n];
      const deletedName = report(p05());
      delete deletedName.cells["TK05TH.P2.hoan_cq.kt"];
      return [
        {
          what: "a deleted page",
          plan: p05(),
          snapshot: deletedPage,
          name: "TK05TH.P3.xong_hoan_toan.tong",
        },
        {
          what: "a deleted name",
          plan: p05(),
          snapshot: deletedName,
          name: "TK05TH.P2.hoan_cq.kt",
        },
        {
          what: "a cleared formula cell",
          plan: p06(),
          snapshot: raw(p06(), "TK06TH.P1.co_dieu_kien.tong", { value: null }),
          name: "TK06TH.P1.co_dieu_kien.tong",
        },
      ];
    },
    passes: () => [{ what: "intact", snapshot: report(p05()) }],
  },
  "TH.sum": {
    severity: "error",
    trips: () => {
      const { p, snapshot, values } = handTyped("05");
      const name = "TK05TH.P1.dinh_chi.ld";
      snapshot.cells[name].value = (values.get(name) ?? 0) + 1;
      return [
        {
          what: "TH typed one more",
          plan: p,
          snapshot,
          name,
          left: (values.get(name) ?? 0) + 1,
          right: values.get(name) ?? 0,
        },
      ];
    },
    passes: () => [
      { what: "TH typed right", snapshot: handTyped("05").snapshot },
      { what: "06 TH typed right", snapshot: handTyped("06").snapshot },
    ],
  },
};

const ruleIds = [
  ...Object.values(FORMS).flatMap((f) => f.rules.map((r) => r.id)),
  ...GENERAL_RULES.map((r) => r.id),
];
const of = (snapshot: WorkbookSnapshot, rule: string): Finding[] =>
  checkWorkbook(snapshot).findings.filter((f) => f.rule === rule);

describe("every rule of the standard (ids read from src/forms)", () => {
  it("the cases here are exactly the rules the standard has", () => {
    expect(Object.keys(cases).sort()).toEqual([...new Set(ruleIds)].sort());
  });

  describe.each(ruleIds)("%s", (rule) => {
    const c = cases[rule];
    const severity = [...Object.values(FORMS).flatMap((f) => f.rules), ...GENERAL_RULES].find(
      (r) => r.id === rule
    )!.severity;

    it(`has the severity the spec gives (${c.severity})`, () => expect(severity).toBe(c.severity));

    it.each(c.trips().map((t) => [t.what, t] as const))("trips: %s", (_, t) => {
      const hit = of(t.snapshot, rule).find((f) => f.names[0] === t.name);
      const [form, page] = t.name.split(".");
      // Fails on no finding too; the figures are checked where the case declares them (a cell rule has only
      // the cell's own value, a reconciliation both sides).
      expect(hit).toMatchObject({
        severity: c.severity,
        form,
        page,
        ...(t.left !== undefined && { left: expect.closeTo(t.left!, 9) }),
        ...(t.right !== undefined && { right: expect.closeTo(t.right!, 9) }),
      });
      // Every named cell that still exists in the snapshot is pointed at, in the order of the names.
      const present = hit!.names.filter((n) => t.snapshot.cells[n]?.address);
      expect(hit!.cells).toEqual(present.map((n) => cellOf(t.plan, n)));
      const { left, right } = hit!;
      expect(hit!.difference).toEqual(
        left === null || right === null ? null : expect.closeTo(left - right, 9)
      );
      expect(hit!.message).not.toBe(hit!.messageEn);
      if (rule === "cell.formula_changed")
        expect(hit!.expectedFormula).toBe(
          t.snapshot.cells[t.name] &&
            t.plan.sheets.flatMap((s) => s.cells).find((x) => x.def?.name === t.name)!.formula
        );
    });

    it.each(c.passes().map((x) => [x.what, x] as const))("passes: %s", (_, x) => {
      expect(of(x.snapshot, rule)).toEqual([]);
    });
  });
});

describe("tolerances", () => {
  const offBy = (by: number) => {
    const s = report(p06(), {});
    const n = "TK06TH.P2.hoan.tien";
    s.cells[n].value = (s.cells[n].value as number) + by;
    return of(s, "06.P2.hoan");
  };
  it("06 equalities hold to the nearest đồng: 0.0004 nghìn đồng passes", () =>
    expect(offBy(0.0004)).toEqual([]));
  it("06: 0.0005 nghìn đồng fails, with that difference", () => {
    const found = offBy(0.0005);
    expect(found).toHaveLength(1);
    expect(found[0].difference).toBeCloseTo(0.0005, 9);
  });
  it("05 equalities are exact", () => {
    const s = report(p05());
    s.cells["TK05TH.P2.hoan.kt"].value = (s.cells["TK05TH.P2.hoan.kt"].value as number) + 1;
    expect(of(s, "05.P2.hoan")[0]).toMatchObject({
      names: ["TK05TH.P2.hoan.kt", "TK05TH.P1.hoan.kt"],
      difference: 1,
    });
    expect(of(s, "05.P2.hoan")[0].message).toMatch(/, chênh lệch 1\.$/);
  });
});
