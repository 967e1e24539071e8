// Literal expected values, written by hand, never computed by the code under test: numbers in Vietnamese
// notation, whole messages in both languages, and every kind of conditional-format mark as a real engine
// (HyperFormula) evaluates it on a filled template, with each fault planted, and on a clean one.
import { checkWorkbook, formatNumber, qualified, type WorkbookPlan } from "../../src/core";
import { MarkEngine } from "../helpers/marks";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

describe("numbers in the officer's notation", () => {
  it.each([
    [1234567.891, "1.234.567,891", "1,234,567.891"],
    [2.5, "2,5", "2.5"],
    [-1000, "-1.000", "-1,000"],
    [999, "999", "999"],
    [0.00049, "0,0005", "0.0005"],
    [-0.00001, "0", "0"],
    [12345.6789, "12.345,6789", "12,345.6789"],
  ])("%p is %s in Vietnamese and %s in English", (value, vi, en) => {
    expect(formatNumber(value)).toBe(vi);
    expect(formatNumber(value, "vi")).toBe(vi);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it("says blank for a missing value", () => {
    expect(formatNumber(null)).toBe("(trống)");
    expect(formatNumber(undefined, "en")).toBe("(blank)");
  });
});

describe("whole messages, in both languages", () => {
  const plan = planFor(["05"], ["CD", "TD", "TH"]);
  const clean = consistentInputs(plan, seeded(3));

  it("a page 1 balance broken in one column, with figures in each language's notation", () => {
    const cd = planFor(["05"], ["CD"]);
    const snapshot = snapshotOf(cd, {
      "TK05CD.P1.nam_truoc.ds": 1500,
      "TK05CD.P1.do_dang.ds": 1234,
    });
    const found = checkWorkbook(snapshot).findings.filter((f) => f.rule === "05.P1.can_doi");
    expect(found.map((f) => f.names[0])).toEqual([
      "TK05CD.P1.phai_thi_hanh.tong",
      "TK05CD.P1.phai_thi_hanh.ds",
    ]);
    const { code, params, ...shown } = found[1];
    expect([code, params?.leftValue, params?.rightValue]).toEqual(["compare.equal", 1500, 1234]);
    expect(shown).toEqual({
      rule: "05.P1.can_doi",
      severity: "error",
      form: "TK05CD",
      page: "P1",
      names: [
        "TK05CD.P1.phai_thi_hanh.ds",
        "TK05CD.P1.co_dieu_kien.ds",
        "TK05CD.P1.chua_co_dieu_kien.ds",
      ],
      cells: ["'05-CD Trang 1'!E15", "'05-CD Trang 1'!E16", "'05-CD Trang 1'!E24"],
      left: 1500,
      right: 1234,
      difference: 266,
      message:
        "Tổng số phải thi hành phải bằng số có điều kiện cộng số chưa có điều kiện thi hành (biểu 05 chủ động, cột «Dân sự»): trang 1 «Tổng số phải thi hành» = 1.500, trang 1 «Số có điều kiện thi hành» + trang 1 «Số chưa có điều kiện thi hành» = 1.234, chênh lệch 266.",
      messageEn:
        "Total to enforce must equal enforceable plus not yet enforceable (form 05 on own initiative, column “Civil”): page 1 “Total to enforce” = 1,500, page 1 “Enforceable” + page 1 “Not yet enforceable” = 1,234, difference 266.",
    });
  });

  it("TH.sum on a hand-typed consolidated form", () => {
    const snapshot = snapshotOf(plan, clean);
    const th = "TK05TH.P2.hoan_toa_an_khong_vb.hc";
    snapshot.cells[th] = { address: snapshot.cells[th].address, value: 1000.5 };
    const found = checkWorkbook(snapshot).findings.filter((f) => f.rule === "TH.sum");
    expect(found.map((f) => [f.message, f.messageEn])).toEqual([
      [
        "Biểu 05 tổng hợp phải bằng chủ động cộng theo đơn: trang 2 «Yêu cầu hoãn, sau đó không có kháng nghị và không có văn bản thông báo cho cơ quan Thi hành án», cột «Hành chính»: tổng hợp = 1.000,5, chủ động + theo đơn = 28 + 15 = 43, chênh lệch 957,5.",
        "Form 05 consolidated must equal on-initiative plus on-request: page 2 “Postponement requested, no protest, the enforcement office not notified in writing”, column “Administrative”: consolidated = 1,000.5, sum = 28 + 15 = 43, difference 957.5.",
      ],
    ]);
  });

  it("a negative input", () => {
    const snapshot = snapshotOf(plan, { ...clean, "TK05TD.P2.hoan_toa_an_khong_vb.hc": -1234 });
    const found = checkWorkbook(snapshot)
      .findings.filter((f) => f.rule === "cell.negative")
      .map((f) => {
        const shown: Partial<typeof f> = { ...f };
        delete shown.code;
        delete shown.params;
        return shown;
      });
    expect(found).toEqual([
      {
        rule: "cell.negative",
        severity: "error",
        form: "TK05TD",
        page: "P2",
        names: ["TK05TD.P2.hoan_toa_an_khong_vb.hc"],
        cells: ["'05-TD Trang 2'!I32"],
        left: -1234,
        right: 0,
        difference: -1234,
        message:
          "Ô '05-TD Trang 2'!I32 (trang 2, B2.3 «Yêu cầu hoãn, sau đó không có kháng nghị và không có văn bản thông báo cho cơ quan Thi hành án», cột «Hành chính») chứa số âm -1.234; số liệu thống kê không được âm.",
        messageEn:
          "Cell '05-TD Trang 2'!I32 (page 2, B2.3 “Postponement requested, no protest, the enforcement office not notified in writing”, column “Administrative”) holds the negative number -1,234; figures cannot be negative.",
      },
    ]);
  });
});

describe("conditional-format marks, as HyperFormula evaluates them", () => {
  const engines = new Map<string, { plan: WorkbookPlan; engine: MarkEngine }>();
  const of = (key: "05" | "06") => {
    if (!engines.has(key)) {
      const plan = planFor([key], ["CD", "TD", "TH"]);
      engines.set(key, { plan, engine: new MarkEngine(plan) });
    }
    return engines.get(key)!;
  };
  afterAll(() => engines.forEach((e) => e.engine.destroy()));
  const marks = (key: "05" | "06", changes: Record<string, number | string | null>) => {
    const { plan, engine } = of(key);
    const inputs = consistentInputs(plan, seeded(11));
    const at = (name: string) => qualified(plan.resolve(name)!);
    return { marked: engine.marked(inputs, changes), at };
  };

  it.each(["05", "06"] as const)("marks nothing on a clean form %s", (key) => {
    expect([...marks(key, {}).marked]).toEqual([]);
  });

  it("marks a fraction in form 05 (cases are whole numbers), not in form 06", () => {
    const five = marks("05", { "TK05CD.P2.hoan_toa_an_khong_vb.hc": 2.5 });
    expect(five.marked.get(five.at("TK05CD.P2.hoan_toa_an_khong_vb.hc"))).toEqual(["cell.input"]);
    const six = marks("06", { "TK06CD.P2.hoan_toa_an.tien": 2.5 });
    expect(six.marked.get(six.at("TK06CD.P2.hoan_toa_an.tien"))).toBeUndefined();
  });

  it.each([
    ["a negative number", -3],
    ["text", "mười"],
    ["a formula", "=1+2"],
  ])("marks %s typed in an input cell", (_what, value) => {
    const { marked, at } = marks("06", { "TK06TD.P1.nam_truoc.tai_san": value });
    expect(marked.get(at("TK06TD.P1.nam_truoc.tai_san"))).toEqual(["cell.input"]);
  });

  it("marks a value typed in a cell that must stay empty", () => {
    const { plan } = of("06");
    const empty = [...plan.model.cells.values()].find((d) => d.kind === "empty")!.name;
    const { marked, at } = marks("06", { [empty]: 3 });
    expect(marked.get(at(empty))).toEqual(["cell.must_be_empty"]);
  });

  it("marks a total typed over, and the consolidated cell that no longer equals CD + TD", () => {
    const { marked, at } = marks("05", {
      "TK05CD.P1.phai_thi_hanh.tong": 7,
      "TK05TH.P2.hoan_toa_an_khong_vb.hc": 9999,
    });
    expect(marked.get(at("TK05CD.P1.phai_thi_hanh.tong"))).toEqual([
      "05.P1.can_doi",
      "cell.formula_changed",
    ]);
    expect(marked.get(at("TK05TH.P2.hoan_toa_an_khong_vb.hc"))).toEqual([
      "TH.sum",
      "cell.formula_changed",
    ]);
  });

  // Each reconciliation of the standard, tripped through one breakdown input of one column: the rule's mark
  // lands on both sides of that column (and of the Tổng số column it feeds), nowhere else, and no other mark fires.
  it.each([
    [
      "05.P2.tam_dinh_chi",
      "TK05CD.P2.tdc_vks_rut.ld",
      "TK05CD.P2.tam_dinh_chi",
      "TK05CD.P1.tam_dinh_chi",
      ["ld", "tong"],
    ],
    ["05.P2.hoan", "TK05TD.P2.hoan_cq_a.kt", "TK05TD.P2.hoan", "TK05TD.P1.hoan", ["kt", "tong"]],
    [
      "05.P2.ly_do_khac",
      "TK05CD.P2.tam_ngung.khac",
      "TK05CD.P2.ly_do_khac",
      "TK05CD.P1.ly_do_khac",
      ["khac", "tong"],
    ],
    [
      "05.P3.xong_hoan_toan",
      "TK05TD.P3.xong_cuong_che.ps",
      "TK05TD.P3.xong_hoan_toan",
      "TK05TD.P1.xong_hoan_toan",
      ["ps", "tong"],
    ],
    [
      "06.P2.hoan",
      "TK06CD.P2.hoan_vks.tai_san",
      "TK06CD.P2.hoan",
      "TK06CD.P1.hoan",
      ["tai_san", "tong"],
    ],
    [
      "06.P2.tam_dinh_chi",
      "TK06TD.P2.tdc_cq.tien",
      "TK06TD.P2.tam_dinh_chi",
      "TK06TD.P1.tam_dinh_chi",
      ["tien", "tong"],
    ],
  ] as const)("marks %s where %s is one too many", (rule, input, left, right, columns) => {
    const key = rule.slice(0, 2) as "05" | "06";
    const { plan } = of(key);
    const base = consistentInputs(plan, seeded(11))[input] ?? 0;
    const { marked, at } = marks(key, { [input]: base + 1 });
    // The tổng hợp is CD + TD by formula: it is off by the same one, and marked the same way.
    const expected = [left, right]
      .flatMap((row) => [row, row.replace(/^TK(\d\d)(CD|TD)/, "TK$1TH")])
      .flatMap((row) => columns.map((c) => at(`${row}.${c}`)))
      .sort();
    expect([...marked.keys()].sort()).toEqual(expected);
    for (const cell of expected) expect(marked.get(cell)).toEqual([rule]);
  });

  it("holds form 06 reconciliations to the nearest đồng: 0.0004 nghìn đồng unmarked, 0.0006 marked", () => {
    const name = "TK06CD.P2.hoan_toa_an.tien";
    const { plan } = of("06");
    const base = consistentInputs(plan, seeded(11))[name] ?? 0;
    const small = marks("06", { [name]: base + 0.0004 });
    expect([...small.marked]).toEqual([]);
    const large = marks("06", { [name]: base + 0.0006 });
    expect(large.marked.get(large.at("TK06CD.P2.hoan.tien"))).toEqual(["06.P2.hoan"]);
    expect(large.marked.get(large.at("TK06CD.P1.hoan.tien"))).toEqual(["06.P2.hoan"]);
  });
});
