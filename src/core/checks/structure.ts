// What a file reader found wrong in the workbook's structure: a data point name defined twice (which one
// Excel's formulas use is not what the officer sees), and input cells hidden under a merge (Excel shows them
// blank and nobody can type there). Both are form.damaged, naming every place.
import type { Finding } from "../findings";
import { cellLabel, text } from "../messages";
import { parseDataPointName } from "../model";
import type { CheckContext } from "./context";

/** An error finding with no figures to compare (structure, overflow). */
export function errorWithoutFigures(
  rule: string,
  at: { form: string; page?: Finding["page"]; names: string[]; cells: string[] },
  message: { vi: string; en: string }
): Finding {
  return {
    rule,
    severity: "error",
    form: at.form,
    ...(at.page ? { page: at.page } : {}),
    names: at.names,
    cells: at.cells,
    left: null,
    right: null,
    difference: null,
    message: message.vi,
    messageEn: message.en,
  };
}

function damaged(
  ctx: CheckContext,
  name: string,
  cells: string[],
  message: { vi: string; en: string }
): Finding {
  const parsed = parseDataPointName(name)!;
  return errorWithoutFigures(
    "form.damaged",
    { form: parsed.formId, page: parsed.page, names: [name], cells },
    message
  );
}

export function checkStructure(ctx: CheckContext): Finding[] {
  const issues = ctx.snapshot.structure;
  if (!issues) return [];
  const label = (name: string) => {
    const def = ctx.model.cells.get(name);
    return def ? cellLabel(def) : { vi: name, en: name };
  };
  const findings: Finding[] = [];
  for (const { name, places } of issues.duplicateNames ?? []) {
    const l = label(name);
    findings.push(
      damaged(
        ctx,
        name,
        ctx.cellRefs([name]),
        text(
          `Tên dữ liệu ${name} (${l.vi}) được định nghĩa ${places.length} lần: ${places.join("; ")}. Sổ tính đã bị sửa tên; hãy giữ một định nghĩa (Công thức › Quản lý tên).`,
          `The data point name ${name} (${l.en}) is defined ${places.length} times: ${places.join("; ")}. Keep one definition (Formulas › Name Manager).`
        )
      )
    );
  }
  for (const { name, range } of issues.mergedAway ?? []) {
    const l = label(name);
    const at = ctx.cellRefs([name]);
    findings.push(
      damaged(
        ctx,
        name,
        at,
        text(
          `Ô ${at[0] ?? name} (${l.vi}) nằm trong vùng ô gộp ${range}: Excel coi ô này là trống và không nhập được. Hãy bỏ gộp ô.`,
          `Cell ${at[0] ?? name} (${l.en}) lies inside the merged range ${range}: Excel treats it as blank and it cannot be typed in. Unmerge the cells.`
        )
      )
    );
  }
  return findings;
}
