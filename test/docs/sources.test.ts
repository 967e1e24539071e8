// Where each rule comes from: the rule table and docs/standard.md mark the inferred rules, name what is not
// from the article, and carry the article's guidance for every input row.
import { rulesMarkdown, standardMarkdown } from "../../src/core";
import { SOURCES_NOT_IN_ARTICLE, registeredForms } from "../../src/forms";

const inferredIn = (table: string, mark: string) =>
  table
    .split("\n")
    .filter((line) => line.includes(mark))
    .map((line) => /`([^`]+)`/.exec(line)?.[1]);

describe("sources of the rules", () => {
  it.each([
    ["the README's rule table", rulesMarkdown(), "*inferred*"],
    ["docs/standard.md", standardMarkdown(), "*suy luận*"],
  ])("%s marks TH.sum, 05.P3.* and 06.P2.* as inferred", (_, table, mark) => {
    const inferred = inferredIn(table, mark);
    for (const id of [
      "TH.sum",
      "05.P3.xong_hoan_toan",
      "05.P3.dinh_chi",
      "06.P2.ly_do_khac",
      "06.P2.hoan",
      "06.P2.tam_dinh_chi",
    ])
      expect(inferred).toContain(id);
    // What the article says "luôn luôn bằng" stays the article's.
    expect(inferred).not.toContain("05.P2.hoan");
  });

  it("names what is not from the article: the unit, the statistical year, the title lines, blank ratios", () => {
    const readme = rulesMarkdown();
    const doc = standardMarkdown();
    for (const source of SOURCES_NOT_IN_ARTICLE) {
      expect(readme).toContain(source.en);
      expect(doc).toContain(source.vi);
    }
    expect(doc).toMatch(/nghìn đồng.*không nêu đơn vị/);
    expect(doc).toMatch(/14\/2013, Điều 17 khoản 5/);
  });

  it("docs/standard.md carries the article's guidance for every input row, with its section", () => {
    const doc = standardMarkdown();
    for (const spec of registeredForms())
      for (const guidance of Object.values(spec.guidance?.rows ?? {}))
        expect(doc).toContain(`${guidance.vi} *(mục ${guidance.section})*`);
    expect(doc).toMatch(/Phiên bản hiện hành: 2/);
  });
});
