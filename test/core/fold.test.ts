// Folding on hand-made findings (no workbook): which failure explains which, within what tolerance, the largest
// cause named, chains followed to their root, and what a folded finding adds to its cause in both languages.
import {
  buildModel,
  consequenceLabel,
  findingKey,
  foldFindings,
  groupByCause,
  rootCause,
  type Finding,
} from "../../src/core";

const model = buildModel(["TK05CD", "TK05TD", "TK05TH"]);

function f(name: string, difference: number | null, rule = "05.P1.can_doi"): Finding {
  return {
    rule,
    severity: "error",
    form: name.slice(0, 6),
    page: "P1",
    names: name ? [name] : [],
    cells: [],
    left: null,
    right: null,
    difference,
    message: "",
    messageEn: "",
  };
}

const causes = (findings: Finding[]) => foldFindings(findings, model).map((x) => x.causedBy);

describe("the key of a finding", () => {
  it("its rule and first name, or its form and page when it names none", () => {
    expect(findingKey(f("TK05TH.P1.thu_ly.ds", 1))).toBe("05.P1.can_doi@TK05TH.P1.thu_ly.ds");
    expect(findingKey({ ...f("", null, "form.damaged"), form: "TK05CD", page: "P3" })).toBe(
      "form.damaged@TK05CD.P3"
    );
    const pageless: Finding = { ...f("", null, "x"), form: "TK05TD" };
    delete pageless.page;
    expect(findingKey(pageless)).toBe("x@TK05TD.");
  });
});

