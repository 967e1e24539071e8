// How check results are printed: JSON for machines, a Vietnamese (or English) listing for people.
import {
  SIGNOFF_WORDS,
  findingKey,
  formatNumber,
  standardNote,
  type SignoffStatus,
  type StandardInfo,
} from "../core";
import type { FileResult as PoolResult } from "../files";

/** The sign-off as printed (the fingerprint of the report now is not shown). */
type PrintedSignoff = Omit<SignoffStatus, "fingerprint">;

export interface FileResult extends PoolResult {
  signoff?: PrintedSignoff;
  /** The version of the standard the file was made with. */
  standard?: StandardInfo;
}

/** No NaN or Infinity in the output, whatever a finding carries (JSON would print them as null). */
const finiteOrNull = (v: number | null) => (v === null || Number.isFinite(v) ? v : null);

/** The `signoff` object of a file in the JSON output. */
export function signoffJson(status: PrintedSignoff | undefined) {
  const r = status?.record;
  return {
    by: r?.by ?? null,
    title: r?.title ?? null,
    at: r?.at ?? null,
    standard: r?.standard ?? null,
    version: r?.version ?? null,
    fingerprint: r?.fingerprint ?? null,
    justifications: r?.justifications ?? {},
    state: status?.state ?? "unsigned",
  };
}

/** "Ký duyệt: …" for the human listing. */
function signoffLine(status: PrintedSignoff | undefined, lang: "vi" | "en"): string {
  const r = status?.record;
  if (!status || !r) return `  ${SIGNOFF_WORDS.unsigned[lang]}.`;
  const who = r.title ? `${r.by} (${r.title})` : r.by;
  const state = SIGNOFF_WORDS[status.state][lang];
  return lang === "vi"
    ? `  Ký duyệt: ${who}, lúc ${r.at} — ${state}${status.state === "changed" ? ` (${status.changes.length} ô)` : ""}.`
    : `  Sign-off: ${who}, at ${r.at} — ${state}${status.state === "changed" ? ` (${status.changes.length} cells)` : ""}.`;
}

/** `extra` adds top-level keys (the roll-up's missing and unknown). */
export function toJson(results: FileResult[], extra: Record<string, unknown> = {}): string {
  const files = results.map((r) =>
    r.error !== undefined
      ? { file: r.file, error: r.error }
      : {
          file: r.file,
          forms: r.forms,
          signoff: signoffJson(r.signoff),
          ...(r.standard ? { standard: r.standard } : {}),
          findings: r.findings!.map((f) => ({
            key: findingKey(f),
            rule: f.rule,
            severity: f.severity,
            form: f.form,
            names: f.names,
            cells: f.cells,
            left: f.beforeValue !== undefined ? f.beforeValue : finiteOrNull(f.left),
            right: f.afterValue !== undefined ? f.afterValue : finiteOrNull(f.right),
            difference: finiteOrNull(f.difference),
            message: f.message,
            // A failure that only follows from another (issue 13's folding): the key of its cause.
            ...(f.causedBy ? { causedBy: f.causedBy } : {}),
          })),
        }
  );
  return JSON.stringify({ files, ...extra }, null, 2);
}

const WORDS = {
  vi: {
    error: "LỖI",
    warning: "CẢNH BÁO",
    unreadable: "không đọc được",
    forms: "biểu",
    none: "Tất cả đều khớp: không có lỗi, không có cảnh báo.",
    errors: "lỗi",
    warnings: "cảnh báo",
    left: "trái",
    right: "phải",
    diff: "chênh lệch",
    total: "Tổng cộng",
    files: "tệp",
  },
  en: {
    error: "ERROR",
    warning: "WARNING",
    unreadable: "cannot be read",
    forms: "forms",
    none: "Everything reconciles: no errors, no warnings.",
    errors: "errors",
    warnings: "warnings",
    left: "left",
    right: "right",
    diff: "difference",
    total: "Total",
    files: "files",
  },
};

export function toText(results: FileResult[], lang: "vi" | "en" = "vi"): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const r of results) {
    if (r.error !== undefined) {
      unreadable++;
      lines.push(`${r.file}: ${w.unreadable}: ${r.error}`);
      continue;
    }
    const fe = r.findings!.filter((f) => f.severity === "error").length;
    errors += fe;
    warnings += r.findings!.length - fe;
    lines.push(
      `${r.file} — ${w.forms} ${r.forms!.join(", ")} — ${fe} ${w.errors}, ${r.findings!.length - fe} ${w.warnings}`
    );
    if (r.standard) lines.push(`  ${standardNote(r.standard)[lang]}.`);
    lines.push(signoffLine(r.signoff, lang));
    if (r.findings!.length === 0) lines.push(`  ${w.none}`);
    for (const f of r.findings!) {
      lines.push(
        `  [${f.severity === "error" ? w.error : w.warning}] ${f.rule}  ${f.cells.slice(0, 4).join(", ")}${f.cells.length > 4 ? ", …" : ""}`
      );
      lines.push(`      ${lang === "vi" ? f.message : f.messageEn}`);
      if (f.before !== undefined) {
        lines.push(
          `      ${lang === "vi" ? "lúc ký" : "at signing"} ${f.before} → ${lang === "vi" ? "nay" : "now"} ${f.after}`
        );
      } else if (f.left !== null || f.right !== null) {
        lines.push(
          `      ${w.left} ${formatNumber(finiteOrNull(f.left), lang)} · ${w.right} ${formatNumber(finiteOrNull(f.right), lang)} · ${w.diff} ${formatNumber(finiteOrNull(f.difference), lang)}`
        );
      }
    }
  }
  if (results.length > 1) {
    const unread = unreadable ? `, ${unreadable} ${w.unreadable}` : "";
    lines.push(
      `${w.total}: ${results.length} ${w.files}${unread}, ${errors} ${w.errors}, ${warnings} ${w.warnings}`
    );
  }
  return lines.join("\n");
}
