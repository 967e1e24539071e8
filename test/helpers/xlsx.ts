// Filling and altering template files by data point name, as an officer (or a careless one) would in Excel.
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../src/core";

export type Entry = number | string | boolean | null | { formula: string };

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes values (or formulas, without "=") into the cells of the given data point names. */
export async function fill(
  data: Buffer,
  plan: WorkbookPlan,
  entries: Record<string, Entry | undefined>
): Promise<Buffer> {
  const workbook = await loadWorkbook(data);
  for (const [name, entry] of Object.entries(entries)) {
    const at = plan.resolve(name);
    if (!at) throw new Error(`no cell for ${name}`);
    const cell = workbook.getWorksheet(at.sheet)!.getCell(at.row, at.col);
    cell.value = entry === undefined ? null : (entry as ExcelJS.CellValue);
  }
  return saveWorkbook(workbook);
}

/** Renames a sheet the way Excel does: defined names and formulas that refer to it follow. */
export function renameSheet(workbook: ExcelJS.Workbook, from: string, to: string): void {
  const quotedFrom = `'${from}'!`;
  const quotedTo = `'${to}'!`;
  workbook.getWorksheet(from)!.name = to;
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const model = names.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.split(quotedFrom).join(quotedTo)),
  }));
  names.model = model;
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula.includes(quotedFrom)) {
          cell.value = {
            formula: cell.formula.split(quotedFrom).join(quotedTo),
          } as ExcelJS.CellFormulaValue;
        }
      })
    )
  );
}
