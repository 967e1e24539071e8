// The task pane's JavaScript in the production build (dist/), raw and gzipped, against the 200 KB budget.
// Run after `npm run build`; `npm run bench` prints it too when a build is present.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_KB = 200;

function bundleSize(dir = path.join(__dirname, "..", "dist")) {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => /^taskpane\..*\.js$/.test(f));
  if (files.length === 0) return undefined;
  const data = Buffer.concat(files.map((f) => fs.readFileSync(path.join(dir, f))));
  return {
    files,
    rawKB: data.length / 1024,
    gzipKB: zlib.gzipSync(data, { level: 9 }).length / 1024,
    budgetKB: BUDGET_KB,
  };
}

if (require.main === module) {
  const size = bundleSize();
  if (!size) {
    console.log("no production build in dist/: run npm run build first");
    process.exit(1);
  }
  const verdict = size.gzipKB <= BUDGET_KB ? "ok" : "OVER BUDGET";
  console.log(
    `task pane bundle: ${size.rawKB.toFixed(1)} KB minified, ${size.gzipKB.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB) ${verdict}`
  );
  process.exit(size.gzipKB <= BUDGET_KB ? 0 : 1);
}

module.exports = { bundleSize, BUDGET_KB };
