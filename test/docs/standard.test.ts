// docs/standard.md is the readable standard the source comments point to: derived from src/forms, never stale.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { standardMarkdown } from "../../src/core";
import { FORMS, GENERAL_RULES } from "../../src/forms";

const file = join(__dirname, "..", "..", "docs", "standard.md");

describe("docs/standard.md", () => {
  it("is exactly what npm run docs derives from src/forms (run npm run docs when it fails)", () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(standardMarkdown());
  });

  it("names every page, row, rule and the data point names of every form", () => {
    const doc = standardMarkdown();
    for (const spec of Object.values(FORMS)) {
      expect(doc).toContain(spec.number);
      for (const page of spec.pages) {
        expect(doc).toContain(page.title.vi);
        for (const block of page.blocks) {
          for (const column of block.columns) expect(doc).toContain(`\`${column.code}\``);
          for (const row of block.rows)
            expect(doc).toContain(`\`TK${spec.family}TH.${page.id}.${row.code}.*\``);
        }
      }
      for (const rule of spec.rules) expect(doc).toContain(`\`${rule.id}\``);
    }
    for (const rule of GENERAL_RULES) expect(doc).toContain(`\`${rule.id}\``);
  });

  it("writes formulas in the form's own row numbers", () => {
    // 05 page 1: row 1 (thu_ly) is 1.1 + 1.2.
    expect(standardMarkdown()).toMatch(
      /\| 1 \| [^|]+ \| `thu_ly` \| C\d+:[A-Z]+\d+ \| công thức \| = 1\.1 \+ 1\.2 \|/
    );
  });
});
