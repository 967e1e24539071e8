// Every check of the core on snapshots of real templates with planted faults, each finding pinned whole: rule,
// severity, names, cells, figures, both messages. Plans and consistent inputs are built once for the file.
import {
  checkWorkbook,
  type CellSnapshot,
  type Finding,
  type WorkbookSnapshot,
} from "../../src/core";
import type { Inputs, WorkbookPlan } from "../../src/core";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

// Built on first use: Stryker loads every test file for each mutant, and only the covering tests run.
let fixture: { plan05: WorkbookPlan; inputs05: Inputs; base05: WorkbookSnapshot } | undefined;
function F() {
  if (!fixture) {
    const plan05 = planFor(["05"], ["TH"]);
    const inputs05 = consistentInputs(plan05, seeded(7));
    fixture = { plan05, inputs05, base05: snapshotOf(plan05, inputs05) };
  }
  return fixture;
}

/** The consistent 05 tổng hợp with some cells replaced (other cells as the spreadsheet computed them). */
function edited(
  changes: Record<string, Partial<CellSnapshot> | null>,
  from = F().base05
): WorkbookSnapshot {
  const cells = { ...from.cells };
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) delete cells[name];
    else cells[name] = { ...cells[name], ...change };
  }
  return { ...from, cells };
}

/** The 05 tổng hợp recomputed from changed inputs, as a spreadsheet would show it. */
const recomputed = (changes: Inputs) => snapshotOf(F().plan05, { ...F().inputs05, ...changes });

/** The input cells a formula cell is computed from, down to the inputs. */
function leaves(name: string): string[] {
  const e = F().plan05.model.cells.get(name)!.expr;
  if (!e) return [name];
  const terms =
    e.op === "sum"
      ? e.terms
      : e.op === "difference"
        ? [e.minuend, e.subtrahend]
        : [e.numerator, e.denominator];
  return terms.flatMap(leaves);
}

const check = (snapshot: WorkbookSnapshot) => checkWorkbook(snapshot);
const without = (f: Finding): Finding => {
  const rest = { ...f };
  delete rest.params;
  return rest;
};

it("a consistent report has no finding", () => {
  expect(check(F().base05)).toMatchObject({
    forms: ["TK05TH"],
    findings: [],
    errors: 0,
    warnings: 0,
  });
});

