// npm run docs: regenerates the README's table of rules from src/forms (built into lib/ by npm install).
const fs = require("fs");
const path = require("path");
const { withRulesTable } = require("../lib/core/docs");

const file = path.join(__dirname, "..", "README.md");
fs.writeFileSync(file, withRulesTable(fs.readFileSync(file, "utf8")));
console.log("README.md: rules table regenerated");
