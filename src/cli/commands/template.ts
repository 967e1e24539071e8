// `thads-forms template`: writes a ready-to-fill workbook of the chosen forms.
import type { Command } from "commander";
import { existsSync } from "fs";
import { planWorkbook, reportingPeriod, type HeaderValues } from "../../core";
import { formChoices, formList, parseEdition, parseForms, UsageError } from "../options";
import { distribute } from "../rollup/distribute";
import { writeFileAtomic } from "../write-file";

export interface TemplateOptions {
  form: string;
  variant: string;
  edition: string;
  out?: string;
  /** units.csv: one template per office into `outDir` (the roll-up's distribution). */
  units?: string;
  outDir?: string;
  period?: string;
  unit?: string;
  receiver?: string;
  force?: boolean;
}

function headerOf(options: TemplateOptions): HeaderValues {
  const now = new Date();
  return {
    ky_bao_cao:
      options.period ??
      reportingPeriod({ year: now.getFullYear(), month: now.getMonth() + 1 }).label,
    don_vi_bao_cao: options.unit,
    don_vi_nhan: options.receiver,
  };
}

export async function template(options: TemplateOptions): Promise<number> {
  const forms = parseForms(String(options.form), String(options.variant));
  const edition = parseEdition(String(options.edition));
  if (options.units || options.outDir) {
    if (!options.units || !options.outDir || options.out)
      throw new UsageError("--units và --out-dir đi cùng nhau (và không dùng với --out)");
    return distribute({
      units: options.units,
      outDir: options.outDir,
      forms,
      edition,
      header: headerOf(options),
      force: options.force,
    });
  }
  if (!options.out) throw new UsageError("cần --out <tệp.xlsx> (hoặc --units và --out-dir)");
  const out = String(options.out);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out phải là tệp .xlsx (nhận được «${out}»)`);
  if (existsSync(out) && !options.force) {
    throw new UsageError(
      `tệp ${out} đã có; không ghi đè để khỏi mất số liệu (thêm --force nếu thật sự muốn ghi đè)`
    );
  }
  const plan = planWorkbook({ forms, edition, header: headerOf(options) });
  // ExcelJS is loaded only by the commands that write with it (check and aggregate start faster without).
  const { templateBuffer } = await import("../../files/write-template");
  await writeFileAtomic(out, await templateBuffer(plan));
  process.stdout.write(
    `Đã ghi ${out}: ${forms.map((f) => f.id).join(", ")} (${plan.sheets.length} trang tính, ${plan.names.length} tên dữ liệu).\n`
  );
  return 0;
}

/** Registers the command; `done` receives its exit code. */
export function registerTemplate(program: Command, done: (code: number) => void): void {
  program
    .command("template")
    .description(`ghi một sổ tính mẫu biểu sẵn sàng để nhập số liệu: biểu ${formList()}`)
    .option("--form <form>", formChoices(), "all")
    .option("--variant <variant>", "CD (chủ động), TD (theo đơn), TH (tổng hợp) hoặc all", "all")
    .option("--edition <edition>", "officer (Chấp hành viên) hoặc office (cơ quan THADS)", "office")
    .option("--period <text>", 'kỳ báo cáo, ví dụ "3 tháng/năm 2027" (mặc định: tính từ hôm nay)')
    .option("--unit <text>", "đơn vị báo cáo")
    .option("--receiver <text>", "đơn vị nhận báo cáo")
    .option("--out <file.xlsx>", "tệp sẽ ghi")
    .option("--units <units.csv>", "danh sách đơn vị (code,name,receiver): ghi mỗi đơn vị một tệp")
    .option("--out-dir <dir>", "thư mục ghi các tệp <mã đơn vị>.xlsx (cùng --units)")
    .option("--force", "ghi đè tệp đã có")
    .action(async (options: TemplateOptions) => done(await template(options)));
}
