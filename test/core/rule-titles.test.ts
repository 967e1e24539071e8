import { ruleTitle } from "../../src/core/place";

// Every rule a finding can carry has a plain title in both languages: the review sheet and the pane head each
// finding with it, so a rule without one showed its raw id ("signoff.changed") to the office head.
describe("rule titles", () => {
  it("the sign-off's own rule has a short title, not its id", () => {
    expect(ruleTitle("signoff.changed")).toEqual({
      vi: "Sửa sau khi ký duyệt",
      en: "Changed after sign-off",
    });
  });

  it("header and cross-report rules fall back to their own description", () => {
    expect(ruleTitle("header.incomplete").vi).not.toBe("header.incomplete");
    expect(ruleTitle("period.carry_over").vi).toMatch(
      /^Số năm trước chuyển sang \(1\.1\) phải bằng/
    );
  });

  it("an unknown id is shown as it is", () => {
    expect(ruleTitle("x.unknown")).toEqual({ vi: "x.unknown", en: "x.unknown" });
  });
});
