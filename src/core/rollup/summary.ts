// The rows of the summary an official reads after collecting: one per file, errors first.
import type { Finding } from "../findings";
import type { ReportIdentity } from "./collect";
import type { SignoffState } from "./signoff";
import type { Unit } from "./units";

export interface CheckedFile {
  file: string;
  identity?: ReportIdentity;
  forms?: string[];
  findings?: Finding[];
  /** Why the file could not be read. */
  error?: string;
  /** The listed unit the file was found to come from. */
  unit?: Unit;
}

export interface SummaryRow {
  file: string;
  unitCode: string;
  unit: string;
  forms: string;
  period: string;
  errors: number | null;
  warnings: number | null;
  signoff: string;
  firstError: string;
}

const SIGNOFF_WORDS: Record<SignoffState, string> = {
  unsigned: "chưa ký",
  signed: "đã ký",
  changed: "đã sửa sau khi ký",
};

export const SUMMARY_COLUMNS: { key: keyof SummaryRow; label: string; width: number }[] = [
  { key: "file", label: "Tệp", width: 28 },
  { key: "unitCode", label: "Mã đơn vị", width: 12 },
  { key: "unit", label: "Đơn vị báo cáo", width: 36 },
  { key: "forms", label: "Biểu", width: 20 },
  { key: "period", label: "Kỳ báo cáo", width: 18 },
  { key: "errors", label: "Số lỗi", width: 8 },
  { key: "warnings", label: "Số cảnh báo", width: 11 },
  { key: "signoff", label: "Ký duyệt", width: 16 },
  { key: "firstError", label: "Lỗi đầu tiên", width: 80 },
];

function rowOf(f: CheckedFile): SummaryRow {
  const id = f.identity ?? {};
  const errors = f.findings?.filter((x) => x.severity === "error");
  return {
    file: f.file,
    unitCode: f.unit?.code ?? id.unitCode ?? "",
    unit: id.unit ?? f.unit?.name ?? "",
    forms: f.forms?.join(", ") ?? "",
    period: id.period ?? "",
    errors: errors ? errors.length : null,
    warnings: errors ? f.findings!.length - errors.length : null,
    signoff: id.signoff ? SIGNOFF_WORDS[id.signoff] : f.error ? "" : "không rõ",
    firstError: f.error ? `Không đọc được tệp: ${f.error}` : (errors?.[0]?.message ?? ""),
  };
}

/** Unreadable files first, then by errors (most first), then warnings; file name breaks ties. */
export function summaryRows(files: CheckedFile[]): SummaryRow[] {
  const rank = (r: SummaryRow) => (r.errors === null ? Infinity : r.errors);
  return files
    .map(rowOf)
    .sort(
      (a, b) =>
        rank(b) - rank(a) ||
        (b.warnings ?? 0) - (a.warnings ?? 0) ||
        a.file.localeCompare(b.file, "vi")
    );
}
