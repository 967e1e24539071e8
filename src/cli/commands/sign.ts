// thads-forms sign: an office head signs off a report read from a file; the record goes into a new file.
// Refuses (exit 1, nothing written) when the report has errors or a warning has no justification.
import type { Command } from "commander";
import { existsSync, promises as fs } from "fs";
import { resolve } from "path";
import {
  checkWithSignoff,
  isoWithOffset,
  recordToRows,
  signReport,
  verifySignoff,
} from "../../core";
import { ReportReadError } from "../../files/read-error";
import { readSnapshotFromBuffer } from "../../files/read-snapshot";
import { nodeSha256 } from "../../files/sha256";
import { UsageError } from "../options";

export interface SignOptions {
  by: string;
  title?: string;
  justify?: string[];
  out: string;
  force?: boolean;
  lang?: string;
}

/** "RULE_ID=text" pairs → justifications by rule id. */
export function parseJustifications(pairs: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || !pair.slice(eq + 1).trim())
      throw new UsageError(`--justify phải có dạng MÃ_QUY_TẮC=lý do (nhận được «${pair}»)`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export async function sign(file: string, options: SignOptions): Promise<number> {
  const out = options.out;
  const lang = options.lang === "en" ? "en" : "vi";
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out phải là tệp .xlsx (nhận được «${out}»)`);
  if (resolve(out) === resolve(file))
    throw new UsageError("--out phải là một tệp mới: không ký đè lên báo cáo đã nhận");
  if (existsSync(out) && !options.force) {
    throw new UsageError(
      `tệp ${out} đã có; không ghi đè để khỏi mất số liệu (thêm --force nếu thật sự muốn ghi đè)`
    );
  }
  const justifications = parseJustifications(options.justify);

  let source: Buffer;
  try {
    source = await fs.readFile(file);
  } catch {
    throw new UsageError(`không đọc được tệp ${file}`);
  }
  let snapshot;
  try {
    snapshot = await readSnapshotFromBuffer(source);
  } catch (error) {
    if (!(error instanceof ReportReadError)) throw error;
    process.stderr.write(`thads-forms: ${file}: ${error.message}\n`);
    return 2;
  }
  const { standardResult } = await checkWithSignoff(snapshot, nodeSha256);
  const now = new Date();
  const outcome = await signReport(
    snapshot,
    standardResult,
    {
      by: options.by,
      title: options.title,
      at: isoWithOffset(now.getTime(), -now.getTimezoneOffset()),
      justifications,
    },
    nodeSha256
  );
  if (!outcome.ok) {
    for (const reason of outcome.reasons) process.stderr.write(`thads-forms: ${reason[lang]}\n`);
    for (const f of standardResult.findings.filter((x) => x.severity === "error").slice(0, 10))
      process.stderr.write(
        `  [${f.rule}] ${f.cells.slice(0, 3).join(", ")} ${lang === "vi" ? f.message : f.messageEn}\n`
      );
    return 1;
  }

  // ExcelJS is loaded only by the commands that write with it (check and aggregate start faster without).
  const { withSignoffRows, writeFileAtomically } = await import("../../files/sign-file");
  const signed = await withSignoffRows(source, recordToRows(outcome.record));
  // The file as written must verify as signed when read back, or nothing is written.
  const check = await verifySignoff(await readSnapshotFromBuffer(signed), nodeSha256);
  if (check.state !== "signed") {
    process.stderr.write(
      "thads-forms: tệp đã ký đọc lại không khớp với báo cáo; không ghi tệp (hãy báo lỗi này)\n"
    );
    return 2;
  }
  await writeFileAtomically(out, signed);
  const record = outcome.record;
  const who = record.title ? `${record.by} (${record.title})` : record.by;
  process.stdout.write(
    lang === "vi"
      ? `Đã ký duyệt ${file} → ${out}: ${who}, lúc ${record.at}, dấu vân tay ${record.fingerprint}.\n`
      : `Signed off ${file} → ${out}: ${who}, at ${record.at}, fingerprint ${record.fingerprint}.\n`
  );
  return 0;
}

/** Registers the command; `done` receives its exit code. */
export function registerSign(program: Command, done: (code: number) => void): void {
  program
    .command("sign")
    .description("ký duyệt một báo cáo (Trưởng THADS) và ghi ra một tệp mới có bản ghi ký duyệt")
    .argument("<file>", "báo cáo .xlsx cần ký")
    .requiredOption("--by <name>", "họ tên người ký duyệt")
    .option("--title <title>", "chức vụ người ký duyệt")
    .option(
      "--justify <RULE_ID=text>",
      "lý do chấp nhận một cảnh báo (lặp lại cho từng mã quy tắc)",
      collect
    )
    .requiredOption("--out <file.xlsx>", "tệp đã ký sẽ ghi (tệp mới)")
    .option("--force", "ghi đè tệp --out đã có")
    .option("--lang <lang>", "vi hoặc en", "vi")
    .action(async (file: string, options: SignOptions) => {
      done(await sign(file, options));
    });
}
