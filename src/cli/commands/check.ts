// `thads-forms check`: reads received reports and prints their findings; exit 0 clean, 1 an error finding,
// 2 a file that cannot be read as a report. Every file gets its own result (see src/files/pool.ts).
import type { Command } from "commander";
import { checkFiles, type FileResult } from "../../files";
import { toJson, toText } from "../report";

export interface CheckOptions {
  json?: boolean;
  lang?: string;
}

export async function check(
  files: string[],
  options: CheckOptions,
  shown: (file: string) => string = (f) => f
): Promise<number> {
  const progress = process.stderr.isTTY && files.length > 1;
  const results = (
    await checkFiles(files, {
      onResult: (_, __, done) => {
        if (progress) process.stderr.write(`\rĐã kiểm tra ${done}/${files.length} tệp`);
      },
    })
  ).map((r) => ({ ...r, file: shown(r.file) }));
  if (progress) process.stderr.write("\n");
  const lang = options.lang === "en" ? "en" : "vi";
  process.stdout.write(`${options.json ? toJson(results) : toText(results, lang)}\n`);
  return exitCode(results);
}

export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => r.findings!.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Registers the command; `done` receives its exit code, `shown` maps a file argument back to how it was typed. */
export function registerCheck(
  program: Command,
  done: (code: number) => void,
  shown?: (file: string) => string
): void {
  program
    .command("check")
    .description("kiểm tra các báo cáo đã nhận (.xlsx)")
    .argument("<files...>", "các tệp .xlsx (tên bắt đầu bằng - : đặt sau --)")
    .option("--json", "in kết quả dạng JSON")
    .option("--lang <lang>", "vi hoặc en", "vi")
    .action(async (files: string[], options: CheckOptions) =>
      done(await check(files, options, shown))
    );
}
