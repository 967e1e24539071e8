// How each role of a template cell looks and whether it is locked: one table every edge applies.
import { formSpec, type FormFamily } from "../forms";
import type { CellRole } from "./layout";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** ARGB without the alpha, e.g. "F2F2F2". */
  fill?: string;
  color?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  numberFormat?: string;
  locked: boolean;
}

export const FONT = "Times New Roman";

export const MARK_STYLES = {
  error: { fill: "FFC7CE", color: "9C0006" },
  warning: { fill: "FFEB9C", color: "9C5700" },
} as const;

/** Ratios (percentages) in every form. */
export const RATIO_FORMAT = "0.00";

/** The number format of a cell of this role in a form: the form's own, from its data. */
export function numberFormat(family: FormFamily, role: CellRole): string | undefined {
  if (role === "ratio") return RATIO_FORMAT;
  if (role === "input" || role === "formula" || role === "empty")
    return formSpec(family)?.numberFormat;
  return undefined;
}

export const ROLE_STYLES: Record<CellRole, CellStyle> = {
  formNumber: { bold: true, size: 11, locked: true },
  title: { bold: true, size: 14, horizontal: "center", locked: true },
  subtitle: { italic: true, horizontal: "center", locked: true },
  pageTitle: { bold: true, italic: true, horizontal: "center", locked: true },
  fieldLabel: { bold: true, locked: true },
  field: { fill: "FFF9E5", border: true, locked: false },
  fieldLink: { color: "404040", locked: true },
  unit: { italic: true, horizontal: "right", locked: true },
  colHeader: {
    bold: true,
    horizontal: "center",
    wrap: true,
    fill: "DDEBF7",
    border: true,
    locked: true,
  },
  blockTitle: { bold: true, locked: true },
  rowNo: { horizontal: "center", border: true, locked: true },
  rowLabel: { wrap: true, border: true, locked: true },
  input: { fill: "FFF9E5", border: true, horizontal: "right", locked: false },
  formula: { fill: "F2F2F2", border: true, horizontal: "right", locked: true },
  ratio: { fill: "F2F2F2", border: true, italic: true, horizontal: "right", locked: true },
  empty: { fill: "BFBFBF", border: true, locked: true },
  footerLabel: { bold: true, horizontal: "center", wrap: true, locked: true },
};
