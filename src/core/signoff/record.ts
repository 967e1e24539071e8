// The sign-off record and its one serialization: rows of the hidden meta sheet (key in column A, value in
// column B), readable without the add-in. The canonical text signed is kept too, split into rows under
// Excel's 32,767-character cell limit, so a later reader can say which cell changed and from what.

export interface SignoffRecord {
  /** Who signed: the office head's name. */
  by: string;
  title: string;
  /** ISO 8601 with the signer's offset, e.g. 2026-11-25T10:15:00+07:00. */
  at: string;
  standard: string;
  version: string;
  /** "sha256:<hex>" of the canonical text's UTF-8 bytes. */
  fingerprint: string;
  /** Why each warning rule is acceptable, by rule id. */
  justifications: Record<string, string>;
  /** The canonical text signed. */
  canonical: string;
}

/** Every sign-off key starts with this; no other key of the meta sheet does. */
export const SIGNOFF_PREFIX = "signoff.";
const FORMAT = "1";
/** Below Excel's 32,767 characters per cell, with room for the marker. */
export const CHUNK_LENGTH = 32000;
/** Chunks start with a marker so that no value begins with "=", "+", "-" or "@" (read as a formula). */
const CHUNK_MARK = "~";

const KEYS = [
  "format",
  "by",
  "title",
  "at",
  "standard",
  "version",
  "fingerprint",
  "justifications",
];

export function isSignoffKey(key: string): boolean {
  return key.startsWith(SIGNOFF_PREFIX);
}

/** Splits text into pieces of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunk(text: string, size = CHUNK_LENGTH): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(text.slice(i, end));
    i = end;
  }
  return pieces;
}

export function recordToRows(record: SignoffRecord): [string, string][] {
  const rows: [string, string][] = [
    ["signoff.format", FORMAT],
    ["signoff.by", record.by],
    ["signoff.title", record.title],
    ["signoff.at", record.at],
    ["signoff.standard", record.standard],
    ["signoff.version", record.version],
    ["signoff.fingerprint", record.fingerprint],
    ["signoff.justifications", CHUNK_MARK + JSON.stringify(record.justifications)],
  ];
  chunk(record.canonical).forEach((piece, i) =>
    rows.push([`signoff.values.${i + 1}`, CHUNK_MARK + piece])
  );
  return rows;
}

export type ParsedRecord =
  | { kind: "none" }
  | { kind: "record"; record: SignoffRecord }
  | { kind: "damaged"; reason: string };

const stripMark = (value: string) => (value.startsWith(CHUNK_MARK) ? value.slice(1) : value);

/** The record in the meta sheet's rows; "damaged" (never a throw) when rows are missing or unreadable. */
export function recordFromMeta(meta: Record<string, string> | undefined): ParsedRecord {
  const keys = Object.keys(meta ?? {}).filter(isSignoffKey);
  if (!meta || keys.length === 0) return { kind: "none" };
  const missing = KEYS.filter((k) => meta[SIGNOFF_PREFIX + k] === undefined);
  if (missing.length > 0)
    return {
      kind: "damaged",
      reason: `thiếu ${missing.map((k) => SIGNOFF_PREFIX + k).join(", ")}`,
    };
  if (meta["signoff.format"] !== FORMAT)
    return { kind: "damaged", reason: `định dạng ${meta["signoff.format"]} không được hỗ trợ` };
  let justifications: Record<string, string>;
  try {
    const parsed: unknown = JSON.parse(stripMark(meta["signoff.justifications"]));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
    justifications = {};
    for (const [rule, why] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof why !== "string") throw new Error();
      justifications[rule] = why;
    }
  } catch {
    return { kind: "damaged", reason: "không đọc được signoff.justifications" };
  }
  const pieces: string[] = [];
  for (let i = 1; meta[`signoff.values.${i}`] !== undefined; i++)
    pieces.push(stripMark(meta[`signoff.values.${i}`]));
  if (pieces.length === 0) return { kind: "damaged", reason: "thiếu signoff.values.1" };
  if (!/^sha256:[0-9a-f]{64}$/.test(meta["signoff.fingerprint"]))
    return { kind: "damaged", reason: "signoff.fingerprint không phải SHA-256" };
  return {
    kind: "record",
    record: {
      by: meta["signoff.by"],
      title: meta["signoff.title"],
      at: meta["signoff.at"],
      standard: meta["signoff.standard"],
      version: meta["signoff.version"],
      fingerprint: meta["signoff.fingerprint"],
      justifications,
      canonical: pieces.join(""),
    },
  };
}

/** Where the record goes in a meta sheet whose column A holds `keys` (row 1 first). */
export interface RecordPlacement {
  /** 1-based rows of an earlier sign-off to clear (before the new rows are written). */
  clear: number[];
  /** 1-based row of the new record's first row; its rows follow one under another. */
  startRow: number;
  rows: [string, string][];
}

/**
 * An earlier sign-off that ends the sheet is overwritten in place (its extra rows cleared); one followed by
 * other keys is cleared and the new record goes after the last row. Other keys are never moved or rewritten.
 */
export function placeRecord(keys: string[], rows: [string, string][]): RecordPlacement {
  const old = keys.map((k, i) => (isSignoffKey(k) ? i + 1 : 0)).filter((r) => r > 0);
  let lastOther = 0;
  keys.forEach((key, i) => {
    if (key !== "" && !isSignoffKey(key)) lastOther = i + 1;
  });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, with no old row old[0] > lastOther is false too, and a row is never both old and other
  const tail = old.length > 0 && old[0] > lastOther;
  const startRow = tail ? old[0] : lastOther + 1;
  const end = startRow + rows.length - 1;
  return { clear: old.filter((r) => r < startRow || r > end), startRow, rows };
}

/** ISO 8601 with offset, from an instant and the signer's offset east of UTC in minutes. */
export function isoWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}
