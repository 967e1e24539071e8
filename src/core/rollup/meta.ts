// The roll-up's keys in the hidden THADS_META sheet (key in column A, value in column B): the unit code a
// template was made for, and the sources a consolidated report was added up from. Kept in one place so
// that the core's meta parser can take them over.
import type { WorkbookSnapshot } from "../snapshot";

export const META_UNIT_CODE = "unit_code";
export const META_AGGREGATED_AT = "aggregated_at";
export const META_AGGREGATED_FORCED = "aggregated_forced";
export const META_SOURCE_PREFIX = "aggregated_source.";

export interface AggregationSource {
  file: string;
  unitCode?: string;
  unit?: string;
  /** SHA-256 of the file as received, hex. */
  sha256: string;
}

export function unitCodeOf(snapshot: WorkbookSnapshot): string | undefined {
  const code = snapshot.meta?.[META_UNIT_CODE]?.trim();
  return code ? code : undefined;
}

/** The sources a consolidated report records, in order; entries that do not parse are left out. */
export function sourcesOf(snapshot: WorkbookSnapshot): AggregationSource[] {
  const entries = Object.entries(snapshot.meta ?? {})
    .filter(([key]) => key.startsWith(META_SOURCE_PREFIX))
    .sort(
      (a, b) =>
        Number(a[0].slice(META_SOURCE_PREFIX.length)) -
        Number(b[0].slice(META_SOURCE_PREFIX.length))
    );
  const sources: AggregationSource[] = [];
  for (const [, value] of entries) {
    try {
      const parsed = JSON.parse(value) as AggregationSource;
      if (typeof parsed.file === "string" && typeof parsed.sha256 === "string")
        sources.push(parsed);
    } catch {
      // a hand-edited row: not a source we can name
    }
  }
  return sources;
}

export function sourceRows(
  sources: AggregationSource[],
  at: Date,
  forced: string[]
): [string, string][] {
  const rows: [string, string][] = [[META_AGGREGATED_AT, at.toISOString()]];
  if (forced.length > 0) rows.push([META_AGGREGATED_FORCED, forced.join(" | ")]);
  sources.forEach((s, i) => rows.push([`${META_SOURCE_PREFIX}${i + 1}`, JSON.stringify(s)]));
  return rows;
}
