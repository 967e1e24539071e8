// What a typed entry becomes, kept simple: a plain number ("-3", "2.5", "2,5"), a formula ("=…"), a blank, or
// text. Vietnamese thousands separators ("1.234") are not guessed at: "1.234" is one point two three four.
export type Entry =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "formula"; text: string }
  | { kind: "text"; text: string };

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function parseEntry(raw: string): Entry {
  const trimmed = raw.trim();
  if (trimmed === "") return { kind: "blank" };
  if (trimmed.startsWith("=") && trimmed.length > 1) return { kind: "formula", text: trimmed };
  if (NUMBER.test(trimmed)) return { kind: "number", value: Number(trimmed.replace(",", ".")) };
  return { kind: "text", text: raw };
}
