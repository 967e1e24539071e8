// Turns what one batched Office.js read returns (defined names, and the used ranges of the template sheets)
// into the snapshot the checks take. Pure: no Office.js calls here, so it is tested directly.
import {
  parseDataPointName,
  parseQualified,
  type CellSnapshot,
  type CellValue,
  type WorkbookSnapshot,
} from "../core";

/** What a used range gives back, as plain data. */
export interface SheetGrid {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
}

export interface NameEntry {
  name: string;
  /** "='05-TH Trang 1'!$C$12", or "=#REF!" after a deletion. */
  formula: string;
}

const DATE_FORMAT = /(^|[^"\\])[dmy]{1,4}/i;

function valueOf(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "String":
      return value === "" ? null : String(value);
    default:
      if (typeof value === "number" && DATE_FORMAT.test(format) && !/^[#0,.\s%]*$/.test(format)) {
        return { date: String(value) };
      }
      return typeof value === "number" ? value : (value as CellValue);
  }
}

/** Sheets the data point names point at, to read in one batch. */
export function sheetsOf(names: NameEntry[]): string[] {
  const sheets = new Set<string>();
  for (const n of names) {
    if (!parseDataPointName(n.name)) continue;
    const at = parseQualified(n.formula);
    if (at) sheets.add(at.sheet);
  }
  return [...sheets];
}

export function buildSnapshot(
  names: NameEntry[],
  grids: Map<string, SheetGrid>,
  meta?: Map<string, string>
): WorkbookSnapshot {
  const cells: WorkbookSnapshot["cells"] = {};
  for (const n of names) {
    if (!parseDataPointName(n.name)) continue;
    const at = parseQualified(n.formula);
    const grid = at && grids.get(at.sheet);
    if (!at || !grid) {
      cells[n.name] = {};
      continue;
    }
    const r = at.row - 1 - grid.rowIndex;
    const c = at.col - 1 - grid.columnIndex;
    const inside = r >= 0 && c >= 0 && r < grid.values.length && c < (grid.values[r]?.length ?? 0);
    const cell: CellSnapshot = { address: at, value: null };
    if (inside) {
      cell.value = valueOf(
        grid.values[r][c],
        grid.valueTypes[r][c],
        grid.numberFormat[r]?.[c] ?? "General"
      );
      const formula = grid.formulas[r][c];
      if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula;
    }
    cells[n.name] = cell;
  }
  const snapshot: WorkbookSnapshot = { cells };
  if (meta) snapshot.meta = Object.fromEntries(meta);
  const forms = meta?.get("forms");
  if (forms) snapshot.declaredForms = forms.split(",").filter(Boolean);
  if (meta?.get("standard"))
    snapshot.standard = { id: meta.get("standard")!, version: meta.get("version") ?? "" };
  return snapshot;
}
