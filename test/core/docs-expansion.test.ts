// The docs state the rules as the checks expand them: every reading a check accepts, the variants it runs
// in, a column only where the rule fixes one.
import { formRuleDocs } from "../../src/core";
import { FORMS } from "../../src/forms";

const docOf = (family: string, id: string) => formRuleDocs(FORMS[family]).find((r) => r.id === id)!;

describe("the docs' rules, read from the one expansion", () => {
  it("states both readings of 06.P2.ly_do_khac, as the check accepts either", () => {
    expect(docOf("06", "06.P2.ly_do_khac").readings).toEqual([
      "P1.ly_do_khac = P2.ly_do_khac",
      "P1.ly_do_khac = P2.ly_do_khac + P2.tam_ngung",
    ]);
  });

  it("names the variants a rule runs in and the columns a rule fixes", () => {
    expect(docOf("05", "05.P1.tra_don_chu_dong")).toMatchObject({
      severity: "warning",
      variants: ["CD"],
      inferred: true,
      readings: ["P1.tra_don = 0"],
    });
    expect(docOf("05", "05.P3.dinh_chi").readings).toEqual([
      "P3.dinh_chi.so_luong = P1.dinh_chi.tong",
    ]);
    expect(docOf("05", "05.P1.can_doi")).toMatchObject({
      variants: ["CD", "TD", "TH"],
      readings: ["P1.phai_thi_hanh = P1.co_dieu_kien + P1.chua_co_dieu_kien"],
    });
  });

  it("lists every rule of every form, in the form's order", () => {
    for (const family of ["05", "06"])
      expect(formRuleDocs(FORMS[family]).map((r) => r.id)).toEqual(
        FORMS[family].rules.map((r) => r.id)
      );
  });
});