describe("folding", () => {
  it("a Tổng số failure explained by one column is folded into it", () => {
    expect(causes([f("TK05TH.P1.thu_ly.tong", 5), f("TK05TH.P1.thu_ly.ds", 5)])).toEqual([
      "05.P1.can_doi@TK05TH.P1.thu_ly.ds",
      undefined,
    ]);
  });

  it("several columns: the largest by size names the cause; on a tie the first column", () => {
    expect(
      causes([
        f("TK05TH.P1.thu_ly.ds", -4),
        f("TK05TH.P1.thu_ly.kt", 1),
        f("TK05TH.P1.thu_ly.tong", -3),
      ])
    ).toEqual([undefined, undefined, "05.P1.can_doi@TK05TH.P1.thu_ly.ds"]);
    expect(
      causes([
        f("TK05TH.P1.thu_ly.tong", 5),
        f("TK05TH.P1.thu_ly.hc", 2.5),
        f("TK05TH.P1.thu_ly.ld", 2.5),
      ])
    ).toEqual(["05.P1.can_doi@TK05TH.P1.thu_ly.ld", undefined, undefined]);
    expect(
      causes([
        f("TK05TH.P1.thu_ly.tong", 5),
        f("TK05TH.P1.thu_ly.ld", 2),
        f("TK05TH.P1.thu_ly.hc", 3),
      ])
    ).toEqual(["05.P1.can_doi@TK05TH.P1.thu_ly.hc", undefined, undefined]);
  });

  it("a subtotal row explained by the rows it sums", () => {
    expect(
      causes([
        f("TK05TH.P1.nam_truoc.kt", 2),
        f("TK05TH.P1.thu_ly.kt", 7),
        f("TK05TH.P1.thu_ly_moi.kt", 5),
      ])
    ).toEqual([undefined, "05.P1.can_doi@TK05TH.P1.thu_ly_moi.kt", undefined]);
  });

  it("a linked TH cell explained by CĐ + TĐ, after its columns fail to explain it", () => {
    expect(
      causes([
        f("TK05TH.P1.thu_ly.tong", 5),
        f("TK05TH.P1.thu_ly.ds", 1),
        f("TK05CD.P1.thu_ly.tong", 2),
        f("TK05TD.P1.thu_ly.tong", 3),
      ])
    ).toEqual(["05.P1.can_doi@TK05TD.P1.thu_ly.tong", undefined, undefined, undefined]);
  });

  it("within a relative tolerance of the failure's size (at least 1e-6 absolute)", () => {
    expect(causes([f("TK05TH.P1.thu_ly.tong", 5.0000001), f("TK05TH.P1.thu_ly.ds", 5)])[0]).toBe(
      "05.P1.can_doi@TK05TH.P1.thu_ly.ds"
    );
    expect(causes([f("TK05TH.P1.thu_ly.tong", 5.001), f("TK05TH.P1.thu_ly.ds", 5)])[0]).toBe(
      undefined
    );
    expect(
      causes([f("TK05TH.P1.thu_ly.tong", 0.000003), f("TK05TH.P1.thu_ly.ds", 0.000001)])[0]
    ).toBe(undefined);
    expect(causes([f("TK05TH.P1.thu_ly.tong", 1e7 + 1), f("TK05TH.P1.thu_ly.ds", 1e7)])[0]).toBe(
      "05.P1.can_doi@TK05TH.P1.thu_ly.ds"
    );
    expect(causes([f("TK05TH.P1.thu_ly.tong", 1e7 + 20), f("TK05TH.P1.thu_ly.ds", 1e7)])[0]).toBe(
      undefined
    );
    // An explicit tolerance.
    const loose = foldFindings(
      [f("TK05TH.P1.thu_ly.tong", 5.4), f("TK05TH.P1.thu_ly.ds", 5)],
      model,
      0.1
    );
    expect(loose[0].causedBy).toBe("05.P1.can_doi@TK05TH.P1.thu_ly.ds");
  });

  it("only failures of the same rule, with figures, explain one another", () => {
    expect(
      causes([f("TK05TH.P1.thu_ly.tong", 5), f("TK05TH.P1.thu_ly.ds", 5, "05.P2.hoan")])
    ).toEqual([undefined, undefined]);
    expect(causes([f("TK05TH.P1.thu_ly.tong", 5), f("TK05TH.P1.thu_ly.ds", null)])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("findings without figures, without names, or outside the model are returned untouched", () => {
    const noFigure = f("TK05TH.P1.thu_ly.tong", null);
    const noName = { ...f("TK05TH.P1.thu_ly.tong", 5), names: [] };
    const outside = f("TK05TH.P1.hdr.ky_bao_cao", 5);
    const cause = f("TK05TH.P1.thu_ly.ds", 5);
    const folded = foldFindings([noFigure, noName, outside, cause], model);
    expect(folded[0]).toBe(noFigure);
    expect(folded[1]).toBe(noName);
    expect(folded[2]).toBe(outside);
    expect(folded[3]).toBe(cause);
    // A folded finding is a new object; the one given is left as it was.
    const total = f("TK05TH.P1.thu_ly.tong", 5);
    const [out] = foldFindings([total, cause], model);
    expect(out).not.toBe(total);
    expect(total.causedBy).toBeUndefined();
    expect(out).toEqual({ ...total, causedBy: "05.P1.can_doi@TK05TH.P1.thu_ly.ds" });
  });
});

describe("causes followed to the root", () => {
  const a = { ...f("TK05TH.P1.thu_ly.tong", 5), causedBy: "05.P1.can_doi@TK05TH.P1.thu_ly.ds" };
  const b = { ...f("TK05TH.P1.thu_ly.ds", 5), causedBy: "05.P1.can_doi@TK05TH.P1.thu_ly_moi.ds" };
  const c = f("TK05TH.P1.thu_ly_moi.ds", 5);
  const byKey = (list: Finding[]) => new Map(list.map((x) => [findingKey(x), x]));

  it("follows a chain; stops where a cause is missing; stops on a cycle", () => {
    expect(rootCause(a, byKey([a, b, c]))).toBe(c);
    expect(rootCause(c, byKey([a, b, c]))).toBe(c);
    expect(rootCause(a, byKey([a, b]))).toBe(b);
    const x = { ...f("TK05TH.P1.uy_thac.ds", 1), causedBy: "05.P1.can_doi@TK05TH.P1.uy_thac.kt" };
    const y = { ...f("TK05TH.P1.uy_thac.kt", 1), causedBy: "05.P1.can_doi@TK05TH.P1.uy_thac.ds" };
    // Sixteen steps from x around the cycle end back on x.
    expect(rootCause(x, byKey([x, y]))).toBe(x);
    expect(rootCause(y, byKey([x, y]))).toBe(y);
  });

  it("groups each root with every finding folded into it, directly or not, in list order", () => {
    const lone = f("TK05TH.P1.uy_thac.hc", 2);
    const orphan = { ...f("TK05TH.P1.uy_thac.ld", 2), causedBy: "05.P1.can_doi@nowhere" };
    expect(groupByCause([a, lone, b, c, orphan])).toEqual([
      { finding: lone, folded: [] },
      { finding: c, folded: [a, b] },
      { finding: orphan, folded: [] },
    ]);
    expect(groupByCause([])).toEqual([]);
  });

  it("a finding folded into one outside the list's roots starts its own group", () => {
    const x = { ...f("TK05TH.P1.uy_thac.ds", 1), causedBy: "05.P1.can_doi@TK05TH.P1.uy_thac.kt" };
    const y = { ...f("TK05TH.P1.uy_thac.kt", 1), causedBy: "05.P1.can_doi@TK05TH.P1.uy_thac.ds" };
    // A cycle has no root in the list: each finding becomes the root rootCause stops on.
    expect(groupByCause([x, y])).toEqual([
      { finding: x, folded: [x] },
      { finding: y, folded: [y] },
    ]);
  });
});

describe("what a folded finding adds to its cause", () => {
  const label = (folded: string, cause: string) =>
    consequenceLabel(f(folded, 1), f(cause, 1), model);

  it("the column, the row, the form, or several of them", () => {
    expect(label("TK05TH.P1.thu_ly.tong", "TK05TH.P1.thu_ly.ds")).toEqual({
      vi: "cột «Tổng số»",
      en: "column “Total”",
    });
    expect(label("TK05TH.P1.thu_ly.kt", "TK05TH.P1.thu_ly_moi.kt")).toEqual({
      vi: "dòng 1 «Tổng số thụ lý»",
      en: "row 1 “Total accepted”",
    });
    expect(label("TK05TH.P1.thu_ly.tong", "TK05TH.P1.nam_truoc.ds")).toEqual({
      vi: "dòng 1 «Tổng số thụ lý», cột «Tổng số»",
      en: "row 1 “Total accepted”, column “Total”",
    });
    expect(label("TK05TH.P1.thu_ly.ds", "TK05CD.P1.nam_truoc.kt")).toEqual({
      vi: "biểu 05 tổng hợp, dòng 1 «Tổng số thụ lý», cột «Dân sự»",
      en: "form 05 consolidated, row 1 “Total accepted”, column “Civil”",
    });
    expect(label("TK05TH.P1.thu_ly.ds", "TK05TD.P1.thu_ly.ds")).toEqual({
      vi: "biểu 05 tổng hợp",
      en: "form 05 consolidated",
    });
  });

  it("nothing for the same cell or a name outside the model", () => {
    expect(label("TK05TH.P1.thu_ly.ds", "TK05TH.P1.thu_ly.ds")).toBeUndefined();
    expect(label("TK05TH.P1.hdr.x", "TK05TH.P1.thu_ly.ds")).toBeUndefined();
    expect(label("TK05TH.P1.thu_ly.ds", "TK05TH.P1.hdr.x")).toBeUndefined();
  });
});
