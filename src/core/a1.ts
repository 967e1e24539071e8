// A1 notation helpers. Rows and columns are 1-based, as in Excel.

export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
}

export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** Excel quotes a sheet name in a reference by doubling its apostrophes. */
export function quoteSheet(sheet: string): string {
  let quoted = quotedSheets.get(sheet);
  if (quoted === undefined) {
    quoted = `'${sheet.replace(/'/g, "''")}'`;
    // Stryker disable next-line all: bounds the memory of a cache; no result depends on it
    if (quotedSheets.size > 1000) quotedSheets.clear();
    quotedSheets.set(sheet, quoted);
  }
  return quoted;
}

const quotedSheets = new Map<string, string>();

/** "'05-TH Trang 1'!D12": how findings and selections name a cell. */
export function qualified(address: CellAddress, absolute = false): string {
  return `${quoteSheet(address.sheet)}!${a1(address.row, address.col, absolute)}`;
}

export function parseA1(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return match ? { col: columnNumber(match[1]), row: Number(match[2]) } : undefined;
}

/** Parses "'Sheet name'!$D$12" or "Sheet!D12" (a single cell) into an address. */
export function parseQualified(ref: string): CellAddress | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(ref.slice(bang + 1));
  return cell && sheet ? { sheet, ...cell } : undefined;
}

/** "D12:L12" for a rectangle. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  return top === bottom && left === right ? start : `${start}:${a1(bottom, right)}`;
}
