// The summary workbook an official reads after a collection: one row per file (errors first) with filters
// on the header row, and a sheet of the offices that have not reported.
import ExcelJS from "exceljs";
import { SUMMARY_COLUMNS, type SummaryRow, type Unit } from "../../core";

function table(
  ws: ExcelJS.Worksheet,
  columns: { label: string; width: number }[],
  rows: (string | number | null)[][]
): void {
  ws.columns = columns.map((c) => ({ header: c.label, width: c.width }));
  for (const row of rows) ws.addRow(row);
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rows.length, column: columns.length },
  };
  ws.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
}

const SUMMARY_SUBJECT = "thads-forms: kết quả kiểm tra báo cáo đã nhận";

/** A workbook this command wrote as a summary (so it may be replaced by the next run). */
export async function isSummaryWorkbook(path: string): Promise<boolean> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook.subject === SUMMARY_SUBJECT && !workbook.getWorksheet("THADS_META");
  } catch {
    return false;
  }
}

export async function summaryWorkbook(
  rows: SummaryRow[],
  missing: Unit[] | undefined,
  unknown: string[] | undefined
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thads-forms";
  workbook.subject = SUMMARY_SUBJECT;
  const files = workbook.addWorksheet("Báo cáo đã nhận");
  table(
    files,
    SUMMARY_COLUMNS,
    rows.map((r) => SUMMARY_COLUMNS.map((c) => r[c.key]))
  );
  files.eachRow((row, n) => {
    if (n > 1 && (row.getCell(6).value === null || Number(row.getCell(6).value) > 0))
      row.getCell(6).font = { bold: true, color: { argb: "FFC00000" } };
  });
  if (missing) {
    table(
      workbook.addWorksheet("Đơn vị chưa nộp"),
      [
        { label: "Mã đơn vị", width: 12 },
        { label: "Tên đơn vị", width: 40 },
        { label: "Đơn vị nhận báo cáo", width: 36 },
      ],
      missing.map((u) => [u.code, u.name, u.receiver])
    );
  }
  if (unknown && unknown.length > 0) {
    table(
      workbook.addWorksheet("Tệp không rõ đơn vị"),
      [{ label: "Tệp không thuộc đơn vị nào trong danh sách", width: 60 }],
      unknown.map((f) => [f])
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
