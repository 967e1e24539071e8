// The file edge, measured: each hostile case read in a fresh process (time and peak memory), one received
// report read by our reader and by ExcelJS's full load (the reader before issue 8), and a batch through the
// worker pool against merely unzipping and inflating the same files.
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { join } from "path";
import type { WorkbookPlan } from "../core";
import { checkBuffer, checkFiles, LIMITS, MB } from "../files";
import { forgetWorkbookLayout } from "../files/workbook";
import { openZip } from "../files/zip";
import { hostileCases } from "./hostile-cases";

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Checks one file in a fresh Node process: wall time of the check, and the process's peak memory. */
function isolated(file: string): { ms: number; rssMb: number; outcome: string } {
  const script = `
    const { checkFile } = require(${JSON.stringify(join(__dirname, "..", "files"))});
    const start = process.hrtime.bigint();
    checkFile(process.argv[1]).then((r) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const outcome = r.error ? "refused: " + r.error : r.findings.length + " findings";
      console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, outcome }));
    });`;
  const run = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8" });
  return JSON.parse(run.stdout);
}

export async function benchFiles(
  dir: string,
  template: Buffer,
  plan: WorkbookPlan,
  received: string
) {
  console.log("");
  console.log(
    `file limits: ${MB(LIMITS.fileBytes)} file, ${MB(LIMITS.partBytes)} per part and ${MB(LIMITS.totalBytes)} in all once inflated, ${LIMITS.cells.toLocaleString("en")} cells scanned, ${LIMITS.timeMs / 1000} s and ${LIMITS.heapMb} MB heap per file in the pool`
  );
  const baseline = isolated(received);
  console.log(
    `${"hostile case (fresh process each)".padEnd(62)} ${"time".padStart(9)} ${"peak RSS".padStart(9)}  outcome`
  );
  const line = (label: string, r: { ms: number; rssMb: number; outcome: string }) =>
    console.log(
      `${label.padEnd(62)} ${r.ms.toFixed(0).padStart(6)} ms ${r.rssMb.toFixed(0).padStart(6)} MB  ${r.outcome.slice(0, 90)}`
    );
  line("a clean received report (reference)", baseline);
  for (const c of await hostileCases(template, plan)) {
    const file = join(dir, `${c.id}.xlsx`);
    await fs.writeFile(file, c.data);
    line(`${c.id}: ${c.what}`.slice(0, 62), isolated(file));
    await fs.rm(file);
  }

  // One received report: our reader against ExcelJS's full load (what `check` used before).
  const data = await fs.readFile(received);
  const time = (runs: number, body: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      body();
      samples.push(ms(start));
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  for (let i = 0; i < 5; i++) checkBuffer("x", data);
  const ours = time(30, () => checkBuffer("x", data));
  // The reader keeps the last workbook layout it read (reports of one template share it): a first file.
  const cold = time(30, () => {
    forgetWorkbookLayout();
    checkBuffer("x", data);
  });
  const exceljsSamples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(data as unknown as ExcelJS.Buffer);
    exceljsSamples.push(ms(start));
  }
  const exceljs = exceljsSamples.sort((a, b) => a - b)[5];
  console.log(
    `one received report: read + checked by our reader ${ours.toFixed(1)} ms (median; ${cold.toFixed(1)} ms when its workbook layout is new to the reader); ExcelJS's load alone ${exceljs.toFixed(1)} ms (the reader before)`
  );

  // A batch through the pool against unzipping and inflating every part of the same files.
  const copies = 100;
  const files: string[] = [];
  for (let i = 0; i < copies; i++) {
    const file = join(dir, `batch-${i}.xlsx`);
    await fs.writeFile(file, data);
    files.push(file);
  }
  let start = process.hrtime.bigint();
  for (const file of files) {
    const zip = openZip(await fs.readFile(file));
    for (const name of zip.names()) zip.read(name);
  }
  const inflateOnly = ms(start);
  start = process.hrtime.bigint();
  const results = await checkFiles(files, { workers: 2 });
  const pooled = ms(start);
  console.log(
    `${copies} reports: unzip + inflate only ${inflateOnly.toFixed(0)} ms; checked in the pool (2 workers) ${pooled.toFixed(0)} ms = ${(pooled / inflateOnly).toFixed(1)}× (${results.filter((r) => r.error).length} unreadable)`
  );
  for (const file of files) await fs.rm(file);
}
