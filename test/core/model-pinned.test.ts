// The model, the formulas, the rules' expansion and the reference evaluation, pinned to literal values read
// off the forms: cell kinds and counts, operations in names, formula text, comparisons, computed figures.
import {
  asNumber,
  breaks,
  buildModel,
  comparisonsOf,
  dataPointName,
  describeValue,
  evaluate,
  expandRules,
  familiesWithAllVariants,
  formsOf,
  isBlank,
  normalizeFormula,
  numberFormat,
  parseDataPointName,
  partnerName,
  renderExpr,
  renderFormula,
  sameFormula,
  type CellAddress,
  type Comparison,
} from "../../src/core";
import { VERSIONS } from "../../src/forms";

const linked06 = () =>
  buildModel(["TK06CD", "TK06TD", "TK06TH", "TK05CD", "XX", "TK07CD"], {
    linkedFamilies: ["06"],
  });
const cell = (name: string) => {
  const def = linked06().cells.get(name)!;
  return { kind: def.kind, inputPosition: def.inputPosition, linked: def.linked, expr: def.expr };
};

describe("data point names", () => {
  it("are written and read back as <FORM>.<PAGE>.<row>.<col>", () => {
    expect(dataPointName("TK05CD", "P2", "hoan", "ds")).toBe("TK05CD.P2.hoan.ds");
    expect(parseDataPointName("TK05CD.P2.hoan_cq_a.ds")).toEqual({
      formId: "TK05CD",
      page: "P2",
      row: "hoan_cq_a",
      column: "ds",
    });
    expect(parseDataPointName("TK06TH.P12.x1.tai_san")).toEqual({
      formId: "TK06TH",
      page: "P12",
      row: "x1",
      column: "tai_san",
    });
  });

  it.each([
    "TK05CD.P0.hoan.ds",
    "TK05CD.P1.Hoan.ds",
    "TK05CD.P1.hoan.DS",
    "TK05CD.P1.hoan",
    "TK05CD.P1.hoan.ds.x",
    "xTK05CD.P1.hoan.ds",
    "TK05CD.P1.hoan.ds ",
    "TK05CD.P1.ho-an.ds",
    "TK05XX.P1.hoan.ds",
    "TK.P1.hoan.ds",
    "TK05CD.Px.hoan.ds",
  ])("%p is not a data point name", (name) => {
    expect(parseDataPointName(name)).toBeUndefined();
  });

  it("names a TH cell's partners in CD and TD", () => {
    const def = linked06().cells.get("TK06TH.P2.hoan.tien")!;
    expect(partnerName(def, "CD")).toBe("TK06CD.P2.hoan.tien");
    expect(partnerName(def, "TD")).toBe("TK06TD.P2.hoan.tien");
  });
});

