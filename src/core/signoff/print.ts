// The printable review (Phiếu kiểm tra): one sheet, laid out for A4, holding the review table and the
// sign-off, for the head to print next to the report and sign on paper. Its first cell carries a fixed
// title by which the add-in recognises the sheet as its own (and replaces only that sheet). Each line says
// where in the form's own terms (form, page, row, column); the rule id and the A1 cells come last, for the
// help desk and the province.
import { formatNumber } from "../messages";
import { formShortLabel } from "../place";
import type { ReviewSheet } from "./review";
import { SIGNOFF_WORDS } from "./messages";
import type { SignoffStatus } from "./verify";

export const REVIEW_SHEET = "Phiếu kiểm tra";
/** A1 of the add-in's review sheet, and how it is recognised. */
export const REVIEW_MARK = "PHIẾU KIỂM TRA BÁO CÁO THỐNG KÊ THI HÀNH ÁN DÂN SỰ";

export interface ReviewSheetPlan {
  /** The sheet's name; when taken by a sheet not the add-in's, the edge picks a free one. */
  sheetName: string;
  /** Texts, row by row, from A1; every row as wide as `columnWidths`. */
  rows: string[][];
  /** 1-based rows printed bold (titles and the table head). */
  boldRows: number[];
  /**
   * 1-based rows holding one text only (titles, headings, the sign-off lines): not wrapped, so the text runs
   * on over the empty cells to its right, as Excel shows it; every other row wraps within its columns.
   */
  lineRows: number[];
  /** In characters. */
  columnWidths: number[];
}

/** STT, Nội dung, Biểu, Kết quả, Trái / phải, Lý do chấp nhận, Mã quy tắc / ô. */
const COLUMNS = [5, 42, 12, 10, 16, 28, 22];

function line(...cells: string[]): string[] {
  return [...cells, ...Array(COLUMNS.length - cells.length).fill("")].slice(0, COLUMNS.length);
}

export function reviewSheetPlan(
  review: ReviewSheet,
  signoff?: SignoffStatus,
  justifications: Record<string, string> = {},
  header: { unit?: string; period?: string } = {}
): ReviewSheetPlan {
  const rows: string[][] = [];
  const bold: number[] = [];
  const push = (cells: string[], isBold = false) => {
    rows.push(line(...cells));
    if (isBold) bold.push(rows.length);
  };
  push([REVIEW_MARK], true);
  push([`Đơn vị báo cáo: ${header.unit ?? ""}`]);
  push([`Kỳ báo cáo: ${header.period ?? ""}`]);
  push([`Biểu: ${review.forms.join(", ")} — ${review.errors} lỗi, ${review.warnings} cảnh báo`]);
  push([]);
  push(["I. KIỂM TRA THEO CHUẨN"], true);
  push(
    ["STT", "Nội dung", "Biểu", "Kết quả", "Trái / phải", "Lý do chấp nhận", "Mã quy tắc / ô"],
    true
  );
  let n = 0;
  for (const row of review.rows) {
    const outcome = SIGNOFF_WORDS[row.outcome].vi;
    const why = row.outcome === "warning" ? (justifications[row.rule] ?? "") : "";
    if (row.findings.length === 0) {
      push([String(++n), row.statement.vi, row.formLabel.vi, outcome, "", "", row.rule]);
      continue;
    }
    row.findings.forEach((f, i) => {
      const values =
        f.before !== undefined
          ? `${f.before} → ${f.after}`
          : f.left !== null || f.right !== null
            ? `${formatNumber(f.left)} / ${formatNumber(f.right)}`
            : "";
      const where = row.where[i]?.vi;
      const cells = f.cells.slice(0, 3).join(", ") + (f.cells.length > 3 ? ", …" : "");
      push([
        String(++n),
        `${row.title.vi}${where ? ` — ${where}` : ""}. ${f.message}`,
        row.formLabel.vi || formShortLabel(f.form).vi,
        outcome,
        values,
        why,
        cells ? `${f.rule}: ${cells}` : f.rule,
      ]);
    });
  }
  push([]);
  push(["II. ĐẦY ĐỦ"], true);
  for (const page of review.pages)
    push([
      "",
      page.label.vi,
      "",
      page.blank === 0
        ? SIGNOFF_WORDS.filled.vi
        : `${page.blank}/${page.inputs} ${SIGNOFF_WORDS.blankInputs.vi}`,
    ]);
  for (const field of review.header)
    push([
      "",
      field.label.vi,
      "",
      field.filled ? SIGNOFF_WORDS.filled.vi : SIGNOFF_WORDS.notFilled.vi,
      "",
      "",
      field.cell ?? "",
    ]);
  push([]);
  push(["III. KÝ DUYỆT"], true);
  const record = signoff?.record;
  if (record) {
    push(["", `Trạng thái: ${SIGNOFF_WORDS[signoff!.state].vi}`]);
    push(["", `Người ký duyệt: ${record.by}`]);
    push(["", `Chức vụ: ${record.title}`]);
    push(["", `Thời điểm: ${record.at}`]);
    push(["", `Chuẩn: ${record.standard} ${record.version}`]);
    push(["", `Dấu vân tay: ${record.fingerprint}`]);
  } else {
    push(["", SIGNOFF_WORDS.unsigned.vi]);
  }
  push([]);
  push(["", "", "", "", "TRƯỞNG THI HÀNH ÁN DÂN SỰ"], true);
  push(["", "", "", "", "(ký, ghi rõ họ tên, đóng dấu)"]);
  const lineRows = rows
    .map((r, i) => (r.filter((c) => c !== "").length === 1 ? i + 1 : 0))
    .filter((r) => r > 0);
  return { sheetName: REVIEW_SHEET, rows, boldRows: bold, lineRows, columnWidths: COLUMNS };
}
