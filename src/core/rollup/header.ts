// What a report says of itself in its header: kỳ báo cáo, đơn vị báo cáo, đơn vị nhận (data points
// `<FORM>.P1.hdr.<code>`), read from the first form of the workbook that fills them in.
import { headerName } from "../layout";
import { describeValue, isBlank, type WorkbookSnapshot } from "../snapshot";
import { formsIn } from "../checks/context";

export function headerValue(snapshot: WorkbookSnapshot, field: string): string | undefined {
  for (const form of formsIn(snapshot)) {
    const value = snapshot.cells[headerName(form, field)]?.value;
    if (!isBlank(value)) return describeValue(value).replace(/\s+/g, " ").trim();
  }
  return undefined;
}

export interface ParsedPeriod {
  months: number;
  year: number;
}

/** "12 tháng/năm 2026", "12 tháng năm 2026", "12 THÁNG / NĂM 2026" → { months: 12, year: 2026 }. */
export function parsePeriod(label: string | undefined): ParsedPeriod | undefined {
  if (!label) return undefined;
  const match = /(\d{1,2})\s*tháng\s*[/,-]?\s*năm\s*(\d{4})/iu.exec(label.normalize("NFC"));
  if (!match) return undefined;
  const months = Number(match[1]);
  return months >= 1 && months <= 12 ? { months, year: Number(match[2]) } : undefined;
}

/** Two period labels name the same period (by months and year when both parse, else as text). */
export function samePeriod(a: string | undefined, b: string | undefined): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return pa.months === pb.months && pa.year === pb.year;
  return (a ?? "").toLocaleLowerCase("vi") === (b ?? "").toLocaleLowerCase("vi");
}
