// `thads-forms check`: reads received reports (files, or every .xlsx of a folder) and prints their findings;
// with --units, who has not reported and which files belong to no listed office; --summary writes a
// workbook of it all; --previous checks the carry-over from last year's 12-month report.
// Exit 0 clean, 1 an error finding or a missing office, 2 a file that cannot be read as a report.
import type { Command } from "commander";
import { existsSync } from "fs";
import {
  collect,
  summaryRows,
  type Collection,
  type Unit,
  type WorkbookSnapshot,
} from "../../core";
import { ReportReadError } from "../../files/read-error";
import { readSnapshotFromFile } from "../../files/read-snapshot";
import { runFiles } from "../../files/pool";
import type { CheckedReport } from "../../files/report-file";
import { UsageError } from "../options";
import { toJson, toText, type FileResult } from "../report";
import { expandInputs, progressLine, writeWhole } from "../rollup/inputs";
import { readUnitsFile } from "../rollup/units-file";

export interface CheckOptions {
  json?: boolean;
  lang?: string;
  units?: string;
  summary?: string;
  previous?: string;
}

async function readPrevious(path: string): Promise<WorkbookSnapshot> {
  try {
    return await readSnapshotFromFile(path);
  } catch (error) {
    if (!(error instanceof ReportReadError)) throw error;
    throw new UsageError(`không đọc được báo cáo năm trước ${path}: ${error.message}`);
  }
}

/** The summary may replace an earlier summary, never a report or any other file of the user's. */
async function guardSummary(path: string): Promise<void> {
  if (!/\.xlsx$/i.test(path))
    throw new UsageError(`--summary phải là tệp .xlsx (nhận được «${path}»)`);
  if (!existsSync(path)) return;
  const { isSummaryWorkbook } = await import("../rollup/summary-file");
  if (!(await isSummaryWorkbook(path)))
    throw new UsageError(
      `--summary ${path}: tệp đã có và không phải bảng tổng hợp do thads-forms ghi; không ghi đè`
    );
}

export async function check(
  args: string[],
  options: CheckOptions,
  shown: (file: string) => string = (f) => f
): Promise<number> {
  const units: Unit[] | undefined = options.units ? await readUnitsFile(options.units) : undefined;
  const previous = options.previous ? await readPrevious(options.previous) : undefined;
  if (options.summary) await guardSummary(options.summary);
  const outputs = [options.summary, options.previous].filter((f): f is string => !!f);
  const files = await expandInputs(args, outputs);
  if (files.length === 0) throw new UsageError("không có tệp .xlsx nào để kiểm tra");

  // Every file read and checked in the pool's workers (src/files/pool.ts): one small result each, whatever
  // a file holds.
  const progress = progressLine(files.length, !options.json);
  const results: CheckedReport[] = new Array(files.length);
  await runFiles(
    files,
    { kind: "report", previous },
    (r, i) => (results[i] = { ...r, file: shown(r.file) }),
    { onProgress: (done) => progress.tick(done) }
  );
  progress.end();

  const collection: Collection | undefined = units && collect(results, units);
  for (const r of results) r.unit = collection?.unitOf.get(r.file);
  if (options.summary) {
    const { summaryWorkbook } = await import("../rollup/summary-file");
    await writeWhole(
      options.summary,
      await summaryWorkbook(summaryRows(results), collection?.missing, collection?.unknown)
    );
  }

  const lang = options.lang === "en" ? "en" : "vi";
  const notes = results.filter((r) => r.previousNote);
  if (options.json) {
    const extra: Record<string, unknown> = {};
    if (collection) {
      extra.missing = collection.missing.map((u) => ({ code: u.code, name: u.name }));
      extra.unknown = collection.unknown;
    }
    if (notes.length > 0)
      extra.previous = notes.map((r) => ({ file: r.file, message: r.previousNote }));
    process.stdout.write(`${toJson(results, extra)}\n`);
  } else {
    const lines = [toText(results, lang)];
    for (const r of notes) lines.push(`${r.file}: ${r.previousNote}`);
    if (collection) lines.push(...collectionText(collection));
    if (options.summary) lines.push(`Đã ghi bảng tổng hợp ${options.summary}.`);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  const code = exitCode(results);
  return code === 0 && collection && collection.missing.length > 0 ? 1 : code;
}

function collectionText(c: Collection): string[] {
  const lines: string[] = [];
  if (c.missing.length === 0) lines.push("Tất cả đơn vị trong danh sách đã nộp báo cáo.");
  else {
    lines.push(`Đơn vị chưa nộp báo cáo (${c.missing.length}):`);
    for (const u of c.missing) lines.push(`  ${u.code}  ${u.name}`);
  }
  if (c.unknown.length > 0) {
    lines.push(`Tệp không thuộc đơn vị nào trong danh sách (${c.unknown.length}):`);
    for (const f of c.unknown) lines.push(`  ${f}`);
  }
  return lines;
}

export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => r.findings!.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Registers the command; `done` receives its exit code. */
export function registerCheck(
  program: Command,
  done: (code: number) => void,
  shown?: (file: string) => string
): void {
  program
    .command("check")
    .description("kiểm tra các báo cáo đã nhận (.xlsx, hoặc mọi tệp .xlsx của một thư mục)")
    .argument("<files...>", "các tệp .xlsx hoặc thư mục (tên bắt đầu bằng -: đặt sau --)")
    .option("--json", "in kết quả dạng JSON")
    .option("--lang <lang>", "vi hoặc en", "vi")
    .option("--units <units.csv>", "danh sách đơn vị: ai chưa nộp, tệp nào không thuộc đơn vị nào")
    .option("--summary <summary.xlsx>", "ghi bảng tổng hợp kết quả kiểm tra")
    .option(
      "--previous <LAST.xlsx>",
      "báo cáo 12 tháng năm trước: đối chiếu số năm trước chuyển sang"
    )
    .action(async (files: string[], options: CheckOptions) =>
      done(await check(files, options, shown))
    );
}
