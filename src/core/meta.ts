// The workbook's metadata: key/value rows of the very hidden sheet THADS_META (key in column A, value in B).
// Every edge reads it through this one parser; new keys (unit code, sign-off records …) are added here.
import { STANDARD } from "../forms";
import type { WorkbookSnapshot } from "./snapshot";

export const META_SHEET = "THADS_META";

export interface WorkbookMeta {
  /** Every key's value as text, the first row of a key winning. */
  entries: Map<string, string>;
  standard?: { id: string; version: string };
  /** Form ids the workbook declares it holds (TK05CD …). */
  forms: string[];
  /** Families whose TH is computed from CD + TD. */
  linked: string[];
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses the meta sheet's rows (column A, column B), as any edge reads them. */
export function parseMeta(rows: Iterable<readonly unknown[]>): WorkbookMeta {
  const entries = new Map<string, string>();
  for (const row of rows) {
    // Keys are trimmed; values are kept to the character (a sign-off record's text ends in a line break).
    const key = text(row[0]).trim();
    if (key && !entries.has(key)) entries.set(key, text(row[1]));
  }
  const id = entries.get("standard")?.trim();
  return {
    entries,
    ...(id ? { standard: { id, version: (entries.get("version") ?? "").trim() } } : {}),
    forms: list(entries.get("forms")),
    linked: list(entries.get("linked")),
  };
}

/** What the checks take from the metadata: the declared forms and the recorded standard. */
export function snapshotMeta(
  meta: WorkbookMeta
): Pick<WorkbookSnapshot, "declaredForms" | "standard"> {
  return {
    ...(meta.forms.length ? { declaredForms: meta.forms } : {}),
    ...(meta.standard ? { standard: meta.standard } : {}),
  };
}

/** The rows a template records, in this order (the defined names THADS.* point at the first three). */
export function metaRows(
  forms: string[],
  linked: string[],
  made: { version?: string; edition?: string } = {}
): [string, string][] {
  return [
    ["standard", STANDARD.id],
    ["version", made.version ?? STANDARD.version],
    ["forms", forms.join(",")],
    ["linked", linked.join(",")],
    ["source", STANDARD.source],
    ...(made.edition ? [["edition", made.edition] as [string, string]] : []),
  ];
}

/**
 * The record sheet's rows after another add to a workbook that has one: each planned key written over the
 * row that holds it, keys the sheet lacks added after its last row, and every other row kept where it is
 * (a sign-off record among them, which a sheet written by an older release may have right after fewer keys).
 */
export function mergeMetaRows(
  existing: readonly (readonly unknown[])[] | undefined,
  planned: readonly [string, string][]
): [string, string][] {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const rows = (existing ?? []).map((r): [string, string] => [text(r[0]), text(r[1])]);
  const rowOf = new Map<string, number>();
  rows.forEach(([key], i) => {
    if (key.trim() !== "" && !rowOf.has(key.trim())) rowOf.set(key.trim(), i);
  });
  for (const [key, value] of planned) {
    const at = rowOf.get(key);
    if (at === undefined) rowOf.set(key, rows.push([key, value]) - 1);
    else rows[at] = [key, value];
  }
  return rows;
}
