// Where a finding is in the form's own words, and one wrong entry giving one finding: planted faults in
// each form, folded consequences kept (counted, in the JSON) and linked to their cause.
import {
  buildModel,
  checkWorkbook,
  consequenceLabel,
  findingKey,
  findingPlace,
  formatPlace,
  groupByCause,
  placeOf,
  ruleTitle,
  type Finding,
} from "../../src/core";
import { toJson } from "../../src/cli/report";
import type { FormFamily, Variant } from "../../src/forms";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

/** A consistent report with `delta` added to some inputs: the figures an officer mistyped. */
function planted(families: FormFamily[], variants: Variant[], faults: Record<string, number>) {
  const plan = planFor(families, variants);
  const inputs = consistentInputs(plan, seeded(7));
  expect(checkWorkbook(snapshotOf(plan, inputs)).findings).toEqual([]);
  for (const [name, delta] of Object.entries(faults)) inputs[name] = (inputs[name] ?? 0) + delta;
  return { plan, result: checkWorkbook(snapshotOf(plan, inputs)) };
}

const byKey = (findings: Finding[], key: string) => findings.find((f) => findingKey(f) === key)!;

describe("place", () => {
  const model = buildModel(["TK05TH", "TK06CD"]);

  it("names a data point by page, the row's STT and label, and the column", () => {
    const place = placeOf("TK05TH.P1.phai_thi_hanh.ds", model)!;
    expect(formatPlace(place, "vi")).toBe(
      "Trang 1 · dòng 3 «Tổng số phải thi hành» · cột «Dân sự»"
    );
    expect(formatPlace(place, "en")).toBe("Page 1 · row 3 “Total to enforce” · column “Civil”");
    expect(formatPlace(placeOf("TK06CD.P1.phai_thi_hanh.tien", model)!, "vi", true)).toBe(
      "Biểu 06 chủ động · Trang 1 · dòng 3 «Tổng số giá trị phải thi hành» · cột «Tiền»"
    );
    expect(placeOf("TK05TH.P1.hdr.ky_bao_cao", model)).toBeUndefined();
  });

  it("gives each rule a short plain title in both languages, the rule's description otherwise", () => {
    expect(ruleTitle("05.P1.can_doi")).toEqual({
      vi: "Trang 1 không cân đối",
      en: "Page 1 does not balance",
    });
    expect(ruleTitle("06.P2.hoan").vi).toBe("Hoãn thi hành án lệch trang 1");
    expect(ruleTitle("form.incomplete")).toEqual({ vi: "Còn ô để trống", en: "Blank input cells" });
    expect(ruleTitle("no.such.rule")).toEqual({ vi: "no.such.rule", en: "no.such.rule" });
  });

  it("places a page-wide finding on its page only", () => {
    const f: Finding = {
      rule: "form.incomplete",
      severity: "warning",
      form: "TK05TH",
      page: "P2",
      names: ["TK05TH.P2.hoan_cq_a.ds"],
      cells: [],
      left: null,
      right: null,
      difference: null,
      message: "",
      messageEn: "",
    };
    expect(formatPlace(findingPlace(f, model)!, "vi", true)).toBe("Biểu 05 tổng hợp · Trang 2");
  });
});

describe("folding", () => {
  it("05 tổng hợp alone: one figure in «Dân sự» gives one finding, Tổng số folded into it", () => {
    const { plan, result } = planted(["05"], ["TH"], { "TK05TH.P1.nam_truoc.ds": 5 });
    const groups = groupByCause(result.findings);
    expect(groups).toHaveLength(1);
    const [{ finding, folded }] = groups;
    expect(findingKey(finding)).toBe("05.P1.can_doi@TK05TH.P1.phai_thi_hanh.ds");
    expect(folded.map(findingKey)).toEqual(["05.P1.can_doi@TK05TH.P1.phai_thi_hanh.tong"]);
    expect(folded[0].causedBy).toBe(findingKey(finding));
    expect(consequenceLabel(folded[0], finding, plan.model)).toEqual({
      vi: "cột «Tổng số»",
      en: "column “Total”",
    });
    // Nothing lost: both stay in the result and count, so the exit code is what it was.
    expect(result.findings).toHaveLength(2);
    expect(result.errors).toBe(2);
    // The JSON keeps both, the folded one linked to its cause by key.
    const json = JSON.parse(
      toJson([{ file: "a.xlsx", forms: result.forms, findings: result.findings }])
    );
    const [first, second] = json.files[0].findings;
    expect(second).toMatchObject({ key: findingKey(finding) });
    expect(first).toMatchObject({ causedBy: second.key, rule: "05.P1.can_doi" });
  });

  it("05 in three variants: a CĐ figure folds its Tổng số and the linked TH's two findings", () => {
    const { plan, result } = planted(["05"], ["CD", "TD", "TH"], { "TK05CD.P1.nam_truoc.kt": 3 });
    const groups = groupByCause(result.findings);
    expect(groups).toHaveLength(1);
    expect(findingKey(groups[0].finding)).toBe("05.P1.can_doi@TK05CD.P1.phai_thi_hanh.kt");
    expect(groups[0].folded.map(findingKey).sort()).toEqual([
      "05.P1.can_doi@TK05CD.P1.phai_thi_hanh.tong",
      "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.kt",
      "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.tong",
    ]);
    const th = byKey(result.findings, "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.kt");
    expect(consequenceLabel(th, groups[0].finding, plan.model)).toEqual({
      vi: "biểu 05 tổng hợp",
      en: "form 05 consolidated",
    });
  });

  it("06 in three variants: a TĐ figure on page 2 gives one finding", () => {
    const { result } = planted(["06"], ["CD", "TD", "TH"], { "TK06TD.P2.hoan_cq_a.tien": 2.5 });
    const groups = groupByCause(result.findings);
    expect(groups.map((g) => findingKey(g.finding))).toEqual(["06.P2.hoan@TK06TD.P2.hoan.tien"]);
    expect(groups[0].folded).toHaveLength(3);
    expect(result.findings.filter((f) => f.causedBy)).toHaveLength(3);
  });

  it("two wrong columns: two findings, the Tổng số folded into the larger; an unexplained total stays", () => {
    const two = planted(["05"], ["TH"], {
      "TK05TH.P1.nam_truoc.ds": 2,
      "TK05TH.P1.nam_truoc.kt": 7,
    });
    const groups = groupByCause(two.result.findings);
    expect(groups.map((g) => findingKey(g.finding)).sort()).toEqual([
      "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.ds",
      "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.kt",
    ]);
    expect(byKey(two.result.findings, "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.tong").causedBy).toBe(
      "05.P1.can_doi@TK05TH.P1.phai_thi_hanh.kt"
    );
    // Errors that cancel out in the total: the total does not fail, nothing to fold.
    const cancel = planted(["06"], ["TH"], {
      "TK06TH.P1.nam_truoc.tien": 4,
      "TK06TH.P1.nam_truoc.tai_san": -4,
    });
    expect(cancel.result.findings.filter((f) => f.rule === "06.P1.can_doi")).toHaveLength(2);
    expect(cancel.result.findings.some((f) => f.causedBy)).toBe(false);
  });
});
