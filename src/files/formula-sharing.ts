// A shared formula as Excel expands it: the master's text with every relative reference moved by the
// dependent cell's offset (absolute parts, string literals, quoted sheet names and function names stay).
import { a1 } from "../core";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  return a1(1, n).replace(/\d+$/, "");
}

/** Moves the relative parts of the A1 references in `formula` by rows and columns. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Quoted parts (strings, 'sheet names') pass through; references are shifted in the rest.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g,
            (all, colAbs: string, letters: string, rowAbs: string, digits: string) => {
              const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
              const row = rowAbs ? Number(digits) : Number(digits) + rows;
              if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return "#REF!";
              return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
            }
          )
    )
    .join("");
}
