// Text given to Office.js stays text. Range.values and Range.formulas read a string that starts with "=",
// "+" or "-" as a formula (Excel.Range reference, "values": "If the value starts with a plus ('+'), minus
// ('-'), or equal sign ('='), Excel interprets this value as a formula"), so a justification written as
// "- đã giải trình", a header typed as "=…" or a file name would turn into a formula or #NAME?. Such text gets
// Excel's quote prefix ('), which Excel keeps out of the cell's value, as when an officer types it.

/** The string to write for this text; a leading apostrophe is doubled so it survives too. */
export function excelText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** Every string of a values matrix as text; numbers, booleans and blanks unchanged. */
export function excelTextRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" ? excelText(v) : v)));
}
