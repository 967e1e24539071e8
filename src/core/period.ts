// Reporting periods. The statistical year runs from 01/10 of the previous year to 30/9 (Quy chế 14/2013,
// Điều 17), and a report is cumulative: "3 tháng/năm 2008" covers October to December 2007.

export interface ReportingPeriod {
  months: number;
  year: number;
  /** "3 tháng/năm 2008", as printed under the form's title. */
  label: string;
}

export function statisticalYear(date: { year: number; month: number }): number {
  return date.month >= 10 ? date.year + 1 : date.year;
}

/** Months of the statistical year up to and including the given calendar month (October is 1). */
export function monthsIntoYear(month: number): number {
  return ((month + 2) % 12) + 1;
}

export function periodLabel(months: number, year: number): string {
  return `${months} tháng/năm ${year}`;
}

/** The period a report prepared in the given month covers, counting that month. */
export function reportingPeriod(date: { year: number; month: number }): ReportingPeriod {
  const months = monthsIntoYear(date.month);
  const year = statisticalYear(date);
  return { months, year, label: periodLabel(months, year) };
}
