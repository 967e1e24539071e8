#!/usr/bin/env node
/**
 * Adds up Stryker's JSON reports (reports/mutation/*.json, or the files given) into one mutation score per file
 * and per folder. When several reports hold the same source file, the newest report wins (a later run of the
 * same file supersedes an earlier one). Score as Stryker counts it: detected (killed + timed out) over valid
 * mutants (detected + survived + no coverage); compile errors, runtime errors and ignored (static) mutants are
 * not valid mutants.
 *
 *   node scripts/mutation-score.js [REPORT.json...] [--survivors]
 */
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const listSurvivors = args.includes("--survivors");
let reports = args.filter((a) => !a.startsWith("--"));
if (reports.length === 0) {
  const dir = path.resolve(__dirname, "..", "reports", "mutation");
  reports = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => path.join(dir, f))
    : [];
}
const newestFirst = reports
  .map((file) => ({ file, time: fs.statSync(file).mtimeMs }))
  .sort((a, b) => b.time - a.time);
const byFile = new Map();
for (const { file } of newestFirst) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const [source, entry] of Object.entries(report.files ?? {})) {
    if (!byFile.has(source))
      byFile.set(source, { report: path.basename(file), mutants: entry.mutants });
  }
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
function tally(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return { detected, undetected };
}
const pct = (t) =>
  t.detected + t.undetected === 0
    ? "n/a"
    : ((100 * t.detected) / (t.detected + t.undetected)).toFixed(1) + " %";

const folders = new Map();
const rows = [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b));
for (const [source, { report, mutants }] of rows) {
  const t = tally(mutants);
  const folder = source.startsWith("src/core/")
    ? "src/core"
    : source.split("/").slice(0, 2).join("/");
  const f = folders.get(folder) ?? { detected: 0, undetected: 0, files: 0 };
  f.detected += t.detected;
  f.undetected += t.undetected;
  f.files += 1;
  folders.set(folder, f);
  console.log(
    `${pct(t).padStart(8)}  ${String(t.detected).padStart(4)} / ${String(t.detected + t.undetected).padEnd(4)} ${source}  (${report})`
  );
  if (listSurvivors) {
    for (const m of mutants.filter((x) => UNDETECTED.has(x.status))) {
      const at = m.location?.start ? `${m.location.start.line}:${m.location.start.column}` : "?";
      console.log(
        `            ${m.status} ${at} ${m.mutatorName}: ${String(m.replacement ?? "").slice(0, 80)}`
      );
    }
  }
}
console.log("");
for (const [folder, f] of folders) {
  console.log(
    `${folder}: ${pct(f)} (${f.detected} detected of ${f.detected + f.undetected} valid mutants, ${f.files} files)`
  );
}
