// `thads-forms check`: reads received reports and prints their findings; exit 0 clean, 1 an error finding,
// 2 a file that cannot be read as a report.
import type { Command } from "commander";
import { checkWithSignoff } from "../../core";
import { ReportReadError, nodeSha256, readSnapshotFromFile } from "../../files";
import { toJson, toText, type FileResult } from "../report";

export interface CheckOptions {
  json?: boolean;
  lang?: string;
}

export async function check(files: string[], options: CheckOptions): Promise<number> {
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      // The standard's rules and the sign-off, verified against the report as it is now.
      const { result, signoff } = await checkWithSignoff(
        await readSnapshotFromFile(file),
        nodeSha256
      );
      results.push({ file, forms: result.forms, findings: result.findings, signoff });
    } catch (error) {
      if (!(error instanceof ReportReadError)) throw error;
      results.push({ file, error: error.message });
    }
  }
  const lang = options.lang === "en" ? "en" : "vi";
  process.stdout.write(`${options.json ? toJson(results) : toText(results, lang)}\n`);
  return exitCode(results);
}

export function exitCode(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => r.findings!.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Registers the command; `done` receives its exit code. */
export function registerCheck(program: Command, done: (code: number) => void): void {
  program
    .command("check")
    .description("kiểm tra các báo cáo đã nhận (.xlsx)")
    .argument("<files...>", "các tệp .xlsx")
    .option("--json", "in kết quả dạng JSON")
    .option("--lang <lang>", "vi hoặc en", "vi")
    .action(async (files: string[], options: CheckOptions) => done(await check(files, options)));
}
