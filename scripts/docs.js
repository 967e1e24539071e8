// npm run docs: regenerates, from src/forms (built into lib/ by npm install), the README's table of rules and
// docs/standard.md, the readable description of the standard.
const fs = require("fs");
const path = require("path");
const { withRulesTable, standardMarkdown } = require("../lib/core");

const root = path.join(__dirname, "..");
const readme = path.join(root, "README.md");
fs.writeFileSync(readme, withRulesTable(fs.readFileSync(readme, "utf8")));
console.log("README.md: rules table regenerated");
fs.mkdirSync(path.join(root, "docs"), { recursive: true });
fs.writeFileSync(path.join(root, "docs", "standard.md"), standardMarkdown());
console.log("docs/standard.md: regenerated");
