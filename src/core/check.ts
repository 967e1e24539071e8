// values → findings: every rule of the standard over a snapshot of the workbook's template cells.
import { checkCells } from "./checks/cells";
import { createContext } from "./checks/context";
import { checkHeader } from "./checks/header";
import { checkConsolidation, checkRules } from "./checks/rules";
import { CURRENT_VERSION } from "../forms";
import { summarize, type CheckResult, type StandardInfo } from "./findings";
import type { WorkbookSnapshot } from "./snapshot";

export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const ctx = createContext(snapshot);
  const findings = [
    ...checkCells(ctx),
    ...checkRules(ctx),
    ...checkConsolidation(ctx),
    ...checkHeader(ctx),
  ];
  const recorded = snapshot.standard?.version;
  const standard: StandardInfo = {
    version: ctx.version.id,
    number: ctx.version.number,
    current: ctx.version === CURRENT_VERSION,
    ...(recorded && recorded !== ctx.version.id ? { unknownRecorded: recorded } : {}),
  };
  return { ...summarize(ctx.formIds, findings), standard };
}
