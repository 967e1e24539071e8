// A snapshot of a workbook's template cells: what every edge (Office.js, ExcelJS, the preview) reads in one
// batch and the checks take as their only input.
import type { CellAddress } from "./a1";

/** A cell's value as the checks see it. `null` is a blank cell. */
export type CellValue = number | string | boolean | null | { error: string } | { date: string };

export interface CellSnapshot {
  /** Where the defined name points; absent when the name is broken (#REF!). */
  address?: CellAddress;
  /** Absent when the value is unknown: a formula cell of a file never calculated by a spreadsheet. */
  value?: CellValue;
  /** The formula text, with "=", when the cell holds a formula. */
  formula?: string;
}

export interface WorkbookSnapshot {
  /** By data point name. Names missing here are missing from the workbook. */
  cells: Record<string, CellSnapshot>;
  /** Forms the workbook says it holds (its recorded standard), in addition to those found by name. */
  declaredForms?: string[];
  /** The standard and version recorded in the workbook, if any. */
  standard?: { id: string; version: string };
  /** Every key/value row of the hidden THADS_META sheet, as text (unit_code, aggregation sources …). */
  meta?: Record<string, string>;
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

export function asNumber(value: CellValue | undefined): number | undefined {
  if (isBlank(value)) return 0;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function describeValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "(trống)";
  if (typeof value === "object") return "error" in value ? value.error : value.date;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
