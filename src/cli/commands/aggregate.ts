// `thads-forms aggregate FILES_OR_DIR… --out TOTAL.xlsx`: adds received reports up into a new report of the
// same forms, written from the template with every formula, its sources recorded. Refuses (exit 1, nothing
// written) when a report has errors, was changed after signing, or mixes forms or periods, unless --force.
import type { Command } from "commander";
import { existsSync } from "fs";
import { resolve } from "path";
import { Aggregator } from "../../core";
import { runFiles } from "../../files/pool";
import { UsageError } from "../options";
import { expandInputs, progressLine, writeWhole } from "../rollup/inputs";

export interface AggregateCommandOptions {
  out: string;
  unit?: string;
  unitCode?: string;
  receiver?: string;
  force?: boolean;
}

export async function aggregateCommand(
  args: string[],
  options: AggregateCommandOptions
): Promise<number> {
  const out = String(options.out);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out phải là tệp .xlsx (nhận được «${out}»)`);
  if (existsSync(out))
    throw new UsageError(`tệp ${out} đã có; không ghi đè (chọn tên khác cho báo cáo tổng hợp)`);
  const files = await expandInputs(args, [out]);
  if (files.length === 0) throw new UsageError("không có báo cáo .xlsx nào để tổng hợp");
  if (files.some((f) => resolve(f) === resolve(out)))
    throw new UsageError(`--out ${out} là một báo cáo được tổng hợp; không ghi đè`);

  const aggregator = new Aggregator({
    now: new Date(),
    force: options.force,
    unit: options.unit,
    unitCode: options.unitCode,
    receiver: options.receiver,
  });
  const unreadable: string[] = [];
  const progress = progressLine(files.length, true, "Đang đọc");
  // The same reader and pool as check (src/files/pool.ts); digests arrive in the files' order and are
  // added up as they come, so no report is held.
  const reading = runFiles(
    files,
    { kind: "digest" },
    (digest) => {
      if ("error" in digest) unreadable.push(`${digest.file}: không đọc được: ${digest.error}`);
      else aggregator.add(digest);
    },
    { onProgress: (done) => progress.tick(done) }
  );
  // The workers have their first files: ExcelJS loads now, while they read, not after them.
  const { templateBuffer } = await import("../../files/write-template");
  await reading;
  progress.end();
  if (unreadable.length > 0) {
    process.stderr.write(
      `Không tổng hợp (chưa ghi ${out}): có tệp không đọc được.\n${unreadable.map((l) => `  ${l}`).join("\n")}\n`
    );
    return 2;
  }
  const result = aggregator.finish();
  if (result.refused) {
    process.stderr.write(
      `Không tổng hợp (chưa ghi ${out}): ${result.refusals.length} lý do.\n${result.refusals.map((r) => `  ${r.message}`).join("\n")}\n` +
        "Sửa các báo cáo trên, hoặc thêm --force để vẫn tổng hợp (việc này được ghi lại trong tệp).\n"
    );
    return 1;
  }
  await writeWhole(out, await templateBuffer(result.plan!));
  const lines = [
    `Đã ghi ${out}: tổng hợp ${files.length} báo cáo (${result.forms.join(", ")}), kỳ báo cáo ${result.period ?? "(trống)"}.`,
  ];
  if (result.refusals.length > 0) {
    lines.push(`Đã tổng hợp dù có ${result.refusals.length} lý do từ chối (--force, đã ghi lại):`);
    lines.push(...result.refusals.map((r) => `  ${r.message}`));
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

/** Registers the command; `done` receives its exit code. */
export function registerAggregate(program: Command, done: (code: number) => void): void {
  program
    .command("aggregate")
    .description("cộng các báo cáo đã nhận thành một báo cáo tổng hợp cùng biểu mẫu")
    .argument("<files...>", "các tệp .xlsx hoặc thư mục")
    .requiredOption("--out <TOTAL.xlsx>", "báo cáo tổng hợp sẽ ghi (không ghi đè tệp đã có)")
    .option("--unit <text>", 'đơn vị báo cáo của bản tổng hợp, ví dụ "Cục THADS tỉnh …"')
    .option("--unit-code <code>", "mã đơn vị của bản tổng hợp (để cấp trên nhận ra)")
    .option("--receiver <text>", "đơn vị nhận báo cáo")
    .option("--force", "vẫn tổng hợp khi có báo cáo lỗi, khác kỳ hoặc khác biểu (được ghi lại)")
    .action(async (files: string[], options: AggregateCommandOptions) =>
      done(await aggregateCommand(files, options))
    );
}
