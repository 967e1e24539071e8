#!/usr/bin/env node
/**
 * Mutation testing of a few files at a time, each group with its own incremental file and JSON report, so that
 * several people (or one person, file after file) can work on the score without redoing each other's mutants.
 *
 *   node scripts/mutate-group.js NAME FILE_OR_GLOB... [-- extra stryker options]
 *
 * Writes reports/stryker-NAME.config.json (stryker.config.json with `mutate` narrowed), then runs Stryker:
 * results in reports/mutation/NAME.json and .html, incremental state in reports/incremental-NAME.json.
 * `node scripts/mutation-score.js` adds the groups up.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const own = dash < 0 ? args : args.slice(0, dash);
const extra = dash < 0 ? [] : args.slice(dash + 1);
const [name, ...files] = own;
if (!name || !/^[\w.-]+$/.test(name) || files.length === 0) {
  console.error("usage: node scripts/mutate-group.js NAME FILE_OR_GLOB... [-- stryker options]");
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
const config = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
delete config.$schema;
config.mutate = files;
config.incrementalFile = `reports/incremental-${name}.json`;
config.jsonReporter = { fileName: `reports/mutation/${name}.json` };
config.htmlReporter = { fileName: `reports/mutation/${name}.html` };
config.reporters = ["clear-text", "progress-append-only", "html", "json"];
fs.mkdirSync(path.join(root, "reports", "mutation"), { recursive: true });
const configFile = path.join("reports", `stryker-${name}.config.json`);
fs.writeFileSync(path.join(root, configFile), JSON.stringify(config, null, 2));
const run = spawnSync("npx", ["stryker", "run", configFile, ...extra], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);
