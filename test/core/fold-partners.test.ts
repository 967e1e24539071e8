// Folding across variants only from a TH to both its CĐ and TĐ, and the second reading's blank side worded.
import { buildModel, foldFindings, type Finding } from "../../src/core";
import { render } from "../../src/core/render";

const f = (name: string, difference: number): Finding => ({
  rule: "05.P1.can_doi",
  severity: "error",
  form: name.slice(0, 6),
  page: "P1",
  names: [name],
  cells: [],
  left: null,
  right: null,
  difference,
  message: "",
  messageEn: "",
});

it("a CĐ failure is never folded into the TĐ's, however equal", () => {
  const model = buildModel(["TK05CD", "TK05TD", "TK05TH"]);
  const out = foldFindings([f("TK05CD.P1.thu_ly.tong", 3), f("TK05TD.P1.thu_ly.tong", 3)], model);
  expect(out.map((x) => x.causedBy)).toEqual([undefined, undefined]);
});

it("a TH without its TĐ is not folded into its CĐ", () => {
  const model = buildModel(["TK05CD", "TK05TH"]);
  const out = foldFindings([f("TK05TH.P1.thu_ly.tong", 2), f("TK05CD.P1.thu_ly.tong", 2)], model);
  expect(out.map((x) => x.causedBy)).toEqual([undefined, undefined]);
});

it("compare.readings in Vietnamese with no second reading given", () => {
  expect(render("compare.readings", { rule: "r", form: "f", left: "l" }, "vi")).toBe(
    "r (f, cột «l»): l = (trống), cách hiểu thứ nhất:  = (trống), chênh lệch (trống); cách hiểu thứ hai:  = (trống), chênh lệch (trống)."
  );
});
