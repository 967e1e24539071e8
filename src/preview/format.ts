// How a value shows in the grid: numbers in the cell's number format, the Vietnamese way (1.234,5).
import type { CellValue } from "../core";

const formatters = new Map<number, Intl.NumberFormat>();

function decimalsOf(format: string | undefined): number | undefined {
  if (!format) return undefined;
  const dot = format.indexOf(".");
  return dot < 0 ? 0 : format.length - dot - 1;
}

export function displayValue(value: CellValue | undefined, format?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const decimals = decimalsOf(format);
    if (decimals === undefined) return String(value).replace(".", ",");
    let f = formatters.get(decimals);
    if (!f)
      formatters.set(
        decimals,
        (f = new Intl.NumberFormat("vi-VN", {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }))
      );
    return f.format(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return "error" in value ? value.error : value.date;
  return value;
}
