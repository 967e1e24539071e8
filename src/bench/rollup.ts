// The roll-up's speed: checking a folder of 700 received TH reports (both forms) and adding them up, each
// against the time merely to unzip and inflate every part of those files, measured in the same run. The
// commands run as users run them (a process each, both cores); peak memory is compared at 350 and 700
// files to show that it stays flat as files grow in number.
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { planWorkbook } from "../core";
import { templateBuffer } from "../files";
import { formInstance } from "../forms";
import { inflateAll, withComment } from "./unzip";

const MAIN = join(__dirname, "..", "cli", "main.js");

/** A filled TH report of both forms: every input typed (zeros keep every rule satisfied). */
async function filledReport(): Promise<Buffer> {
  const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateBuffer(plan)) as unknown as ExcelJS.Buffer);
  for (const def of plan.model.cells.values()) {
    if (def.kind !== "input") continue;
    const at = plan.resolve(def.name)!;
    workbook.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = 0;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function timed(args: string[], preload: string): { ms: number; maxRssMB: number; status: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", preload, MAIN, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /MAXRSS (\d+)/.exec(run.stderr ?? "");
  return { ms, maxRssMB: rss ? Number(rss[1]) / 1024 : NaN, status: run.status ?? -1 };
}

export async function rollupBench(): Promise<void> {
  const dir = await fs.mkdtemp(join(tmpdir(), "thads-rollup-bench-"));
  const preload = join(dir, "maxrss.js");
  await fs.writeFile(
    preload,
    "process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))"
  );
  const report = await filledReport();
  const folders: Record<number, string> = {};
  for (const count of [350, 700]) {
    const folder = join(dir, String(count));
    await fs.mkdir(folder);
    for (let i = 0; i < count; i++)
      await fs.writeFile(join(folder, `u${i}.xlsx`), withComment(report, `unit ${i}`));
    folders[count] = folder;
  }

  // The yardstick, in this process: read every file and inflate every part.
  const files = (await fs.readdir(folders[700])).map((f) => join(folders[700], f));
  const start = process.hrtime.bigint();
  for (const file of files) inflateAll(await fs.readFile(file));
  const unzipMs = Number(process.hrtime.bigint() - start) / 1e6;

  const results: string[] = [];
  const line = (label: string, ms: number, rss350: number, rss700: number) => {
    const ratio = ms / unzipMs;
    results.push(
      `${label.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(6)} s  = ${ratio.toFixed(1).padStart(5)}× unzip   target ≤ 3×  ${ratio <= 3 ? "ok" : "OVER TARGET"}   peak RSS ${rss350.toFixed(0)} MB (350 files) → ${rss700.toFixed(0)} MB (700)`
    );
  };
  const check350 = timed(["check", folders[350], "--json"], preload);
  const check700 = timed(["check", folders[700], "--json"], preload);
  line(
    "check: a folder of 700 TH reports (05+06)",
    check700.ms,
    check350.maxRssMB,
    check700.maxRssMB
  );
  const agg350 = timed(["aggregate", folders[350], "--out", join(dir, "t350.xlsx")], preload);
  const agg700 = timed(["aggregate", folders[700], "--out", join(dir, "t700.xlsx")], preload);
  line("aggregate: the same 700 reports", agg700.ms, agg350.maxRssMB, agg700.maxRssMB);
  if ([check350, check700, agg350, agg700].some((r) => r.status !== 0))
    results.push(
      `  (a command failed: exit ${[check350, check700, agg350, agg700].map((r) => r.status).join(", ")})`
    );

  console.log(
    `roll-up (${availableParallelism()} cores): unzip + inflate every part of 700 files: ${(unzipMs / 1000).toFixed(2)} s (${(unzipMs / 700).toFixed(1)} ms a file, one thread)`
  );
  for (const r of results) console.log(r);
  await fs.rm(dir, { recursive: true, force: true });
}
