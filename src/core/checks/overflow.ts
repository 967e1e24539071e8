// Figures so large that a total leaves the range of numbers (Excel shows #NUM!): one error finding per
// total that overflows, where findings comparing such totals would otherwise quote Infinity or NaN.
import type { Finding } from "../findings";
import { cellLabel, text } from "../messages";
import type { CheckContext } from "./context";
import { errorWithoutFigures } from "./structure";

const finite = (v: number | null) => v === null || Number.isFinite(v);

export const isFiniteFinding = (f: Finding) =>
  finite(f.left) && finite(f.right) && finite(f.difference);

function overflow(
  ctx: CheckContext,
  names: string[],
  form: string,
  page?: Finding["page"]
): Finding {
  const def = ctx.model.cells.get(names[0]);
  const cells = ctx.cellRefs(names);
  const where = def ? cellLabel(def) : { vi: names[0], en: names[0] };
  const at = cells[0] ?? names[0];
  const message = text(
    `Tổng ở ô ${at} (${where.vi}) vượt quá giới hạn số của Excel (khoảng 1,8 × 10^308; Excel hiện #NUM!): các số nhập vào quá lớn, hãy kiểm tra lại.`,
    `The total in ${at} (${where.en}) exceeds Excel's number range (about 1.8 × 10^308; Excel shows #NUM!): the figures typed are too large.`
  );
  return errorWithoutFigures("cell.overflow", { form, page, names, cells }, message);
}

/**
 * Totals that overflow (their terms finite, the result not), and the findings `others` quoting non-finite
 * figures turned into one overflow finding each (one cause, one finding).
 */
export function checkOverflow(ctx: CheckContext, others: Finding[]): Finding[] {
  const found: Finding[] = [];
  const seen = new Set<string>();
  const add = (names: string[], form: string, page?: Finding["page"]) => {
    const key = names.join("|");
    if (seen.has(key)) return;
    seen.add(key);
    found.push(overflow(ctx, names, form, page));
  };
  for (const def of ctx.model.cells.values()) {
    if (def.kind !== "formula" || !ctx.overflowed(def.name)) continue;
    add([def.name], def.form.id, def.page.id);
  }
  // A comparison whose own sum overflowed (no total did): one finding for it instead.
  if (found.length === 0)
    for (const f of others) if (!isFiniteFinding(f)) add(f.names, f.form, f.page);
  return found;
}
