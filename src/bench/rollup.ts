// The roll-up's speed: checking a folder of 700 received TH reports (both forms) and adding them up, each
// against the time merely to unzip and inflate every part of those files, measured in the same run. The
// commands run as users run them (a process each, both cores); peak memory is compared at 350 and 700
// files to show that it stays flat as files grow in number.
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import { availableParallelism, loadavg, tmpdir } from "os";
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

interface Run {
  ms: number;
  /** CPU time of the whole process, every thread. */
  cpuMs: number;
  maxRssMB: number;
  status: number;
}

function timed(args: string[], preload: string): Run {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", preload, MAIN, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = /MAXRSS (\d+) CPU (\d+)/.exec(run.stderr ?? "");
  return {
    ms,
    cpuMs: usage ? Number(usage[2]) / 1000 : NaN,
    maxRssMB: usage ? Number(usage[1]) / 1024 : NaN,
    status: run.status ?? -1,
  };
}

/** The yardstick, in this process, one thread: read every file and inflate every part. */
async function unzipAll(files: string[]): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const file of files) inflateAll(await fs.readFile(file));
  const used = process.cpuUsage(cpu);
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    cpuMs: (used.user + used.system) / 1000,
  };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 3;

export async function rollupBench(): Promise<void> {
  const dir = await fs.mkdtemp(join(tmpdir(), "thads-rollup-bench-"));
  const preload = join(dir, "usage.js");
  await fs.writeFile(
    preload,
    "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('MAXRSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime)+'\\n')})"
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
  const files = (await fs.readdir(folders[700])).map((f) => join(folders[700], f));
  const loadBefore = load();

  // Each round measures the yardstick and both commands one after the other, so that a ratio compares
  // times taken under the same load (other programs share the cores); the best and the median are shown.
  const rounds: { unzip: { ms: number; cpuMs: number }; check: Run; aggregate: Run }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const unzip = await unzipAll(files);
    const check = timed(["check", folders[700], "--json"], preload);
    const aggregate = timed(
      ["aggregate", folders[700], "--out", join(dir, `t700-${r}.xlsx`)],
      preload
    );
    rounds.push({ unzip, check, aggregate });
  }
  const check350 = timed(["check", folders[350], "--json"], preload);
  const agg350 = timed(["aggregate", folders[350], "--out", join(dir, "t350.xlsx")], preload);
  const loadAfter = load();

  const unzipBest = Math.min(...rounds.map((r) => r.unzip.ms));
  console.log(
    `roll-up (${availableParallelism()} cores; load average ${loadBefore} before, ${loadAfter} after; ${ROUNDS} rounds)`
  );
  console.log(
    `  unzip + inflate every part of 700 files (one thread): best ${(unzipBest / 1000).toFixed(2)} s (${(unzipBest / 700).toFixed(2)} ms a file), median ${(median(rounds.map((r) => r.unzip.ms)) / 1000).toFixed(2)} s, CPU ${(median(rounds.map((r) => r.unzip.cpuMs)) / 1000).toFixed(2)} s`
  );
  const line = (label: string, which: "check" | "aggregate", rss350: number) => {
    const ratios = rounds.map((r) => r[which].ms / r.unzip.ms);
    const best = rounds[ratios.indexOf(Math.min(...ratios))];
    const cpu = median(rounds.map((r) => r[which].cpuMs / r.unzip.cpuMs));
    const cores = median(rounds.map((r) => r[which].cpuMs / r[which].ms));
    const ok = Math.min(...ratios) <= 3;
    console.log(
      `  ${label.padEnd(42)} best ${(best[which].ms / 1000).toFixed(2)} s = ${Math.min(...ratios).toFixed(1)}× unzip (median ${median(ratios).toFixed(1)}×)  target ≤ 3×  ${ok ? "ok" : "OVER TARGET"}`
    );
    console.log(
      `  ${"".padEnd(42)} CPU ${(median(rounds.map((r) => r[which].cpuMs)) / 1000).toFixed(2)} s = ${cpu.toFixed(1)}× unzip's CPU, ${cores.toFixed(1)} cores busy; peak RSS ${rss350.toFixed(0)} MB (350 files) → ${median(rounds.map((r) => r[which].maxRssMB)).toFixed(0)} MB (700)`
    );
  };
  line("check: a folder of 700 TH reports (05+06)", "check", check350.maxRssMB);
  line("aggregate: the same 700 reports", "aggregate", agg350.maxRssMB);
  const statuses = [
    ...rounds.flatMap((r) => [r.check.status, r.aggregate.status]),
    check350.status,
    agg350.status,
  ];
  if (statuses.some((s) => s !== 0))
    console.log(`  (a command failed: exit ${statuses.join(", ")})`);
  await fs.rm(dir, { recursive: true, force: true });
}
