// values → findings: every rule of the standard over a snapshot of the workbook's template cells.
import { checkCells } from "./checks/cells";
import { createContext } from "./checks/context";
import { checkConsolidation, checkRules } from "./checks/rules";
import { summarize, type CheckResult } from "./findings";
import { foldFindings } from "./fold";
import type { WorkbookSnapshot } from "./snapshot";

export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const ctx = createContext(snapshot);
  const findings = [...checkCells(ctx), ...checkRules(ctx), ...checkConsolidation(ctx)];
  const result = summarize(ctx.formIds, findings);
  return { ...result, findings: foldFindings(result.findings, ctx.model) };
}