describe("input cells", () => {
  it("text, a negative number, a fraction in form 05, a formula typed in", () => {
    const result = check(
      edited({
        "TK05TH.P1.thu_ly_moi.ds": { value: "abc" },
        "TK05TH.P1.thu_ly_moi.kt": { value: -2 },
        "TK05TH.P1.thu_ly_moi.hc": { value: 2.5 },
        "TK05TH.P1.uy_thac.ds": { formula: "=1+1" },
      })
    );
    expect(result.errors).toBe(4);
    expect(result.findings).toEqual([
      {
        rule: "cell.not_a_number",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.ds"],
        cells: ["'05-TH Trang 1'!E13"],
        left: null,
        right: null,
        difference: null,
        message:
          "Ô '05-TH Trang 1'!E13 (trang 1, 1.2 «Số thụ lý mới», cột «Dân sự») chứa «abc», không phải là số.",
        messageEn:
          "Cell '05-TH Trang 1'!E13 (page 1, 1.2 “Newly accepted”, column “Civil”) holds “abc”, which is not a number.",
        code: "cell.not_a_number",
        params: { name: "TK05TH.P1.thu_ly_moi.ds", ref: "'05-TH Trang 1'!E13", shown: "abc" },
      },
      {
        rule: "cell.negative",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.kt"],
        cells: ["'05-TH Trang 1'!G13"],
        left: -2,
        right: 0,
        difference: -2,
        message:
          "Ô '05-TH Trang 1'!G13 (trang 1, 1.2 «Số thụ lý mới», cột «Kinh tế») chứa số âm -2; số liệu thống kê không được âm.",
        messageEn:
          "Cell '05-TH Trang 1'!G13 (page 1, 1.2 “Newly accepted”, column “Economic”) holds the negative number -2; figures cannot be negative.",
        code: "cell.negative",
        params: { name: "TK05TH.P1.thu_ly_moi.kt", ref: "'05-TH Trang 1'!G13", value: -2 },
      },
      {
        rule: "cell.not_whole",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.hc"],
        cells: ["'05-TH Trang 1'!I13"],
        left: 2.5,
        right: 3,
        difference: -0.5,
        message:
          "Ô '05-TH Trang 1'!I13 (trang 1, 1.2 «Số thụ lý mới», cột «Hành chính») chứa số lẻ 2,5; số việc phải là số nguyên.",
        messageEn:
          "Cell '05-TH Trang 1'!I13 (page 1, 1.2 “Newly accepted”, column “Administrative”) holds the fraction 2.5; cases are whole numbers.",
        code: "cell.not_whole",
        params: { name: "TK05TH.P1.thu_ly_moi.hc", ref: "'05-TH Trang 1'!I13", value: 2.5 },
      },
      {
        rule: "cell.formula_typed",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.uy_thac.ds"],
        cells: ["'05-TH Trang 1'!E14"],
        left: null,
        right: null,
        difference: null,
        message:
          "Ô '05-TH Trang 1'!E14 (trang 1, 2 «Số ủy thác», cột «Dân sự») là ô nhập liệu nhưng chứa công thức =1+1; hãy nhập một số.",
        messageEn:
          "Cell '05-TH Trang 1'!E14 (page 1, 2 “Entrusted elsewhere”, column “Civil”) is an input cell but holds the formula =1+1; type a number.",
        code: "cell.formula_typed",
        params: { name: "TK05TH.P1.uy_thac.ds", ref: "'05-TH Trang 1'!E14", formula: "=1+1" },
      },
    ]);
  });

  it("a negative fraction in form 05 is both; a boolean, an error, a date are not numbers", () => {
    const result = check(
      edited({
        "TK05TH.P1.thu_ly_moi.ds": { value: -1.25 },
        "TK05TH.P1.thu_ly_moi.kt": { value: true },
        "TK05TH.P1.thu_ly_moi.hc": { value: { date: "2027-01-05" } },
        "TK05TH.P1.thu_ly_moi.ld": { value: { error: "#DIV/0!" } },
      })
    );
    expect(result.findings.map((f) => [f.rule, f.left, f.right, f.difference])).toEqual([
      ["cell.negative", -1.25, 0, -1.25],
      ["cell.not_whole", -1.25, -1, -0.25],
      ["cell.not_a_number", null, null, null],
      ["cell.not_a_number", null, null, null],
      ["cell.not_a_number", null, null, null],
    ]);
    expect(result.findings.slice(2).map((f) => f.params!.shown)).toEqual([
      "TRUE",
      "#DIV/0!",
      "2027-01-05",
    ]);
  });

  it("blank inputs: one warning per page, with every blank cell", () => {
    const result = check(
      edited({
        "TK05TH.P1.thu_ly_moi.ds": { value: null },
        "TK05TH.P1.uy_thac.kt": { value: "" },
        "TK05TH.P2.hoan_cq_a.ds": { value: null },
      })
    );
    expect(result).toMatchObject({ errors: 0, warnings: 2 });
    expect(result.findings).toEqual([
      {
        rule: "form.incomplete",
        severity: "warning",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.ds", "TK05TH.P1.uy_thac.kt"],
        cells: ["'05-TH Trang 1'!E13", "'05-TH Trang 1'!G14"],
        left: null,
        right: null,
        difference: null,
        message:
          "Trang 1 của biểu 05 tổng hợp còn 2 ô nhập liệu để trống (được tính là 0; cần nhập đủ, kể cả số 0, trước khi ký duyệt).",
        messageEn:
          "Page 1 of form 05 consolidated has 2 blank input cells (counted as 0; fill them, zeros included, before sign-off).",
        code: "form.incomplete",
        params: { form: "TK05TH", page: "1", count: 2 },
      },
      expect.objectContaining({
        page: "P2",
        names: ["TK05TH.P2.hoan_cq_a.ds"],
        cells: ["'05-TH Trang 2'!E25"],
        message:
          "Trang 2 của biểu 05 tổng hợp còn 1 ô nhập liệu để trống (được tính là 0; cần nhập đủ, kể cả số 0, trước khi ký duyệt).",
      }),
    ]);
  });
});

