// Verifying a sign-off against the report as it is now: unsigned, signed, or changed (which cells, old → new).
import { FOOTER_FIELDS, HEADER_FIELDS, STANDARD, parseFormId, type Text } from "../../forms";
import { qualified } from "../a1";
import { formsIn } from "../checks/context";
import { checkWorkbook } from "../check";
import { summarize, type CheckResult, type Finding } from "../findings";
import { cellLabel, formLabel } from "../messages";
import { buildModel, parseDataPointName } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import {
  canonicalText,
  entryNumber,
  entryText,
  entryValue,
  fingerprintOf,
  parseCanonical,
  type Entry,
  type Sha256,
} from "./canonical";
import { changedMessage, damagedMessage, signedBy } from "./messages";
import { recordFromMeta, type SignoffRecord } from "./record";

export type SignoffState = "unsigned" | "signed" | "changed";

export interface SignoffChange {
  name: string;
  /** "'05-TH Trang 1'!D12", when the name still has a cell. */
  cell?: string;
  /** Where in the form's own terms. */
  where: Text;
  before: Entry | undefined;
  after: Entry | undefined;
}

export interface SignoffStatus {
  state: SignoffState;
  record?: SignoffRecord;
  /** The fingerprint of the report as it is now. */
  fingerprint: string;
  changes: SignoffChange[];
  /** signoff.changed (one per changed cell) or form.damaged (an unreadable record). */
  findings: Finding[];
}

const FIELD_LABELS = new Map([...HEADER_FIELDS, ...FOOTER_FIELDS].map((f) => [f.code, f.label]));

/** Where a data point is, in the form's own terms: "biểu 05 tổng hợp, trang 1, 2 «…», cột «…»". */
// Stryker disable next-line ArrayDeclaration: equivalent, a model of an unknown form id is as empty as one of none
export function whereIs(name: string, model = buildModel([])): Text {
  const parsed = parseDataPointName(name);
  const form = parsed && parseFormId(parsed.formId);
  // Stryker disable next-line LogicalOperator: equivalent, a parsed name always has a known form id
  if (!parsed || !form) return { vi: name, en: name };
  const f = formLabel(form.family, form.variant);
  if (parsed.row === "hdr") {
    const label = FIELD_LABELS.get(parsed.column) ?? { vi: parsed.column, en: parsed.column };
    return { vi: `${f.vi}, ${label.vi}`, en: `${f.en}, ${label.en}` };
  }
  const def = model.cells.get(name);
  if (!def) return { vi: `${f.vi}, ${name}`, en: `${f.en}, ${name}` };
  const at = cellLabel(def);
  return { vi: `${f.vi}, ${at.vi}`, en: `${f.en}, ${at.en}` };
}

function changedFinding(change: SignoffChange, record: SignoffRecord): Finding {
  const parsed = parseDataPointName(change.name);
  const left = entryNumber(change.before);
  const right = entryNumber(change.after);
  const vi = changedMessage(
    change.where,
    entryText(change.before),
    entryText(change.after),
    signedBy(record.by, record.title, record.at)
  );
  const en = changedMessage(
    change.where,
    // Stryker disable next-line StringLiteral: equivalent, any language but "vi" reads in English
    entryText(change.before, "en"),
    // Stryker disable next-line StringLiteral: equivalent, any language but "vi" reads in English
    entryText(change.after, "en"),
    signedBy(record.by, record.title, record.at)
  );
  return {
    rule: "signoff.changed",
    severity: "error",
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a name of the canonical text always parses
    form: parsed?.formId ?? "",
    ...(parsed ? { page: parsed.page } : {}),
    names: [change.name],
    cells: change.cell ? [change.cell] : [],
    left,
    right,
    difference: left !== null && right !== null ? Math.round((right - left) * 1e9) / 1e9 : null,
    message: vi.vi,
    messageEn: en.en,
    before: entryText(change.before),
    after: entryText(change.after),
    beforeValue: entryValue(change.before),
    afterValue: entryValue(change.after),
  };
}

