#!/usr/bin/env node
// thads-forms: write ready-to-fill templates, check received reports. Exit codes of check: 0 no error
// finding, 1 an error finding, 2 a file that cannot be read as a report (or bad arguments).
import { Command, CommanderError } from "commander";
import { existsSync, promises as fs } from "fs";
import { checkWithSignoff, planWorkbook, reportingPeriod } from "../core";
import { ReportReadError, nodeSha256, readSnapshotFromFile, templateBuffer } from "../files";
import { registerSign } from "./commands/sign";
import { parseEdition, parseForms, UsageError } from "./options";
import { toJson, toText, type FileResult } from "./report";

async function template(options: Record<string, string | boolean | undefined>): Promise<number> {
  const forms = parseForms(String(options.form), String(options.variant));
  const edition = parseEdition(String(options.edition));
  const out = String(options.out);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out phải là tệp .xlsx (nhận được «${out}»)`);
  if (existsSync(out) && !options.force) {
    throw new UsageError(
      `tệp ${out} đã có; không ghi đè để khỏi mất số liệu (thêm --force nếu thật sự muốn ghi đè)`
    );
  }
  const now = new Date();
  const header = {
    ky_bao_cao:
      (options.period as string | undefined) ??
      reportingPeriod({ year: now.getFullYear(), month: now.getMonth() + 1 }).label,
    don_vi_bao_cao: options.unit as string | undefined,
    don_vi_nhan: options.receiver as string | undefined,
  };
  const plan = planWorkbook({ forms, edition, header });
  await fs.writeFile(out, await templateBuffer(plan));
  process.stdout.write(
    `Đã ghi ${out}: ${forms.map((f) => f.id).join(", ")} (${plan.sheets.length} trang tính, ${plan.names.length} tên dữ liệu).\n`
  );
  return 0;
}

async function check(files: string[], options: { json?: boolean; lang?: string }): Promise<number> {
  const results: FileResult[] = [];
  for (const file of files) {
    try {
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
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => r.findings!.some((f) => f.severity === "error")) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("thads-forms")
    .description(
      "Biểu mẫu thống kê THADS 05-TK/THA, 06-TK/THA: tạo mẫu biểu có công thức và kiểm tra báo cáo"
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command("template")
    .description("ghi một sổ tính mẫu biểu sẵn sàng để nhập số liệu")
    .option("--form <form>", "05, 06 hoặc all", "all")
    .option("--variant <variant>", "CD (chủ động), TD (theo đơn), TH (tổng hợp) hoặc all", "all")
    .option("--edition <edition>", "officer (Chấp hành viên) hoặc office (cơ quan THADS)", "office")
    .option("--period <text>", 'kỳ báo cáo, ví dụ "3 tháng/năm 2027" (mặc định: tính từ hôm nay)')
    .option("--unit <text>", "đơn vị báo cáo")
    .option("--receiver <text>", "đơn vị nhận báo cáo")
    .requiredOption("--out <file.xlsx>", "tệp sẽ ghi")
    .option("--force", "ghi đè tệp đã có")
    .action(async (options) => {
      code = await template(options);
    });
  program
    .command("check")
    .description("kiểm tra các báo cáo đã nhận (.xlsx)")
    .argument("<files...>", "các tệp .xlsx")
    .option("--json", "in kết quả dạng JSON")
    .option("--lang <lang>", "vi hoặc en", "vi")
    .action(async (files: string[], options) => {
      code = await check(files, options);
    });
  registerSign(program, (c) => (code = c));

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`thads-forms: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`thads-forms: lỗi không mong đợi: ${(error as Error).message}\n`);
    return 2;
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
