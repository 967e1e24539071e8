// Collecting a level's reports: which listed office each file comes from (by the unit code its template
// recorded, else by the header's unit name), which offices sent nothing, and which files belong to none.
import type { WorkbookSnapshot } from "../snapshot";
import { headerValue } from "./header";
import { unitCodeOf } from "./meta";
import { unitKey, type Unit } from "./units";

export interface ReceivedFile {
  file: string;
  /** Absent when the file could not be read as a report. */
  snapshot?: WorkbookSnapshot;
}

export interface Collection {
  /** The unit of each readable file, by file; undefined when it matches no listed unit. */
  unitOf: Map<string, Unit | undefined>;
  missing: Unit[];
  /** Readable files that belong to no listed office. */
  unknown: string[];
}

export function identify(snapshot: WorkbookSnapshot, units: Unit[]): Unit | undefined {
  const code = unitCodeOf(snapshot)?.toLowerCase();
  if (code) {
    const byCode = units.find((u) => u.code.toLowerCase() === code);
    if (byCode) return byCode;
  }
  const name = headerValue(snapshot, "don_vi_bao_cao");
  if (!name) return undefined;
  const key = unitKey(name);
  return units.find((u) => unitKey(u.name) === key);
}

export function collect(files: ReceivedFile[], units: Unit[]): Collection {
  const unitOf = new Map<string, Unit | undefined>();
  const reported = new Set<string>();
  const unknown: string[] = [];
  for (const { file, snapshot } of files) {
    if (!snapshot) continue;
    const unit = identify(snapshot, units);
    unitOf.set(file, unit);
    if (unit) reported.add(unit.code);
    else unknown.push(file);
  }
  return { unitOf, missing: units.filter((u) => !reported.has(u.code)), unknown };
}
