// How check results are printed: JSON for machines, a Vietnamese (or English) listing for people.
import { formatNumber, standardNote, type Finding, type StandardInfo } from "../core";

export interface FileResult {
  file: string;
  forms?: string[];
  /** The version of the standard the file was made with. */
  standard?: StandardInfo;
  findings?: Finding[];
  error?: string;
}

/** `extra` adds top-level keys (the roll-up's missing and unknown). */
export function toJson(results: FileResult[], extra: Record<string, unknown> = {}): string {
  const files = results.map((r) =>
    r.error !== undefined
      ? { file: r.file, error: r.error }
      : {
          file: r.file,
          forms: r.forms,
          ...(r.standard ? { standard: r.standard } : {}),
          findings: r.findings!.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            form: f.form,
            names: f.names,
            cells: f.cells,
            left: f.left,
            right: f.right,
            difference: f.difference,
            message: f.message,
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
  },
};

export function toText(results: FileResult[], lang: "vi" | "en" = "vi"): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.error !== undefined) {
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
    if (r.findings!.length === 0) lines.push(`  ${w.none}`);
    for (const f of r.findings!) {
      lines.push(
        `  [${f.severity === "error" ? w.error : w.warning}] ${f.rule}  ${f.cells.slice(0, 4).join(", ")}${f.cells.length > 4 ? ", …" : ""}`
      );
      lines.push(`      ${lang === "vi" ? f.message : f.messageEn}`);
      if (f.left !== null || f.right !== null) {
        lines.push(
          `      ${w.left} ${formatNumber(f.left, lang)} · ${w.right} ${formatNumber(f.right, lang)} · ${w.diff} ${formatNumber(f.difference, lang)}`
        );
      }
    }
  }
  if (results.length > 1)
    lines.push(`${w.total}: ${errors} ${w.errors}, ${warnings} ${w.warnings}`);
  return lines.join("\n");
}