function damagedFinding(reason: string): Finding {
  const text = damagedMessage(reason);
  return {
    rule: "form.damaged",
    severity: "error",
    form: "",
    names: [],
    cells: [],
    left: null,
    right: null,
    difference: null,
    message: text.vi,
    messageEn: text.en,
  };
}

/** Compares the report now with the one signed; never throws on a damaged record. */
export async function verifySignoff(
  snapshot: WorkbookSnapshot,
  sha256: Sha256
): Promise<SignoffStatus> {
  const now = canonicalText(snapshot);
  const fingerprint = await fingerprintOf(now, sha256);
  const parsed = recordFromMeta(snapshot.meta);
  if (parsed.kind === "none") return { state: "unsigned", fingerprint, changes: [], findings: [] };
  if (parsed.kind === "damaged")
    return {
      state: "unsigned",
      fingerprint,
      changes: [],
      findings: [damagedFinding(parsed.reason)],
    };
  const record = parsed.record;
  const signed = parseCanonical(record.canonical);
  if (!signed) {
    return {
      state: "unsigned",
      fingerprint,
      changes: [],
      findings: [damagedFinding("signoff.values không đọc được")],
    };
  }
  if ((await fingerprintOf(record.canonical, sha256)) !== record.fingerprint) {
    return {
      state: "unsigned",
      fingerprint,
      changes: [],
      findings: [damagedFinding("signoff.values không khớp signoff.fingerprint")],
    };
  }
  if (fingerprint === record.fingerprint)
    return { state: "signed", record, fingerprint, changes: [], findings: [] };

  const current = parseCanonical(now)!;
  const model = buildModel(formsIn(snapshot));
  const changes: SignoffChange[] = [];
  const names = [...new Set([...signed.keys(), ...current.keys()])].sort();
  for (const name of names) {
    const before = signed.get(name);
    const after = current.get(name);
    if (before === after) continue;
    const address = snapshot.cells[name]?.address;
    changes.push({
      name,
      ...(address ? { cell: qualified(address) } : {}),
      where: whereIs(name, model),
      before,
      after,
    });
  }
  return {
    state: "changed",
    record,
    fingerprint,
    changes,
    findings: changes.map((c) => changedFinding(c, record)),
  };
}

/** The standard a record names, for showing; the one this build knows when none was recorded. */
export function standardOf(snapshot: WorkbookSnapshot): { id: string; version: string } {
  return snapshot.standard ?? { id: STANDARD.id, version: STANDARD.version };
}

export interface SignedCheck {
  /** The standard's findings and the sign-off's, errors first. */
  result: CheckResult;
  /** The standard's findings alone: what signing looks at. */
  standardResult: CheckResult;
  signoff: SignoffStatus;
}

/** The check every edge runs: the standard's rules, then the sign-off verified against the report now. */
export async function checkWithSignoff(
  snapshot: WorkbookSnapshot,
  sha256: Sha256
): Promise<SignedCheck> {
  const standardResult = checkWorkbook(snapshot);
  const signoff = await verifySignoff(snapshot, sha256);
  const result =
    signoff.findings.length === 0
      ? standardResult
      : summarize(standardResult.forms, [...signoff.findings, ...standardResult.findings]);
  return { result, standardResult, signoff };
}

/**
 * The state without hashing (synchronous, for the roll-up): the canonical text now against the one signed.
 * Undefined when the record cannot be read; verifySignoff also checks the record against its fingerprint.
 */
export function signoffStateNow(snapshot: WorkbookSnapshot): SignoffState | undefined {
  const parsed = recordFromMeta(snapshot.meta);
  if (parsed.kind === "none") return "unsigned";
  if (parsed.kind === "damaged" || !parseCanonical(parsed.record.canonical)) return undefined;
  return canonicalText(snapshot) === parsed.record.canonical ? "signed" : "changed";
}
