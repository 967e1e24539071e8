// Expands the forms (data) into one definition per number cell: its data point name, whether an officer
// types it, the template computes it, or it must stay empty, and for computed cells the operation in names.
import {
  CURRENT_VERSION,
  VARIANTS,
  families,
  formId,
  formInstance,
  parseFormId,
  type BlockSpec,
  type ColumnSpec,
  type FormFamily,
  type FormInstance,
  type FormSpec,
  type PageId,
  type PageSpec,
  type RowSpec,
  type Variant,
  type StandardVersion,
  versionForm,
} from "../forms";

export type CellKind = "input" | "formula" | "empty";

/** A computed cell's operation over other cells, named by data point names. */
export type Expr =
  | { op: "sum"; terms: string[] }
  | { op: "difference"; minuend: string; subtrahend: string }
  | { op: "ratio"; numerator: string; denominator: string };

export interface CellDef {
  name: string;
  form: FormInstance;
  spec: FormSpec;
  page: PageSpec;
  block: BlockSpec;
  row: RowSpec;
  column: ColumnSpec;
  kind: CellKind;
  expr?: Expr;
  /** True for a cell an officer types in a stand-alone form (also when a linked TH computes it). */
  inputPosition: boolean;
  /** A TH cell computed as CD + TD of the same workbook. */
  linked?: boolean;
}

export interface FormModel {
  form: FormInstance;
  spec: FormSpec;
  /** TH computed from CD + TD in the same workbook. */
  linked: boolean;
  cells: CellDef[];
}

export interface Model {
  forms: FormModel[];
  cells: Map<string, CellDef>;
  /** Families whose three variants (CD, TD, TH) are all in the model: TH = CD + TD is checked for them. */
  allVariants: FormFamily[];
}

/** The same position in another variant of the form: the CD and TD partners of a TH cell. */
export function partnerName(def: Pick<CellDef, "name" | "form">, variant: Variant): string {
  return def.name.replace(def.form.id, formId(def.form.family, variant));
}

export function dataPointName(formId: string, page: PageId, row: string, column: string): string {
  return `${formId}.${page}.${row}.${column}`;
}

export function parseDataPointName(
  name: string
): { formId: string; page: PageId; row: string; column: string } | undefined {
  const match = /^(TK[0-9A-Z]+)\.(P[1-9][0-9]*)\.([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(name);
  return match && parseFormId(match[1])
    ? { formId: match[1], page: match[2] as PageId, row: match[3], column: match[4] }
    : undefined;
}

function inputColumns(block: BlockSpec, row: RowSpec): ColumnSpec[] {
  return block.columns.filter(
    (col) => !col.total && (!row.inputColumns || row.inputColumns.includes(col.code))
  );
}

function cellKind(block: BlockSpec, row: RowSpec, column: ColumnSpec): CellKind {
  if (row.formula || column.total) return "formula";
  return inputColumns(block, row).includes(column) ? "input" : "empty";
}

function expandForm(form: FormInstance, linked: boolean, version: StandardVersion): FormModel {
  const spec = versionForm(version, form.family)!;
  const cells: CellDef[] = [];
  const kinds = new Map<string, CellKind>();
  const name = (page: PageId, row: string, column: string) =>
    dataPointName(form.id, page, row, column);

  for (const page of spec.pages) {
    for (const block of page.blocks) {
      for (const row of block.rows) {
        for (const column of block.columns)
          kinds.set(name(page.id, row.code, column.code), cellKind(block, row, column));
      }
    }
  }
  // A formula never refers to a cell that must stay empty: a value typed there is flagged, not counted.
  const live = (names: string[]) => names.filter((n) => kinds.get(n) !== "empty");

  for (const page of spec.pages) {
    for (const block of page.blocks) {
      for (const row of block.rows) {
        for (const column of block.columns) {
          const cellName = name(page.id, row.code, column.code);
          const kind = kinds.get(cellName)!;
          const def: CellDef = {
            name: cellName,
            form,
            spec,
            page,
            block,
            row,
            column,
            kind,
            inputPosition: false,
          };
          const at = (rowCode: string) => name(page.id, rowCode, column.code);
          const f = row.formula;
          if (f?.op === "sum") def.expr = { op: "sum", terms: live(f.rows.map(at)) };
          else if (f?.op === "difference")
            def.expr = { op: "difference", minuend: at(f.minuend), subtrahend: at(f.subtrahend) };
          else if (f?.op === "ratio")
            def.expr = { op: "ratio", numerator: at(f.numerator), denominator: at(f.denominator) };
          else if (column.total) {
            def.expr = {
              op: "sum",
              terms: inputColumns(block, row).map((col) => name(page.id, row.code, col.code)),
            };
          } else if (kind === "input") {
            def.inputPosition = true;
            if (linked) {
              Object.assign(def, {
                kind: "formula",
                linked: true,
                expr: { op: "sum", terms: [partnerName(def, "CD"), partnerName(def, "TD")] },
              });
            }
          }
          cells.push(def);
        }
      }
    }
  }
  return { form, spec, linked, cells };
}

export interface ModelOptions {
  /** Families whose TH form is computed from CD + TD (all three variants must be present). */
  linkedFamilies?: FormFamily[];
  /** The version of the standard the workbook was made with (default: the current one). */
  version?: StandardVersion;
}

/** The model of a set of forms, given by id (TK05CD …). Unknown ids are ignored. */
export function buildModel(formIds: string[], options: ModelOptions = {}): Model {
  const allVariants = familiesWithAllVariants(formIds);
  const forms = formIds
    .map(parseFormId)
    .filter((f): f is FormInstance => f !== undefined)
    .map((form) => {
      const linked =
        form.variant === "TH" &&
        allVariants.includes(form.family) &&
        (options.linkedFamilies ?? []).includes(form.family);
      return expandForm(form, linked, options.version ?? CURRENT_VERSION);
    });
  const cells = new Map<string, CellDef>();
  for (const fm of forms) for (const cell of fm.cells) cells.set(cell.name, cell);
  return { forms, cells, allVariants };
}

/** Families whose every variant is among these forms: the one test of "CD, TD and TH all present". */
export function familiesWithAllVariants(formIds: string[]): FormFamily[] {
  return families().filter((family) => VARIANTS.every((v) => formIds.includes(formId(family, v))));
}

export function formsOf(families: FormFamily[], variants: string[]): FormInstance[] {
  return families.flatMap((family) =>
    VARIANTS.filter((v) => variants.includes(v)).map((variant) => formInstance(family, variant))
  );
}
