// Collecting a level's reports: which listed office each file comes from (by the unit code its template
// recorded, else by the header's unit name), which offices sent nothing, and which files belong to none.
import type { WorkbookSnapshot } from "../snapshot";
import { headerValue } from "./header";
import { unitCodeOf } from "./meta";
import { signoffStateOf, type SignoffState } from "./signoff";
import { unitKey, type Unit } from "./units";

/** What a report says of who sent it and for when: small, so thousands of files need not stay in memory. */
export interface ReportIdentity {
  unitCode?: string;
  unit?: string;
  period?: string;
  signoff?: SignoffState;
}

export function identityOf(snapshot: WorkbookSnapshot): ReportIdentity {
  return {
    unitCode: unitCodeOf(snapshot),
    unit: headerValue(snapshot, "don_vi_bao_cao"),
    period: headerValue(snapshot, "ky_bao_cao"),
    signoff: signoffStateOf(snapshot),
  };
}

export interface ReceivedFile {
  file: string;
  /** Absent when the file could not be read as a report. */
  identity?: ReportIdentity;
}

export interface Collection {
  /** The unit of each readable file, by file; undefined when it matches no listed unit. */
  unitOf: Map<string, Unit | undefined>;
  missing: Unit[];
  /** Readable files that belong to no listed office. */
  unknown: string[];
}

export function identify(identity: ReportIdentity, units: Unit[]): Unit | undefined {
  const code = identity.unitCode?.toLowerCase();
  // Stryker disable next-line ConditionalExpression: equivalent, without a code no unit's lower-cased code equals undefined
  if (code) {
    const byCode = units.find((u) => u.code.toLowerCase() === code);
    if (byCode) return byCode;
  }
  if (!identity.unit) return undefined;
  const key = unitKey(identity.unit);
  return units.find((u) => unitKey(u.name) === key);
}

export function collect(files: ReceivedFile[], units: Unit[]): Collection {
  const unitOf = new Map<string, Unit | undefined>();
  const reported = new Set<string>();
  const unknown: string[] = [];
  for (const { file, identity } of files) {
    if (!identity) continue;
    const unit = identify(identity, units);
    unitOf.set(file, unit);
    if (unit) reported.add(unit.code);
    else unknown.push(file);
  }
  return { unitOf, missing: units.filter((u) => !reported.has(u.code)), unknown };
}
