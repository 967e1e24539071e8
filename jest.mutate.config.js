/** Jest for Stryker: only the fast, pure core tests (no browser, no LibreOffice, no files on disk). */
const base = require("./jest.config");
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/core/**/*.test.ts", "<rootDir>/test/forms/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/core/baseline.test.ts"],
};
