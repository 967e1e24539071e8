// Which style indexes show numbers as dates: ExcelJS (and so the checks until now) reads such numbers as
// dates, and an officer who typed a date into a figure cell is told so.
import { elements } from "./xml";

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A format code is a date when, outside quotes and [brackets], it uses y m d h s (as ExcelJS decides). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

// Reports made from one template share their styles part: the last one read is kept (a pure function of
// the text, compared whole), so a folder of reports parses it once per worker.
let last: { xml: string; dates: ReadonlySet<number> } | undefined;

/** The set of cellXfs indexes whose number format is a date. */
export function dateStyles(xml: string | undefined): ReadonlySet<number> {
  if (xml !== undefined && last?.xml === xml) return last.dates;
  const dates = parseDateStyles(xml);
  if (xml !== undefined) last = { xml, dates };
  return dates;
}

function parseDateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<number, string>();
  for (const f of elements(xml, "numFmt"))
    custom.set(Number(f.attrs.get("numFmtId")), f.attrs.get("formatCode") ?? "");
  const xfs = [...elements(xml, "cellXfs")][0];
  if (!xfs) return dates;
  let index = 0;
  for (const xf of elements(xfs.inner, "xf")) {
    const id = Number(xf.attrs.get("numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) dates.add(index);
    index++;
  }
  return dates;
}
