// The canonical text of a report: every data point name (header fields included) with what it holds, one
// line each ("name entry", split at the first space: names have none), sorted by name. It depends on nothing
// but the names and the values, so sheet order, sheet names and cell positions do not change it; every edge
// hashes the same UTF-8 bytes of it.
import { HEADER_FIELDS } from "../../forms";
import { parseDataPointName } from "../model";
import type { CellSnapshot, WorkbookSnapshot } from "../snapshot";

export const CANONICAL_HEADER = "THADS-SIGNOFF 1";

/** Fields the receiving office fills after the report is signed (ngày nhận): not part of what is signed. */
const RECEIVER_FIELDS = new Set(HEADER_FIELDS.filter((f) => f.byReceiver).map((f) => f.code));

/** What one data point holds, as a canonical entry: "" blank, "n:12", "s:text", "b:TRUE", "e:#REF!",
 * "d:2026-11-25", "f" a formula (its value follows from the inputs and is checked by the rules),
 * "!" a name that points nowhere. */
export type Entry = string;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date as the readers give it (ISO from files, a serial number from Office.js) → "YYYY-MM-DD". */
function isoDate(date: string): string {
  const serial = Number(date);
  if (date.trim() !== "" && Number.isFinite(serial)) {
    return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000)).toISOString().slice(0, 10);
  }
  return date.slice(0, 10);
}

export function entryOf(cell: CellSnapshot | undefined): Entry {
  if (!cell || !cell.address) return "!";
  if (cell.formula) return "f";
  const value = cell.value;
  if (value === null || value === undefined || value === "") return "";
  // Stryker disable next-line UnaryOperator: equivalent, a template prints -0 and +0 both as "0"
  if (typeof value === "number") return `n:${Object.is(value, -0) ? 0 : value}`;
  if (typeof value === "string") return `s:${value}`;
  if (typeof value === "boolean") return `b:${value ? "TRUE" : "FALSE"}`;
  return "error" in value ? `e:${value.error}` : `d:${isoDate(value.date)}`;
}

/** The data point names the sign-off covers: every name of a form, header fields but ngày nhận. */
export function signedNames(snapshot: WorkbookSnapshot): string[] {
  return Object.keys(snapshot.cells)
    .filter((name) => {
      const parsed = parseDataPointName(name);
      return parsed && !(parsed.row === "hdr" && RECEIVER_FIELDS.has(parsed.column));
    })
    .sort(byCodeUnits);
}

/** Sorted by UTF-16 code units, the same on every edge (no locale). */
// Stryker disable next-line EqualityOperator: equivalent, names are keys of one object, never equal
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Control characters are escaped: other programs may normalise them in cell text.
const escape = (s: string) =>
  s.replace(/[\\\t\r\n]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\r": "\\r", "\n": "\\n" })[c]!);
const unescape = (s: string) =>
  s.replace(/\\(.)/g, (_m, c: string) =>
    c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c
  );

export function canonicalText(snapshot: WorkbookSnapshot): string {
  const lines = [CANONICAL_HEADER];
  for (const name of signedNames(snapshot))
    lines.push(`${name} ${escape(entryOf(snapshot.cells[name]))}`);
  return `${lines.join("\n")}\n`;
}

/** The entries of a canonical text by name; undefined when the text is not one. */
export function parseCanonical(text: string): Map<string, Entry> | undefined {
  const lines = text.split("\n");
  if (lines[0] !== CANONICAL_HEADER || lines[lines.length - 1] !== "") return undefined;
  const entries = new Map<string, Entry>();
  for (const line of lines.slice(1, -1)) {
    const space = line.indexOf(" ");
    // Stryker disable next-line EqualityOperator: equivalent, a line starting with a space has the name "", never a data point
    if (space < 0 || !parseDataPointName(line.slice(0, space))) return undefined;
    entries.set(line.slice(0, space), unescape(line.slice(space + 1)));
  }
  return entries;
}

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : undefined;

/** The UTF-8 bytes every edge hashes: TextEncoder's where there is one (a report's text is hashed for every
 * file a folder check reads), else encoded by hand (older webviews, jsdom), to the same bytes. */
export function canonicalBytes(text: string): Uint8Array {
  return encoder ? encoder.encode(text) : utf8Bytes(text);
}

/** UTF-8 by hand, as TextEncoder encodes (a lone surrogate becomes U+FFFD). */
export function utf8Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let n = 0;
  for (const char of text) {
    let c = char.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate, as TextEncoder encodes it
    if (c < 0x80) bytes[n++] = c;
    else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 63);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return bytes.slice(0, n);
}

/** SHA-256 of the bytes, as lowercase hex: Web Crypto in the pane, node:crypto on files. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

export async function fingerprintOf(text: string, sha256: Sha256): Promise<string> {
  return `sha256:${await sha256(canonicalBytes(text))}`;
}

/** An entry as people read it: the number, the text, "(trống)"… */
export function entryText(entry: Entry | undefined, lang: "vi" | "en" = "vi"): string {
  if (entry === undefined || entry === "!") return lang === "vi" ? "(không còn ô)" : "(no cell)";
  if (entry === "") return lang === "vi" ? "(trống)" : "(blank)";
  if (entry === "f") return lang === "vi" ? "(công thức)" : "(formula)";
  return entry.slice(2);
}

/** An entry as data: the number, the text, null when blank; a formula or a missing cell as people read it. */
export function entryValue(entry: Entry | undefined): number | string | null {
  if (entry === "") return null;
  if (entry?.startsWith("n:")) return Number(entry.slice(2));
  return entryText(entry);
}

/** An entry's number, when it holds one. */
export function entryNumber(entry: Entry | undefined): number | null {
  return entry?.startsWith("n:") ? Number(entry.slice(2)) : null;
}
