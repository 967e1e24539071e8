/**
 * Jest for Stryker: only the fast, pure tests of the core and the standard (no browser, no LibreOffice, no files
 * on disk), plus HyperFormula proving the formulas. Transpiled without type checks (Stryker's TypeScript checker
 * already rejects mutants that do not compile), and fewer property-test runs (see test/helpers/random.ts).
 */
process.env.THADS_MUTATION_RUN = "1";
const base = require("./jest.config");
module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/core/**/*.test.ts",
    "<rootDir>/test/forms/**/*.test.ts",
    "<rootDir>/test/engines/hyperformula.test.ts",
    "<rootDir>/test/signoff/{canonical,core,print,record,review,signing}.test.ts",
    "<rootDir>/test/rollup/{aggregate,aggregator,carry-over,collect,identity,previous,units,units-lines}.test.ts",
    // The derived docs compared whole with the committed docs/standard.md and README (read-only, fast).
    "<rootDir>/test/docs/standard.test.ts",
    "<rootDir>/test/docs/readme.test.ts",
  ],
  testPathIgnorePatterns: ["/node_modules/", "/test/core/baseline.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
};