describe("formula cells", () => {
  it("typed over with a number, or holding another formula: the template's formula and its value", () => {
    const result = check(
      edited({
        "TK05TH.P1.thu_ly.ds": { formula: undefined, value: 99 },
        "TK05TH.P1.phai_thi_hanh.kt": { formula: "=1" },
      })
    );
    expect(result.findings.map(without)).toEqual([
      {
        rule: "cell.formula_changed",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly.ds"],
        cells: ["'05-TH Trang 1'!E11"],
        left: 99,
        right: 780,
        difference: -681,
        message:
          "Ô '05-TH Trang 1'!E11 (trang 1, 1 «Tổng số thụ lý», cột «Dân sự») phải giữ công thức của biểu mẫu =SUM(E12:E13) (= 780) nhưng đang chứa giá trị gõ tay «99».",
        messageEn:
          "Cell '05-TH Trang 1'!E11 (page 1, 1 “Total accepted”, column “Civil”) must keep the template's formula =SUM(E12:E13) (= 780) but holds the typed value “99”.",
        expectedFormula: "=SUM(E12:E13)",
        code: "cell.formula_changed",
      },
      {
        rule: "cell.formula_changed",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.phai_thi_hanh.kt"],
        cells: ["'05-TH Trang 1'!G15"],
        left: 799,
        right: 799,
        difference: 0,
        message:
          "Ô '05-TH Trang 1'!G15 (trang 1, 3 «Tổng số phải thi hành», cột «Kinh tế») phải giữ công thức của biểu mẫu =G11-G14 (= 799) nhưng đang chứa công thức =1.",
        messageEn:
          "Cell '05-TH Trang 1'!G15 (page 1, 3 “Total to enforce”, column “Economic”) must keep the template's formula =G11-G14 (= 799) but holds the formula =1.",
        expectedFormula: "=G11-G14",
        code: "cell.formula_changed",
      },
    ]);
    expect(result.findings[1].params).toEqual({
      name: "TK05TH.P1.phai_thi_hanh.kt",
      ref: "'05-TH Trang 1'!G15",
      expected: "=G11-G14",
      derived: 799,
      formula: "=1",
    });
  });

  it("the same formula written otherwise is kept; text over a formula has no figures", () => {
    const result = check(
      edited({
        "TK05TH.P1.thu_ly.ds": { formula: "=sum(e12:e13)" },
        "TK05TH.P1.thu_ly.kt": { formula: undefined, value: "x" },
      })
    );
    expect(result.findings.map((f) => [f.names[0], f.left, f.right, f.difference])).toEqual([
      ["TK05TH.P1.thu_ly.kt", null, 822, null],
    ]);
    expect(result.findings[0].messageEn).toBe(
      "Cell '05-TH Trang 1'!G11 (page 1, 1 “Total accepted”, column “Economic”) must keep the template's formula =SUM(G12:G13) (= 822) but holds the typed value “x”."
    );
  });

  it("no value of the template's formula when it is a ratio over 0", () => {
    // Every input under «Số có điều kiện thi hành», column Dân sự, set to 0: the ratio 6.2 has no value.
    const zeros = Object.fromEntries(
      leaves("TK05TH.P1.co_dieu_kien.ds").map((n) => [n, { value: 0 }])
    );
    const result = check(
      edited({ ...zeros, "TK05TH.P1.ty_le_xong.ds": { formula: undefined, value: 5 } })
    );
    const changed = result.findings.find((f) => f.rule === "cell.formula_changed")!;
    expect([changed.names, changed.left, changed.right, changed.difference]).toEqual([
      ["TK05TH.P1.ty_le_xong.ds"],
      5,
      null,
      null,
    ]);
    expect(changed.params!.derived).toBeNull();
    expect(changed.message).toBe(
      "Ô '05-TH Trang 1'!E30 (trang 1, 6.2 «Tỷ lệ giữa số thi hành xong / số có điều kiện (%)», cột «Dân sự») phải giữ công thức của biểu mẫu =IF(E16=0,\"\",E17/E16*100) nhưng đang chứa giá trị gõ tay «5»."
    );
  });

  it("cleared formula cells: one damaged-form error per page listing five cells, then …", () => {
    const cleared = [
      "TK05TH.P1.thu_ly.tong",
      "TK05TH.P1.thu_ly.dshs",
      "TK05TH.P1.thu_ly.ds",
      "TK05TH.P1.thu_ly.hngd",
      "TK05TH.P1.thu_ly.kt",
      "TK05TH.P1.thu_ly.ld",
    ];
    const result = check(
      edited({
        ...Object.fromEntries(cleared.map((n) => [n, { formula: undefined, value: null }])),
        "TK05TH.P2.hoan.ds": { formula: undefined, value: "" },
      })
    );
    expect(result.findings.filter((f) => f.rule === "form.damaged")).toEqual([
      {
        rule: "form.damaged",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: cleared,
        cells: [
          "'05-TH Trang 1'!C11",
          "'05-TH Trang 1'!D11",
          "'05-TH Trang 1'!E11",
          "'05-TH Trang 1'!F11",
          "'05-TH Trang 1'!G11",
          "'05-TH Trang 1'!H11",
        ],
        left: null,
        right: null,
        difference: null,
        message:
          "Trang 1 của biểu 05 tổng hợp có 6 ô công thức bị xóa trắng: '05-TH Trang 1'!C11, '05-TH Trang 1'!D11, '05-TH Trang 1'!E11, '05-TH Trang 1'!F11, '05-TH Trang 1'!G11, …. Hãy thêm lại biểu mẫu hoặc hoàn tác (Ctrl+Z).",
        messageEn:
          "Page 1 of form 05 consolidated has 6 formula cells cleared: '05-TH Trang 1'!C11, '05-TH Trang 1'!D11, '05-TH Trang 1'!E11, '05-TH Trang 1'!F11, '05-TH Trang 1'!G11, …. Add the template again or undo (Ctrl+Z).",
        code: "form.formulas_cleared",
        params: {
          form: "TK05TH",
          page: "1",
          count: 6,
          list: "'05-TH Trang 1'!C11, '05-TH Trang 1'!D11, '05-TH Trang 1'!E11, '05-TH Trang 1'!F11, '05-TH Trang 1'!G11, …",
        },
      },
      expect.objectContaining({
        page: "P2",
        names: ["TK05TH.P2.hoan.ds"],
        messageEn:
          "Page 2 of form 05 consolidated has 1 formula cells cleared: '05-TH Trang 2'!E23. Add the template again or undo (Ctrl+Z).",
      }),
    ]);
  });

  it("a file never calculated: formula cells without values are not cleared, nor changed", () => {
    const uncalculated = snapshotOf(F().plan05, F().inputs05, { calculated: false });
    expect(check(uncalculated).findings).toEqual([]);
  });
});

