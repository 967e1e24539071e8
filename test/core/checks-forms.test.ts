// The checks on form 06, on the three variants of 05 together, on totals that overflow, and on what the check
// context reads from a snapshot (forms present, the recorded standard, files never calculated). Whole findings
// pinned; plans built once for the file.
import { checkWorkbook, type CellSnapshot, type WorkbookSnapshot } from "../../src/core";
import type { Inputs, WorkbookPlan } from "../../src/core";
import { seeded } from "../helpers/random";
import { consistentInputs, inputNames, planFor, snapshotOf } from "../helpers/workbooks";

/** Built on first use: Stryker loads every test file for each mutant, and only the covering tests run. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const six = once(() => {
  const plan = planFor(["06"], ["TH"]);
  const inputs = consistentInputs(plan, seeded(11));
  return { plan, inputs, base: snapshotOf(plan, inputs) };
});

const five = once(() => {
  const plan = planFor(["05"], ["TH"]);
  return { plan, inputs: consistentInputs(plan, seeded(7)) };
});

// CĐ and TĐ written together, the TH apart and typed in (not linked): TH = CĐ + TĐ is checked.
const sides = once(() => {
  const planSides = planFor(["05"], ["CD", "TD"]);
  const planTH = planFor(["05"], ["TH"]);
  const inputsSides = consistentInputs(planSides, seeded(3));
  const inputsTH: Inputs = {};
  for (const name of inputNames(planTH)) {
    const [, ...rest] = name.split(".");
    inputsTH[name] =
      (inputsSides[["TK05CD", ...rest].join(".")] ?? 0) +
      (inputsSides[["TK05TD", ...rest].join(".")] ?? 0);
  }
  return { planSides, planTH, inputsSides, inputsTH };
});
function three(changes: Inputs = {}): WorkbookSnapshot {
  const pick = (plan: WorkbookPlan, inputs: Inputs) =>
    snapshotOf(plan, {
      ...inputs,
      ...Object.fromEntries(Object.entries(changes).filter(([n]) => plan.model.cells.has(n))),
    }).cells;
  const { planSides, planTH, inputsSides, inputsTH } = sides();
  return { cells: { ...pick(planSides, inputsSides), ...pick(planTH, inputsTH) } };
}

function edited(from: WorkbookSnapshot, changes: Record<string, Partial<CellSnapshot>>) {
  const cells = { ...from.cells };
  for (const [name, change] of Object.entries(changes)) cells[name] = { ...cells[name], ...change };
  return { ...from, cells };
}

describe("form 06", () => {
  it("consistent: no finding; fractions of money are fine", () => {
    expect(checkWorkbook(edited(six().base, {})).findings).toEqual([]);
  });

  it("cells that must stay empty: a number in each language's notation, text, a formula", () => {
    const result = checkWorkbook(
      edited(six().base, {
        "TK06TH.P1.mien_giam.tai_san": { value: 1234.5 },
        "TK06TH.P2.ts_chua_xu_ly.tien": { value: "xem ghi chú" },
      })
    );
    expect(result.findings).toEqual([
      {
        rule: "cell.must_be_empty",
        severity: "error",
        form: "TK06TH",
        page: "P1",
        names: ["TK06TH.P1.mien_giam.tai_san"],
        cells: ["'06-TH Trang 1'!E18"],
        left: 1234.5,
        right: 0,
        difference: 1234.5,
        message:
          "Ô '06-TH Trang 1'!E18 (trang 1, 4.2 «Số giá trị miễn, giảm thi hành án», cột «Tài sản») không phải ô nhập liệu và phải để trống, nhưng đang chứa «1.234,5».",
        messageEn:
          "Cell '06-TH Trang 1'!E18 (page 1, 4.2 “Value exempted or reduced”, column “Assets”) is not an input and must stay empty, but holds “1,234.5”.",
        code: "cell.must_be_empty",
        params: { name: "TK06TH.P1.mien_giam.tai_san", ref: "'06-TH Trang 1'!E18", value: 1234.5 },
      },
      {
        rule: "cell.must_be_empty",
        severity: "error",
        form: "TK06TH",
        page: "P2",
        names: ["TK06TH.P2.ts_chua_xu_ly.tien"],
        cells: ["'06-TH Trang 2'!D14"],
        left: null,
        right: null,
        difference: null,
        message:
          "Ô '06-TH Trang 2'!D14 (trang 2, H3 «Giá trị tài sản kê biên hoặc phải giao chưa xử lý được», cột «Tiền») không phải ô nhập liệu và phải để trống, nhưng đang chứa «xem ghi chú».",
        messageEn:
          "Cell '06-TH Trang 2'!D14 (page 2, H3 “Seized or deliverable assets not yet dealt with”, column “Money”) is not an input and must stay empty, but holds “xem ghi chú”.",
        code: "cell.must_be_empty",
        params: {
          name: "TK06TH.P2.ts_chua_xu_ly.tien",
          ref: "'06-TH Trang 2'!D14",
          shown: "xem ghi chú",
        },
      },
    ]);
    const formula = checkWorkbook(
      edited(six().base, { "TK06TH.P1.mien_giam.tai_san": { formula: "=D18", value: 0 } })
    ).findings;
    expect(formula.map((f) => [f.left, f.right, f.difference, f.params])).toEqual([
      [
        0,
        0,
        0,
        { name: "TK06TH.P1.mien_giam.tai_san", ref: "'06-TH Trang 1'!E18", formula: "=D18" },
      ],
    ]);
    expect(formula[0].messageEn).toBe(
      "Cell '06-TH Trang 1'!E18 (page 1, 4.2 “Value exempted or reduced”, column “Assets”) is not an input and must stay empty, but holds “=D18”."
    );
    // Blank, or an empty string, is what such a cell should hold.
    expect(
      checkWorkbook(edited(six().base, { "TK06TH.P1.mien_giam.tai_san": { value: "" } })).findings
    ).toEqual([]);
  });

  it("06.P2.ly_do_khac: neither reading holds, both are quoted", () => {
    const name = "TK06TH.P1.ly_do_khac.tien";
    const result = checkWorkbook(
      snapshotOf(six().plan, { ...six().inputs, [name]: six().inputs[name]! + 1.25 })
    );
    expect(result.findings.map((f) => [f.rule, f.code, f.names[0], f.causedBy])).toEqual([
      [
        "06.P1.can_doi",
        "compare.equal",
        "TK06TH.P1.phai_thi_hanh.tong",
        "06.P1.can_doi@TK06TH.P1.phai_thi_hanh.tien",
      ],
      ["06.P1.can_doi", "compare.equal", "TK06TH.P1.phai_thi_hanh.tien", undefined],
      [
        "06.P2.ly_do_khac",
        "compare.readings",
        "TK06TH.P1.ly_do_khac.tong",
        "06.P2.ly_do_khac@TK06TH.P1.ly_do_khac.tien",
      ],
      ["06.P2.ly_do_khac", "compare.readings", "TK06TH.P1.ly_do_khac.tien", undefined],
    ]);
    expect(result.findings[1].message).toBe(
      "Tổng số giá trị phải thi hành phải bằng số giá trị có điều kiện cộng số giá trị chưa có điều kiện (biểu 06 tổng hợp, cột «Tiền»): trang 1 «Tổng số giá trị phải thi hành» = 389, trang 1 «Số giá trị có điều kiện thi hành» + trang 1 «Số giá trị chưa có điều kiện thi hành» = 390,25, chênh lệch -1,25."
    );
    expect(result.findings[3]).toEqual({
      rule: "06.P2.ly_do_khac",
      severity: "error",
      form: "TK06TH",
      page: "P1",
      names: ["TK06TH.P1.ly_do_khac.tien", "TK06TH.P2.ly_do_khac.tien", "TK06TH.P2.tam_ngung.tien"],
      cells: ["'06-TH Trang 1'!D25", "'06-TH Trang 2'!D11", "'06-TH Trang 2'!D27"],
      left: 39.25,
      right: 38,
      difference: 1.25,
      message:
        "Số giá trị lý do khác ở trang 1 phải bằng tổng số lý do khác ở trang 2 (H), hoặc bằng H cộng tạm ngừng thi hành án (K) (biểu 06 tổng hợp, cột «Tiền»): trang 1 «Số giá trị lý do khác» = 39,25, cách hiểu thứ nhất: trang 2 «Tổng số lý do khác» = 38, chênh lệch 1,25; cách hiểu thứ hai: trang 2 «Tổng số lý do khác» + trang 2 «Tạm ngừng thi hành án (để giải quyết khiếu nại)» = 46, chênh lệch -6,75.",
      messageEn:
        "Value, other reasons on page 1 must equal page 2's total of other reasons (H), or H plus paused (K) (form 06 consolidated, column “Money”): page 1 “Value, other reasons” = 39.25, first reading: page 2 “Total, other reasons” = 38, difference 1.25; second reading: page 2 “Total, other reasons” + page 2 “Paused (to settle a complaint)” = 46, difference -6.75.",
      code: "compare.readings",
      params: {
        rule: "06.P2.ly_do_khac",
        form: "TK06TH",
        family: "06",
        left: "TK06TH.P1.ly_do_khac.tien",
        right: ["TK06TH.P2.ly_do_khac.tien"],
        leftValue: 39.25,
        rightValue: 38,
        rightValues: [38],
        difference: 1.25,
        altRight: ["TK06TH.P2.ly_do_khac.tien", "TK06TH.P2.tam_ngung.tien"],
        altRightValue: 46,
        altDifference: -6.75,
      },
    });
  });

  it("06.P2.ly_do_khac: the second reading holding is enough; below 06's tolerance is no difference", () => {
    const name = "TK06TH.P1.ly_do_khac.tien";
    const k = six().inputs["TK06TH.P2.tam_ngung.tien"] ?? 0;
    expect(k).toBe(8);
    const second = checkWorkbook(
      snapshotOf(six().plan, { ...six().inputs, [name]: six().inputs[name]! + k })
    );
    // The Money column holds by the second reading; the Total column (whose K differs) by neither.
    expect(second.findings.map((f) => [f.rule, f.names[0]])).toEqual([
      ["06.P1.can_doi", "TK06TH.P1.phai_thi_hanh.tong"],
      ["06.P1.can_doi", "TK06TH.P1.phai_thi_hanh.tien"],
      ["06.P2.ly_do_khac", "TK06TH.P1.ly_do_khac.tong"],
    ]);
    const dust = checkWorkbook(
      snapshotOf(six().plan, { ...six().inputs, [name]: six().inputs[name]! + 0.0004 })
    );
    expect(dust.findings).toEqual([]);
    const over = checkWorkbook(
      snapshotOf(six().plan, { ...six().inputs, [name]: six().inputs[name]! + 0.0005 })
    );
    expect(over.findings.map((f) => [f.rule, f.difference])).toEqual([
      ["06.P1.can_doi", -0.0005],
      ["06.P1.can_doi", -0.0005],
      ["06.P2.ly_do_khac", 0.0005],
      ["06.P2.ly_do_khac", 0.0005],
    ]);
  });
});

describe("the three variants of 05", () => {
  it("consistent: no finding", () => {
    expect(checkWorkbook(three()).findings).toEqual([]);
  });

  it("a returned request on the CĐ form, and a TH cell that is not CĐ + TĐ", () => {
    const result = checkWorkbook(
      three({
        "TK05CD.P1.tra_don.hngd": 2,
        "TK05TH.P2.hoan_cq_a.ld": (sides().inputsTH["TK05TH.P2.hoan_cq_a.ld"] ?? 0) + 1,
      })
    );
    expect(result.findings.map((f) => [f.rule, f.code, f.names[0], f.causedBy])).toEqual([
      [
        "05.P1.can_doi",
        "compare.equal",
        "TK05CD.P1.phai_thi_hanh.tong",
        "05.P1.can_doi@TK05CD.P1.phai_thi_hanh.hngd",
      ],
      ["05.P1.can_doi", "compare.equal", "TK05CD.P1.phai_thi_hanh.hngd", undefined],
      ["05.P2.hoan", "compare.equal", "TK05TH.P2.hoan.tong", "05.P2.hoan@TK05TH.P2.hoan.ld"],
      ["05.P2.hoan", "compare.equal", "TK05TH.P2.hoan.ld", undefined],
      ["TH.sum", "compare.consolidation", "TK05TH.P1.tra_don.hngd", undefined],
      ["TH.sum", "compare.consolidation", "TK05TH.P2.hoan_cq_a.ld", undefined],
      ["05.P1.tra_don_chu_dong", "compare.zero", "TK05CD.P1.tra_don.hngd", undefined],
    ]);
    expect(result).toMatchObject({ errors: 6, warnings: 1 });
    const [zero] = result.findings.slice(-1);
    expect(zero).toEqual({
      rule: "05.P1.tra_don_chu_dong",
      severity: "warning",
      form: "TK05CD",
      page: "P1",
      names: ["TK05CD.P1.tra_don.hngd"],
      cells: ["'05-CD Trang 1'!F27"],
      left: 2,
      right: 0,
      difference: 2,
      message:
        "Biểu chủ động không nên có việc trả đơn yêu cầu thi hành án (trả đơn thuộc việc theo đơn) (biểu 05 chủ động): trang 1 «Trả đơn yêu cầu thi hành án», cột «Hôn nhân, gia đình» = 2.",
      messageEn:
        "An on-own-initiative form should have no returned requests (those are on-request cases) (form 05 on own initiative): page 1 “Request returned”, column “Marriage, family” = 2.",
      code: "compare.zero",
      params: {
        rule: "05.P1.tra_don_chu_dong",
        form: "TK05CD",
        family: "05",
        left: "TK05CD.P1.tra_don.hngd",
        right: [],
        leftValue: 2,
        rightValue: 0,
        rightValues: [],
        difference: 2,
      },
    });
    const sum = result.findings[4];
    expect(sum).toEqual({
      rule: "TH.sum",
      severity: "error",
      form: "TK05TH",
      page: "P1",
      names: ["TK05TH.P1.tra_don.hngd", "TK05CD.P1.tra_don.hngd", "TK05TD.P1.tra_don.hngd"],
      cells: ["'05-TH Trang 1'!F27", "'05-CD Trang 1'!F27", "'05-TD Trang 1'!F27"],
      left: 48,
      right: 50,
      difference: -2,
      message:
        "Biểu 05 tổng hợp phải bằng chủ động cộng theo đơn: trang 1 «Trả đơn yêu cầu thi hành án», cột «Hôn nhân, gia đình»: tổng hợp = 48, chủ động + theo đơn = 2 + 48 = 50, chênh lệch -2.",
      messageEn:
        "Form 05 consolidated must equal on-initiative plus on-request: page 1 “Request returned”, column “Marriage, family”: consolidated = 48, sum = 2 + 48 = 50, difference -2.",
      code: "compare.consolidation",
      params: {
        rule: "TH.sum",
        form: "TK05TH",
        family: "05",
        left: "TK05TH.P1.tra_don.hngd",
        right: ["TK05CD.P1.tra_don.hngd", "TK05TD.P1.tra_don.hngd"],
        leftValue: 48,
        rightValue: 50,
        rightValues: [2, 48],
        difference: -2,
      },
    });
  });

  it("a TH linked to CĐ + TĐ (formulas at its input positions) is not compared again", () => {
    const linked = planFor(["05"], ["CD", "TD", "TH"]);
    const snapshot = snapshotOf(linked, consistentInputs(linked, seeded(5)));
    expect(checkWorkbook(snapshot).findings).toEqual([]);
  });
});

describe("totals that overflow", () => {
  it("one error per total that leaves the range of numbers; no comparison quoting Infinity", () => {
    const { plan, inputs } = five();
    const result = checkWorkbook(
      snapshotOf(plan, {
        ...inputs,
        "TK05TH.P1.nam_truoc.ds": 1e308,
        "TK05TH.P1.thu_ly_moi.ds": 1e308,
      })
    );
    const overflow = (name: string, ref: string, vi: string, en: string) => ({
      rule: "cell.overflow",
      severity: "error",
      form: "TK05TH",
      page: "P1",
      names: [name],
      cells: [ref],
      left: null,
      right: null,
      difference: null,
      message: `Tổng ở ô ${ref} (${vi}) vượt quá giới hạn số của Excel (khoảng 1,8 × 10^308; Excel hiện #NUM!): các số nhập vào quá lớn, hãy kiểm tra lại.`,
      messageEn: `The total in ${ref} (${en}) exceeds Excel's number range (about 1.8 × 10^308; Excel shows #NUM!): the figures typed are too large.`,
    });
    expect(result.findings).toEqual([
      overflow(
        "TK05TH.P1.thu_ly.tong",
        "'05-TH Trang 1'!C11",
        "trang 1, 1 «Tổng số thụ lý», cột «Tổng số»",
        "page 1, 1 “Total accepted”, column “Total”"
      ),
      overflow(
        "TK05TH.P1.thu_ly.ds",
        "'05-TH Trang 1'!E11",
        "trang 1, 1 «Tổng số thụ lý», cột «Dân sự»",
        "page 1, 1 “Total accepted”, column “Civil”"
      ),
    ]);
  });

  it("a comparison whose own sum overflows, no total having done so: one error for it", () => {
    const { plan, inputs } = five();
    const base = snapshotOf(plan, inputs);
    const result = checkWorkbook(
      edited(base, {
        "TK05TH.P1.co_dieu_kien.kt": { value: 1e308 },
        "TK05TH.P1.chua_co_dieu_kien.kt": { value: 1e308 },
      })
    );
    expect(result.findings).toEqual([
      {
        rule: "cell.overflow",
        severity: "error",
        form: "TK05TH",
        page: "P1",
        names: [
          "TK05TH.P1.phai_thi_hanh.kt",
          "TK05TH.P1.co_dieu_kien.kt",
          "TK05TH.P1.chua_co_dieu_kien.kt",
        ],
        cells: ["'05-TH Trang 1'!G15", "'05-TH Trang 1'!G16", "'05-TH Trang 1'!G24"],
        left: null,
        right: null,
        difference: null,
        message:
          "Tổng ở ô '05-TH Trang 1'!G15 (trang 1, 3 «Tổng số phải thi hành», cột «Kinh tế») vượt quá giới hạn số của Excel (khoảng 1,8 × 10^308; Excel hiện #NUM!): các số nhập vào quá lớn, hãy kiểm tra lại.",
        messageEn:
          "The total in '05-TH Trang 1'!G15 (page 1, 3 “Total to enforce”, column “Economic”) exceeds Excel's number range (about 1.8 × 10^308; Excel shows #NUM!): the figures typed are too large.",
      },
    ]);
  });
});

describe("what the checks read from a snapshot", () => {
  it("the recorded standard: the current one, an older one, one it does not know", () => {
    const { plan, inputs } = five();
    const base = snapshotOf(plan, inputs);
    expect(checkWorkbook(base).standard).toEqual({ version: "2009.2", number: 2, current: true });
    expect(
      checkWorkbook({ ...base, standard: { id: "THADS-TK-05-06", version: "2009.2" } }).standard
    ).toEqual({ version: "2009.2", number: 2, current: true });
    expect(
      checkWorkbook({ ...base, standard: { id: "THADS-TK-05-06", version: "2031.7" } }).standard
    ).toEqual({ version: "2009.2", number: 2, current: true, unknownRecorded: "2031.7" });
  });

  it("forms found by their names, in the standard's order, other names ignored", () => {
    const cell = { address: { sheet: "S", row: 1, col: 1 }, value: 1 };
    const result = checkWorkbook({
      cells: { foo: cell, "TK06TD.P1.thu_ly.tien": cell, "TK05CD.P1.x": cell, "TK05CD.P2.y": cell },
    });
    expect(result.forms).toEqual(["TK05CD", "TK06TD"]);
  });

  it("a file never calculated: the checks use what the template's formulas give", () => {
    const { plan, inputs } = five();
    const name = "TK05TH.P2.hoan_cq_a.ds";
    const changed = { ...inputs, [name]: inputs[name]! + 3 };
    const calculated = checkWorkbook(snapshotOf(plan, changed));
    const uncalculated = checkWorkbook(snapshotOf(plan, changed, { calculated: false }));
    expect(uncalculated.findings.map((f) => [f.rule, f.names, f.left, f.right])).toEqual([
      ["05.P2.hoan", ["TK05TH.P2.hoan.tong", "TK05TH.P1.hoan.tong"], 1894, 1891],
      ["05.P2.hoan", ["TK05TH.P2.hoan.ds", "TK05TH.P1.hoan.ds"], 362, 359],
    ]);
    expect(calculated.findings.map((f) => f.message)).toEqual(
      uncalculated.findings.map((f) => f.message)
    );
  });
});
