// values → findings: every rule of the standard over a snapshot of the workbook's template cells.
import { checkCells } from "./checks/cells";
import { createContext } from "./checks/context";
import { checkOverflow, isFiniteFinding } from "./checks/overflow";
import { checkRules } from "./checks/rules";
import { checkStructure } from "./checks/structure";
import { summarize, type CheckResult } from "./findings";
import { foldFindings } from "./fold";
import type { WorkbookSnapshot } from "./snapshot";

export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const ctx = createContext(snapshot);
  const found = [...checkCells(ctx), ...checkRules(ctx)];
  // Findings quoting an overflowing figure become one overflow finding each: no NaN or Infinity is shown.
  const findings = [
    ...checkStructure(ctx),
    ...checkOverflow(ctx, found),
    ...found.filter(isFiniteFinding),
  ];
  const result = summarize(ctx.formIds, findings);
  return { ...result, findings: foldFindings(result.findings, ctx.model) };
}
