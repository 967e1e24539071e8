// values → findings: every rule of the standard over a snapshot of the workbook's template cells.
import { checkCells } from "./checks/cells";
import { createContext } from "./checks/context";
import { checkOverflow, isFiniteFinding } from "./checks/overflow";
import { checkRules } from "./checks/rules";
import { checkStructure } from "./checks/structure";
import { summarize, type CheckResult, type StandardInfo } from "./findings";
import { foldFindings } from "./fold";
import { checkHeader } from "./checks/header";
import { CURRENT_VERSION, type Text } from "../forms";
import type { WorkbookSnapshot } from "./snapshot";

export function checkWorkbook(snapshot: WorkbookSnapshot): CheckResult {
  const ctx = createContext(snapshot);
  const found = [...checkCells(ctx), ...checkRules(ctx), ...checkHeader(ctx)];
  // Findings quoting an overflowing figure become one overflow finding each: no NaN or Infinity is shown.
  const findings = [
    ...checkStructure(ctx),
    ...checkOverflow(ctx, found),
    ...found.filter(isFiniteFinding),
  ];
  const result = summarize(ctx.formIds, findings);
  const recorded = snapshot.standard?.version;
  const standard: StandardInfo = {
    version: ctx.version.id,
    number: ctx.version.number,
    current: ctx.version === CURRENT_VERSION,
    ...(recorded && recorded !== ctx.version.id ? { unknownRecorded: recorded } : {}),
  };
  return { ...result, findings: foldFindings(result.findings, ctx.model), standard };
}

/** What the CLI and the pane say of the version a workbook was made with. */
export function standardNote(info: StandardInfo): Text {
  const base = {
    vi: `Lập theo chuẩn phiên bản ${info.number} (${info.version})`,
    en: `Made with version ${info.number} of the standard (${info.version})`,
  };
  if (info.unknownRecorded)
    return {
      vi: `Sổ tính ghi chuẩn «${info.unknownRecorded}» không rõ; kiểm tra theo phiên bản hiện hành ${info.number} (${info.version})`,
      en: `The workbook records an unknown standard “${info.unknownRecorded}”; checked as the current version ${info.number} (${info.version})`,
    };
  if (info.current) return base;
  return {
    vi: `${base.vi}, kiểm tra theo bố cục của phiên bản đó (hiện hành: ${CURRENT_VERSION.number})`,
    en: `${base.en}, checked as that version laid it out (current: ${CURRENT_VERSION.number})`,
  };
}