describe("a damaged template", () => {
  it("a page whose names are all gone, names missing on a page (five listed), and no formula check there", () => {
    const gone: Record<string, null> = {};
    for (const name of Object.keys(F().base05.cells))
      if (name.startsWith("TK05TH.P3.")) gone[name] = null;
    const missing = [
      "TK05TH.P2.hoan_cq_a.ds",
      "TK05TH.P2.hoan_cq_a.kt",
      "TK05TH.P2.hoan_cq_b.ds",
      "TK05TH.P2.hoan_cq_b.kt",
      "TK05TH.P2.hoan_cq_c.ds",
      "TK05TH.P2.hoan_cq_c.kt",
    ];
    for (const name of missing) gone[name] = null;
    const result = check(
      edited({ ...gone, "TK05TH.P2.hoan_cq.ds": { formula: undefined, value: 12345 } })
    );
    expect(result.findings.map((f) => [f.rule, f.page, f.code, f.cells.length])).toEqual([
      ["form.damaged", "P2", "form.names_missing", 0],
      ["form.damaged", "P3", "form.page_missing", 0],
    ]);
    const [names, page] = result.findings;
    expect(names.names).toEqual([
      "TK05TH.P2.hoan_cq_a.ds",
      "TK05TH.P2.hoan_cq_a.kt",
      "TK05TH.P2.hoan_cq_b.ds",
      "TK05TH.P2.hoan_cq_b.kt",
      "TK05TH.P2.hoan_cq_c.ds",
      "TK05TH.P2.hoan_cq_c.kt",
    ]);
    expect(names.message).toBe(
      "Trang 2 của biểu 05 tổng hợp thiếu 6 tên dữ liệu (hàng bị xóa hoặc tên bị xóa): TK05TH.P2.hoan_cq_a.ds, TK05TH.P2.hoan_cq_a.kt, TK05TH.P2.hoan_cq_b.ds, TK05TH.P2.hoan_cq_b.kt, TK05TH.P2.hoan_cq_c.ds, …."
    );
    expect(page).toMatchObject({
      severity: "error",
      form: "TK05TH",
      message:
        "Thiếu trang 3 của biểu 05 tổng hợp: không tìm thấy tên dữ liệu nào của trang (trang bị xóa hoặc tên bị xóa).",
      messageEn:
        "Page 3 of form 05 consolidated is missing: none of its data point names was found (sheet or names deleted).",
      params: { form: "TK05TH", page: "3", count: 72 },
    });
    expect(page.names).toHaveLength(72);
    expect(page.names.slice(0, 2)).toEqual([
      "TK05TH.P3.xong_hoan_toan.tong",
      "TK05TH.P3.xong_hoan_toan.dshs",
    ]);
  });

  it("a declared form with no cell at all: every page missing", () => {
    const result = check({ ...F().base05, declaredForms: ["TK06CD"] });
    expect(result.forms).toEqual(["TK05TH", "TK06CD"]);
    expect(result.findings.map((f) => [f.form, f.page, f.code])).toEqual([
      ["TK06CD", "P1", "form.page_missing"],
      ["TK06CD", "P2", "form.page_missing"],
    ]);
    expect(result.findings[1].messageEn).toBe(
      "Page 2 of form 06 on own initiative is missing: none of its data point names was found (sheet or names deleted)."
    );
  });

  it("names defined twice and cells under a merge, each named with its place", () => {
    const result = check({
      ...F().base05,
      structure: {
        duplicateNames: [
          { name: "TK05TH.P1.thu_ly_moi.ds", places: ["'A'!D1", "'B'!D2", "'C'!D3"] },
          { name: "TK05TH.P2.nowhere.x", places: ["'A'!A1", "'B'!B2"] },
        ],
        mergedAway: [
          { name: "TK05TH.P1.thu_ly_moi.kt", range: "D10:E10" },
          { name: "TK05TH.P3.nowhere.y", range: "A1:B2" },
        ],
      },
    });
    expect(result.findings).toEqual([
      {
        rule: "form.damaged",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.ds"],
        cells: ["'05-TH Trang 1'!E13"],
        left: null,
        right: null,
        difference: null,
        message:
          "Tên dữ liệu TK05TH.P1.thu_ly_moi.ds (trang 1, 1.2 «Số thụ lý mới», cột «Dân sự») được định nghĩa 3 lần: 'A'!D1; 'B'!D2; 'C'!D3. Sổ tính đã bị sửa tên; hãy giữ một định nghĩa (Công thức › Quản lý tên).",
        messageEn:
          "The data point name TK05TH.P1.thu_ly_moi.ds (page 1, 1.2 “Newly accepted”, column “Civil”) is defined 3 times: 'A'!D1; 'B'!D2; 'C'!D3. Keep one definition (Formulas › Name Manager).",
      },
      {
        rule: "form.damaged",
        severity: "error",
        form: "TK05TH",
        page: "P2",
        names: ["TK05TH.P2.nowhere.x"],
        cells: [],
        left: null,
        right: null,
        difference: null,
        message:
          "Tên dữ liệu TK05TH.P2.nowhere.x (TK05TH.P2.nowhere.x) được định nghĩa 2 lần: 'A'!A1; 'B'!B2. Sổ tính đã bị sửa tên; hãy giữ một định nghĩa (Công thức › Quản lý tên).",
        messageEn:
          "The data point name TK05TH.P2.nowhere.x (TK05TH.P2.nowhere.x) is defined 2 times: 'A'!A1; 'B'!B2. Keep one definition (Formulas › Name Manager).",
      },
      {
        rule: "form.damaged",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: ["TK05TH.P1.thu_ly_moi.kt"],
        cells: ["'05-TH Trang 1'!G13"],
        left: null,
        right: null,
        difference: null,
        message:
          "Ô '05-TH Trang 1'!G13 (trang 1, 1.2 «Số thụ lý mới», cột «Kinh tế») nằm trong vùng ô gộp D10:E10: Excel coi ô này là trống và không nhập được. Hãy bỏ gộp ô.",
        messageEn:
          "Cell '05-TH Trang 1'!G13 (page 1, 1.2 “Newly accepted”, column “Economic”) lies inside the merged range D10:E10: Excel treats it as blank and it cannot be typed in. Unmerge the cells.",
      },
      {
        rule: "form.damaged",
        severity: "error",
        form: "TK05TH",
        page: "P3",
        names: ["TK05TH.P3.nowhere.y"],
        cells: [],
        left: null,
        right: null,
        difference: null,
        message:
          "Ô TK05TH.P3.nowhere.y (TK05TH.P3.nowhere.y) nằm trong vùng ô gộp A1:B2: Excel coi ô này là trống và không nhập được. Hãy bỏ gộp ô.",
        messageEn:
          "Cell TK05TH.P3.nowhere.y (TK05TH.P3.nowhere.y) lies inside the merged range A1:B2: Excel treats it as blank and it cannot be typed in. Unmerge the cells.",
      },
    ]);
    expect(check({ ...F().base05, structure: {} }).findings).toEqual([]);
  });
});

