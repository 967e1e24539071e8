// Signed reports for the sign-off tests: a consistent, complete report with its header filled, hashed by
// node:crypto as the command line does.
import { createHash } from "node:crypto";
import { FOOTER_FIELDS, HEADER_FIELDS, type FormFamily, type Variant } from "../../src/forms";
import {
  checkWorkbook,
  headerName,
  recordToRows,
  signReport,
  type SignoffRecord,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";

export const nodeSha256 = async (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");

export const HEADER: Record<string, string> = {
  ky_bao_cao: "3 tháng/năm 2027",
  don_vi_bao_cao: "Chi cục THADS huyện Đông Anh",
  don_vi_nhan: "Cục THADS thành phố Hà Nội",
  nguoi_lap_bieu: "Trần Thị B",
  truong_thads: "Nguyễn Văn A",
};

/** Header field cells of a plan, filled as an officer would. */
export function withHeader(plan: WorkbookPlan, snapshot: WorkbookSnapshot): WorkbookSnapshot {
  for (const fm of plan.model.forms) {
    for (const field of [...HEADER_FIELDS, ...FOOTER_FIELDS]) {
      const name = headerName(fm.form.id, field.code);
      const address = plan.resolve(name);
      if (address) snapshot.cells[name] = { address, value: HEADER[field.code] ?? null };
    }
  }
  return snapshot;
}

export function filledReport(
  families: FormFamily[] = ["05", "06"],
  variants: Variant[] = ["CD", "TD", "TH"],
  random: () => number = seeded(7)
): { plan: WorkbookPlan; snapshot: WorkbookSnapshot } {
  const plan = planFor(families, variants);
  const inputs = consistentInputs(plan, random);
  const snapshot = withHeader(plan, snapshotOf(plan, inputs));
  snapshot.meta = Object.fromEntries(plan.meta.rows);
  snapshot.standard = { id: plan.meta.rows[0][1], version: plan.meta.rows[1][1] };
  return { plan, snapshot };
}

import { seeded } from "../helpers/random";

export { seeded };

export const AT = "2027-04-05T09:30:00+07:00";

export interface Signer {
  by?: string;
  title?: string;
  /** The justification given to every warning rule. */
  why?: string;
}

/**
 * Signs a snapshot as the head does: the standard's check, every warning rule justified with `why`; the record,
 * or a throw with the refusals.
 */
export async function signWithJustifications(
  snapshot: WorkbookSnapshot,
  { by = "Nguyễn Văn A", title = "Chi cục trưởng", why = "đã xác minh" }: Signer = {}
): Promise<SignoffRecord> {
  const result = checkWorkbook(snapshot);
  const justifications = Object.fromEntries(
    result.findings.filter((f) => f.severity === "warning").map((f) => [f.rule, why])
  );
  const outcome = await signReport(
    snapshot,
    result,
    { by, title, at: AT, justifications },
    nodeSha256
  );
  if (!outcome.ok) throw new Error(outcome.reasons.map((r) => r.vi).join("; "));
  return outcome.record;
}

/** Signs a snapshot, justifying every warning, and puts the record into its meta rows. */
export async function signed(snapshot: WorkbookSnapshot): Promise<SignoffRecord> {
  const record = await signWithJustifications(snapshot);
  snapshot.meta = { ...snapshot.meta, ...Object.fromEntries(recordToRows(record)) };
  return record;
}