describe("the model", () => {
  it("holds the known forms given, in order, and ignores unknown ids", () => {
    expect(linked06().forms.map((f) => [f.form.id, f.linked, f.cells.length])).toEqual([
      ["TK06CD", false, 102],
      ["TK06TD", false, 102],
      ["TK06TH", true, 102],
      ["TK05CD", false, 531],
    ]);
    expect(linked06().allVariants).toEqual(["06"]);
    expect(linked06().cells.size).toBe(837);
  });

  it("counts each form's inputs, formulas and cells that must stay empty", () => {
    const counts: Record<string, number> = {};
    for (const def of linked06().cells.values()) {
      const key = `${def.form.id} ${def.kind}${def.inputPosition ? " input-position" : ""}${def.linked ? " linked" : ""}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({
      "TK06CD formula": 54,
      "TK06CD input input-position": 46,
      "TK06CD empty": 2,
      "TK06TD formula": 54,
      "TK06TD input input-position": 46,
      "TK06TD empty": 2,
      "TK06TH formula": 54,
      "TK06TH formula input-position linked": 46,
      "TK06TH empty": 2,
      "TK05CD formula": 211,
      "TK05CD input input-position": 320,
    });
  });

  it("states each computed cell's operation in names; a sum leaves out cells that must stay empty", () => {
    expect(cell("TK06CD.P1.mien_giam.tong")).toEqual({
      kind: "formula",
      inputPosition: false,
      linked: undefined,
      expr: { op: "sum", terms: ["TK06CD.P1.mien_giam.tien"] },
    });
    expect(cell("TK06CD.P2.ly_do_khac.tien").expr).toEqual({
      op: "sum",
      terms: ["TK06CD.P2.an_chua_ro.tien", "TK06CD.P2.chua_thong_nhat.tien"],
    });
    expect(cell("TK06CD.P1.mien_giam.tai_san")).toEqual({
      kind: "empty",
      inputPosition: false,
      linked: undefined,
      expr: undefined,
    });
    expect(cell("TK06CD.P1.mien_giam.tien")).toEqual({
      kind: "input",
      inputPosition: true,
      linked: undefined,
      expr: undefined,
    });
    expect(cell("TK06CD.P1.phai_thi_hanh.tien").expr).toEqual({
      op: "difference",
      minuend: "TK06CD.P1.thu_ly.tien",
      subtrahend: "TK06CD.P1.uy_thac.tien",
    });
    expect(cell("TK06CD.P1.ty_le_xong.tong").expr).toEqual({
      op: "ratio",
      numerator: "TK06CD.P1.thi_hanh_xong.tong",
      denominator: "TK06CD.P1.co_dieu_kien.tong",
    });
    expect(cell("TK06CD.P1.thu_ly.tien").expr).toEqual({
      op: "sum",
      terms: ["TK06CD.P1.nam_truoc.tien", "TK06CD.P1.thu_ly_moi.tien"],
    });
    expect(cell("TK06TH.P1.thu_ly_moi.tien")).toEqual({
      kind: "formula",
      inputPosition: true,
      linked: true,
      expr: { op: "sum", terms: ["TK06CD.P1.thu_ly_moi.tien", "TK06TD.P1.thu_ly_moi.tien"] },
    });
    expect(cell("TK06TH.P1.thu_ly_moi.tong").expr).toEqual({
      op: "sum",
      terms: ["TK06TH.P1.thu_ly_moi.tien", "TK06TH.P1.thu_ly_moi.tai_san"],
    });
    expect(cell("TK06TH.P2.ts_chua_xu_ly.tien").kind).toBe("empty");
    expect(cell("TK05CD.P3.dinh_chi.so_luong").expr).toEqual({
      op: "sum",
      terms: [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `TK05CD.P3.dinh_chi_k${k}.so_luong`),
    });
  });

  it("links a TH only when asked and when CD, TD and TH are all there", () => {
    expect(buildModel(["TK06CD", "TK06TD", "TK06TH"]).forms.map((f) => f.linked)).toEqual([
      false,
      false,
      false,
    ]);
    const partial = buildModel(["TK06CD", "TK06TH"], { linkedFamilies: ["06"] });
    expect(partial.forms.map((f) => f.linked)).toEqual([false, false]);
    expect(partial.allVariants).toEqual([]);
    expect(partial.cells.get("TK06TH.P1.nam_truoc.tien")!.kind).toBe("input");
  });

  it("lays out an older version's forms as they were", () => {
    const v1 = buildModel(["TK05CD"], { version: VERSIONS[0] });
    expect(v1.cells.size).toBe(522);
    expect(v1.cells.get("TK05CD.P3.xong_hoan_toan.ds")!.expr).toEqual({
      op: "sum",
      terms: [
        "TK05CD.P3.xong_tu_nguyen.ds",
        "TK05CD.P3.xong_cuong_che.ds",
        "TK05CD.P3.xong_mien.ds",
      ],
    });
    expect(buildModel(["TK05CD"]).cells.size).toBe(531);
  });

  it("finds the families with all three variants, and lists forms of families and variants", () => {
    expect(
      familiesWithAllVariants(["TK05CD", "TK05TH", "TK06CD", "TK06TD", "TK06TH", "TK05TD"])
    ).toEqual(["05", "06"]);
    expect(familiesWithAllVariants(["TK05CD", "TK05TH", "TK06TD"])).toEqual([]);
    expect(formsOf(["06", "05"], ["TH", "CD", "XX"]).map((f) => f.id)).toEqual([
      "TK06CD",
      "TK06TH",
      "TK05CD",
      "TK05TH",
    ]);
  });
});

describe("the reference evaluation", () => {
  const evaluated = () =>
    evaluate(buildModel(["TK06CD"]), {
      "TK06CD.P1.nam_truoc.tien": 10.5,
      "TK06CD.P1.thu_ly_moi.tien": 4,
      "TK06CD.P1.nam_truoc.tai_san": Infinity,
      "TK06CD.P1.uy_thac.tien": 2,
      "TK06CD.P1.mien_giam.tai_san": 99,
      "TK06CD.P1.thi_hanh_xong.tien": 3,
      "TK06CD.P1.chua_thi_hanh.tien": "x" as unknown as number,
    });

  it("sums, subtracts and takes ratios; counts blanks, text, infinities and must-be-empty cells as 0", () => {
    const values = evaluated();
    expect(
      Object.fromEntries(
        [
          "thu_ly.tien",
          "thu_ly.tai_san",
          "thu_ly.tong",
          "phai_thi_hanh.tien",
          "co_dieu_kien.tien",
          "ty_le_co_dieu_kien.tien",
          "ty_le_xong.tien",
          "ty_le_xong.tai_san",
          "mien_giam.tai_san",
          "mien_giam.tong",
          "chua_thi_hanh.tien",
        ].map((n) => [n, values.get(`TK06CD.P1.${n}`)])
      )
    ).toEqual({
      "thu_ly.tien": 14.5,
      "thu_ly.tai_san": 0,
      "thu_ly.tong": 14.5,
      "phai_thi_hanh.tien": 12.5,
      "co_dieu_kien.tien": 3,
      "ty_le_co_dieu_kien.tien": 24,
      "ty_le_xong.tien": 100,
      "ty_le_xong.tai_san": null,
      "mien_giam.tai_san": 0,
      "mien_giam.tong": 0,
      "chua_thi_hanh.tien": 0,
    });
    expect(values.size).toBe(102);
  });

  it("refuses a circular definition", () => {
    const circular = buildModel(["TK06CD"]);
    const def = circular.cells.get("TK06CD.P1.nam_truoc.tien")!;
    def.expr = { op: "sum", terms: ["TK06CD.P1.thu_ly.tien"] };
    expect(() => evaluate(circular, {})).toThrow("circular definition at TK06CD.P1.nam_truoc.tien");
  });

  it("a blank ratio divides as 0: a ratio over it is blank too", () => {
    const m = buildModel(["TK06CD"]);
    m.cells.get("TK06CD.P1.ty_le_xong.tien")!.expr = {
      op: "ratio",
      numerator: "TK06CD.P1.nam_truoc.tien",
      denominator: "TK06CD.P1.ty_le_co_dieu_kien.tien",
    };
    const v = evaluate(m, { "TK06CD.P1.nam_truoc.tien": 4, "TK06CD.P1.uy_thac.tien": 4 });
    expect(v.get("TK06CD.P1.phai_thi_hanh.tien")).toBe(0);
    expect(v.get("TK06CD.P1.ty_le_co_dieu_kien.tien")).toBeNull();
    expect(v.get("TK06CD.P1.ty_le_xong.tien")).toBeNull();
  });
});

describe("formula text", () => {
  const at = (sheet: string, row: number, col: number): CellAddress => ({ sheet, row, col });
  const positions: Record<string, CellAddress> = {
    a: at("S", 12, 4),
    b: at("S", 13, 4),
    c: at("S", 14, 4),
    d: at("S", 14, 5),
    e: at("S", 14, 6),
    f: at("T x", 1, 1),
    g: at("T x", 2, 1),
    h: at("S", 20, 4),
    i: at("S", 20, 6),
    j: at("S", 21, 7),
    k: at("U", 13, 4),
    l: at("U", 12, 5),
  };
  const resolve = (name: string) => positions[name];
  const from = at("S", 30, 30);
  const sum = (...terms: string[]) => renderExpr({ op: "sum", terms }, from, resolve);

  it.each([
    [[], "=0"],
    [["a"], "=SUM(D12)"],
    [["a", "b", "c"], "=SUM(D12:D14)"],
    [["a", "b", "c", "d", "e"], "=SUM(D12:D14,E14:F14)"],
    [["c", "d", "e", "a"], "=SUM(D14:F14,D12)"],
    [["f", "g", "a"], "=SUM('T x'!A1:A2,D12)"],
    [["a", "f"], "=SUM(D12,'T x'!A1)"],
    [["a", "k"], "=SUM(D12,'U'!D13)"],
    [["k", "l"], "=SUM('U'!D13,'U'!E12)"],
    [["h", "i"], "=SUM(D20,F20)"],
    [["i", "j"], "=SUM(F20,G21)"],
    [["e", "d"], "=SUM(F14,E14)"],
    [["b", "a"], "=SUM(D13,D12)"],
  ])("sum of %p is %s", (terms, formula) => {
    expect(sum(...terms)).toBe(formula);
  });

  it("writes differences and ratios, and nothing when a cell has no place", () => {
    expect(sum("a", "zz")).toBeUndefined();
    expect(renderExpr({ op: "difference", minuend: "a", subtrahend: "f" }, from, resolve)).toBe(
      "=D12-'T x'!A1"
    );
    expect(renderExpr({ op: "ratio", numerator: "g", denominator: "a" }, from, resolve)).toBe(
      `=IF(D12=0,"",'T x'!A2/D12*100)`
    );
    expect(renderExpr({ op: "ratio", numerator: "g", denominator: "zz" }, from, resolve)).toBe(
      undefined
    );
    expect(renderExpr({ op: "difference", minuend: "zz", subtrahend: "a" }, from, resolve)).toBe(
      undefined
    );
  });

  it("renders a cell's formula at its own place, or nothing without one", () => {
    const model = buildModel(["TK06CD"]);
    const def = model.cells.get("TK06CD.P1.phai_thi_hanh.tien")!;
    const places: Record<string, CellAddress> = {
      "TK06CD.P1.phai_thi_hanh.tien": at("P1", 15, 4),
      "TK06CD.P1.thu_ly.tien": at("P1", 11, 4),
      "TK06CD.P1.uy_thac.tien": at("P1", 14, 4),
    };
    expect(renderFormula(def, (n) => places[n])).toBe("=D11-D14");
    expect(renderFormula(def, (n) => (n === def.name ? undefined : places[n]))).toBeUndefined();
    expect(renderFormula(model.cells.get("TK06CD.P1.nam_truoc.tien")!, (n) => places[n])).toBe(
      undefined
    );
  });

  it.each([
    ["= sum( 'A''b'!$D$1 , d2 )", "SUM(A'B!D1,D2)"],
    ["_xlfn.ISFORMULA(A1)", "ISFORMULA(A1)"],
    ["=_xlfn.isformula(a1)", "ISFORMULA(A1)"],
    ["='05-CD Trang 1'!D12", "05-CDTRANG1!D12"],
    ["SUM(D12:D14)", "SUM(D12:D14)"],
    ["=IF(x=0,1)", "IF(X=0,1)"],
    ["  =A1  ", "A1"],
  ])("%p normalizes to %p", (formula, normalized) => {
    expect(normalizeFormula(formula)).toBe(normalized);
    expect(normalizeFormula(formula)).toBe(normalized);
  });

  it("two formulas are the same when their normal forms agree", () => {
    expect(sameFormula("=SUM(D1)", "sum( $d$1 )")).toBe(true);
    expect(sameFormula("x", "x")).toBe(true);
    expect(sameFormula("=SUM(D1)", "=SUM(D2)")).toBe(false);
  });
});

describe("the rules' expansion", () => {
  const model06 = () => buildModel(["TK06CD", "TK06TD", "TK06TH"]);
  const line = (c: Comparison) =>
    `${c.form.form.id} ${c.rule} ${c.kind} ${c.severity} ${c.page} ${c.tolerance} ${c.marks} ` +
    c.readings.map((r) => `${r.left}=${r.right.join("+") || "0"}`).join(" | ");

  it("expands every form rule column by column, then TH = CD + TD at every input position", () => {
    const comparisons = expandRules(model06());
    expect(comparisons.length).toBe(84);
    expect(comparisons.slice(0, 14).map(line)).toEqual([
      "TK06CD 06.P1.can_doi equal error P1 0.0005 sides TK06CD.P1.phai_thi_hanh.tong=TK06CD.P1.co_dieu_kien.tong+TK06CD.P1.chua_co_dieu_kien.tong",
      "TK06CD 06.P1.can_doi equal error P1 0.0005 sides TK06CD.P1.phai_thi_hanh.tien=TK06CD.P1.co_dieu_kien.tien+TK06CD.P1.chua_co_dieu_kien.tien",
      "TK06CD 06.P1.can_doi equal error P1 0.0005 sides TK06CD.P1.phai_thi_hanh.tai_san=TK06CD.P1.co_dieu_kien.tai_san+TK06CD.P1.chua_co_dieu_kien.tai_san",
      "TK06CD 06.P1.tra_don_chu_dong zero warning P1 0 sides TK06CD.P1.tra_don.tien=0",
      "TK06CD 06.P1.tra_don_chu_dong zero warning P1 0 sides TK06CD.P1.tra_don.tai_san=0",
      "TK06CD 06.P2.ly_do_khac equal error P1 0.0005 sides TK06CD.P1.ly_do_khac.tong=TK06CD.P2.ly_do_khac.tong | TK06CD.P1.ly_do_khac.tong=TK06CD.P2.ly_do_khac.tong+TK06CD.P2.tam_ngung.tong",
      "TK06CD 06.P2.ly_do_khac equal error P1 0.0005 sides TK06CD.P1.ly_do_khac.tien=TK06CD.P2.ly_do_khac.tien | TK06CD.P1.ly_do_khac.tien=TK06CD.P2.ly_do_khac.tien+TK06CD.P2.tam_ngung.tien",
      "TK06CD 06.P2.ly_do_khac equal error P1 0.0005 sides TK06CD.P1.ly_do_khac.tai_san=TK06CD.P2.ly_do_khac.tai_san | TK06CD.P1.ly_do_khac.tai_san=TK06CD.P2.ly_do_khac.tai_san+TK06CD.P2.tam_ngung.tai_san",
      "TK06CD 06.P2.hoan equal error P2 0.0005 sides TK06CD.P2.hoan.tong=TK06CD.P1.hoan.tong",
      "TK06CD 06.P2.hoan equal error P2 0.0005 sides TK06CD.P2.hoan.tien=TK06CD.P1.hoan.tien",
      "TK06CD 06.P2.hoan equal error P2 0.0005 sides TK06CD.P2.hoan.tai_san=TK06CD.P1.hoan.tai_san",
      "TK06CD 06.P2.tam_dinh_chi equal error P2 0.0005 sides TK06CD.P2.tam_dinh_chi.tong=TK06CD.P1.tam_dinh_chi.tong",
      "TK06CD 06.P2.tam_dinh_chi equal error P2 0.0005 sides TK06CD.P2.tam_dinh_chi.tien=TK06CD.P1.tam_dinh_chi.tien",
      "TK06CD 06.P2.tam_dinh_chi equal error P2 0.0005 sides TK06CD.P2.tam_dinh_chi.tai_san=TK06CD.P1.tam_dinh_chi.tai_san",
    ]);
    const th = comparisons.filter((c) => c.rule === "TH.sum");
    expect(th.length).toBe(46);
    expect(line(th[0])).toBe(
      "TK06TH TH.sum consolidation error P1 0.0005 left TK06TH.P1.nam_truoc.tien=TK06CD.P1.nam_truoc.tien+TK06TD.P1.nam_truoc.tien"
    );
    expect(
      comparisons.filter((c) => c.rule === "06.P1.tra_don_chu_dong").map((c) => c.form.form.id)
    ).toEqual(["TK06CD", "TK06CD"]);
  });

  it("expands 05's rules over the columns both sides share, a fixed column where the rule names one", () => {
    const cd05 = expandRules(buildModel(["TK05CD"]));
    expect(cd05.filter((c) => c.rule === "05.P3.dinh_chi").map(line)).toEqual([
      "TK05CD 05.P3.dinh_chi equal error P3 0 sides TK05CD.P3.dinh_chi.so_luong=TK05CD.P1.dinh_chi.tong",
    ]);
    expect(
      cd05.filter((c) => c.rule === "05.P1.tra_don_chu_dong").map((c) => c.readings[0].left)
    ).toEqual(
      ["dshs", "ds", "hngd", "kt", "ld", "hc", "ps", "khac"].map(
        (col) => `TK05CD.P1.tra_don.${col}`
      )
    );
    expect(cd05.some((c) => c.rule === "TH.sum")).toBe(false);
  });

  it("expands a model once", () => {
    const model = model06();
    expect(comparisonsOf(model)).toBe(comparisonsOf(model));
    expect(comparisonsOf(model).length).toBe(84);
  });

  it("a difference breaks a comparison at its tolerance, any difference at all an exact one", () => {
    expect(breaks(0.0005, 0.0005)).toBe(true);
    expect(breaks(-0.0005, 0.0005)).toBe(true);
    expect(breaks(0.0004999, 0.0005)).toBe(false);
    expect(breaks(1e-9, 0)).toBe(true);
    expect(breaks(-1e-9, 0)).toBe(true);
    expect(breaks(1e-10, 0)).toBe(false);
    expect(breaks(0, 0)).toBe(false);
  });
});

describe("cell values and number formats", () => {
  it("blank, number or neither, and how a value is shown", () => {
    expect([null, undefined, "", 0, " ", false].map(isBlank)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([null, "", 2.5, -1, Infinity, NaN, "3", true, { error: "#N/A" }].map(asNumber)).toEqual([
      0,
      0,
      2.5,
      -1,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      [
        null,
        undefined,
        { error: "#DIV/0!" },
        { date: "2027-01-01" },
        true,
        false,
        12.5,
        "abc",
        "",
      ].map(describeValue)
    ).toEqual(["(trống)", "(trống)", "#DIV/0!", "2027-01-01", "TRUE", "FALSE", "12.5", "abc", ""]);
  });

  it("each role's number format, from its form's data", () => {
    expect(
      (["ratio", "input", "formula", "empty", "rowLabel", "field"] as const).map((role) => [
        numberFormat("05", role),
        numberFormat("06", role),
      ])
    ).toEqual([
      ["0.00", "0.00"],
      ["#,##0", "#,##0.000"],
      ["#,##0", "#,##0.000"],
      ["#,##0", "#,##0.000"],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(numberFormat("99", "input")).toBeUndefined();
  });
});