describe("rules of the standard", () => {
  it("a page-2 figure off: 05.P2.hoan in its column, the Tổng số folded into it", () => {
    const result = check(
      recomputed({ "TK05TH.P2.hoan_cq_a.ds": F().inputs05["TK05TH.P2.hoan_cq_a.ds"]! + 3 })
    );
    expect(result.errors).toBe(2);
    const [tong, ds] = result.findings;
    expect(without(ds)).toEqual({
      rule: "05.P2.hoan",
      severity: "error",
      form: "TK05TH",
      page: "P2",
      names: ["TK05TH.P2.hoan.ds", "TK05TH.P1.hoan.ds"],
      cells: ["'05-TH Trang 2'!E23", "'05-TH Trang 1'!E25"],
      left: 362,
      right: 359,
      difference: 3,
      message:
        "Hoãn thi hành án ở trang 2 luôn luôn bằng hoãn thi hành án ở trang 1 (biểu 05 tổng hợp, cột «Dân sự»): trang 2 «Hoãn thi hành án» = 362, trang 1 «Hoãn thi hành án» = 359, chênh lệch 3.",
      messageEn:
        "Postponed on page 2 must always equal page 1 (form 05 consolidated, column “Civil”): page 2 “Postponed” = 362, page 1 “Postponed” = 359, difference 3.",
      code: "compare.equal",
    });
    expect(ds.params).toEqual({
      rule: "05.P2.hoan",
      form: "TK05TH",
      family: "05",
      left: "TK05TH.P2.hoan.ds",
      right: ["TK05TH.P1.hoan.ds"],
      leftValue: 362,
      rightValue: 359,
      rightValues: [359],
      difference: 3,
    });
    expect(tong).toMatchObject({
      names: ["TK05TH.P2.hoan.tong", "TK05TH.P1.hoan.tong"],
      difference: 3,
      causedBy: "05.P2.hoan@TK05TH.P2.hoan.ds",
    });
  });

  it("a rule with a cell that is not a number is left to the cell's own finding", () => {
    const snapshot = recomputed({
      "TK05TH.P2.hoan_cq_a.ds": F().inputs05["TK05TH.P2.hoan_cq_a.ds"]! + 3,
    });
    const result = check(edited({ "TK05TH.P1.hoan.ds": { value: "sáu" } }, snapshot));
    expect(result.findings.map((f) => [f.rule, f.names[0]])).toEqual([
      ["cell.not_a_number", "TK05TH.P1.hoan.ds"],
      ["05.P2.hoan", "TK05TH.P2.hoan.tong"],
    ]);
  });
});
