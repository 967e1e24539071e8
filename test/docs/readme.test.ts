import { readFileSync } from "fs";
import { join } from "path";
import { rulesMarkdown, withRulesTable } from "../../src/core";
import { FORMS, GENERAL_RULES } from "../../src/forms";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("holds the table of rules exactly as derived from the forms (run npm run docs when it fails)", () => {
    expect(withRulesTable(readme)).toBe(readme);
    expect(readme).toContain(rulesMarkdown());
  });

  it("lists every rule id of the standard once", () => {
    const ids = [
      ...Object.values(FORMS).flatMap((f) => f.rules.map((r) => r.id)),
      ...GENERAL_RULES.map((r) => r.id),
    ];
    for (const id of ids) expect(rulesMarkdown().split(`\`${id}\``).length - 1).toBe(1);
  });

  it("names the two set-up commands and the test command", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
