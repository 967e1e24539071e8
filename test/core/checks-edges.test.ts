// Edges of the checks: a list of exactly five, the officer's edition with a blank preparer, a workbook made with
// an older standard, totals overflowing by a difference or a ratio. Fixtures built on first use.
import {
  checkWorkbook,
  headerName,
  type CellSnapshot,
  type WorkbookSnapshot,
} from "../../src/core";
import type { Inputs, WorkbookPlan } from "../../src/core";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

let fixture: { plan: WorkbookPlan; inputs: Inputs; base: WorkbookSnapshot } | undefined;
function F() {
  if (!fixture) {
    const plan = planFor(["05"], ["TH"]);
    const inputs = consistentInputs(plan, seeded(7));
    fixture = { plan, inputs, base: snapshotOf(plan, inputs) };
  }
  return fixture;
}

function edited(changes: Record<string, Partial<CellSnapshot>>): WorkbookSnapshot {
  const cells = { ...F().base.cells };
  for (const [name, change] of Object.entries(changes)) cells[name] = { ...cells[name], ...change };
  return { ...F().base, cells };
}

it("five cleared formula cells are all listed, with no …", () => {
  const names = ["tong", "dshs", "ds", "hngd", "kt"].map((c) => `TK05TH.P1.thu_ly.${c}`);
  const result = checkWorkbook(
    edited(Object.fromEntries(names.map((n) => [n, { formula: undefined, value: null }])))
  );
  const damaged = result.findings.filter((f) => f.rule === "form.damaged");
  expect(damaged.map((f) => f.params!.list)).toEqual([
    "'05-TH Trang 1'!C11, '05-TH Trang 1'!D11, '05-TH Trang 1'!E11, '05-TH Trang 1'!F11, '05-TH Trang 1'!G11",
  ]);
});

it("the officer's edition with a blank preparer: the blank only, no signer finding", () => {
  const header = (code: string, value: string | null, row: number): [string, CellSnapshot] => [
    headerName("TK05TH", code),
    { address: { sheet: "05-TH Trang 1", row, col: 3 }, value },
  ];
  const snapshot: WorkbookSnapshot = {
    ...F().base,
    cells: {
      ...F().base.cells,
      ...Object.fromEntries([
        header("ky_bao_cao", "3 tháng/năm 2027", 5),
        header("don_vi_bao_cao", "Nguyễn Văn A", 6),
        header("don_vi_nhan", "Cục", 7),
        header("nguoi_lap_bieu", null, 9),
      ]),
    },
    meta: { edition: "officer" },
  };
  expect(checkWorkbook(snapshot).findings.map((f) => [f.rule, f.names])).toEqual([
    ["header.incomplete", ["TK05TH.P1.hdr.nguoi_lap_bieu"]],
  ]);
  const noUnit = {
    ...snapshot,
    cells: {
      ...snapshot.cells,
      ...Object.fromEntries([header("nguoi_lap_bieu", "B", 9), header("don_vi_bao_cao", "", 6)]),
    },
  };
  expect(checkWorkbook(noUnit).findings.map((f) => [f.rule, f.names])).toEqual([
    ["header.incomplete", ["TK05TH.P1.hdr.don_vi_bao_cao"]],
  ]);
});

it("a workbook made with version 1 of the standard is checked as version 1 laid it out", () => {
  const result = checkWorkbook({
    ...F().base,
    standard: { id: "THADS-TK-05-06", version: "2009.1" },
  });
  expect(result.standard).toEqual({ version: "2009.1", number: 1, current: false });
});

it("a difference or a ratio that overflows, its terms finite", () => {
  const { plan, inputs } = F();
  const overflows = (changes: Inputs) =>
    checkWorkbook(snapshotOf(plan, { ...inputs, ...changes }))
      .findings.filter((f) => f.rule === "cell.overflow")
      .map((f) => f.names);
  expect(
    overflows({
      "TK05TH.P1.nam_truoc.hc": -1e308,
      "TK05TH.P1.thu_ly_moi.hc": 0,
      "TK05TH.P1.uy_thac.hc": 1e308,
    })
  ).toEqual([["TK05TH.P1.phai_thi_hanh.tong"], ["TK05TH.P1.phai_thi_hanh.hc"]]);
  // An input under «Số có điều kiện thi hành» (first terms down to an input), over a total to enforce of 0,5.
  let leaf = "TK05TH.P1.co_dieu_kien.ps";
  for (let e = plan.model.cells.get(leaf)!.expr; e; e = plan.model.cells.get(leaf)!.expr)
    leaf = e.op === "sum" ? e.terms[0] : e.op === "difference" ? e.minuend : e.numerator;
  expect(
    overflows({
      "TK05TH.P1.nam_truoc.ps": 0.5,
      "TK05TH.P1.thu_ly_moi.ps": 0,
      "TK05TH.P1.uy_thac.ps": 0,
      [leaf]: 1e307,
    })
  ).toEqual([["TK05TH.P1.ty_le_co_dieu_kien.ps"]]);
});
