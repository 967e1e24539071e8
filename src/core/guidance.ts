// The article's guidance for one cell, found by its data point name: what the pane shows for the selected
// cell, what the input message of an input cell says, and what the description of the standard lists.
import {
  CURRENT_VERSION,
  FOOTER_FIELDS,
  HEADER_FIELDS,
  HEADER_GUIDANCE,
  parseFormId,
  versionForm,
  type Guidance,
  type StandardVersion,
  type Text,
} from "../forms";
import { parseDataPointName } from "./model";

export interface CellGuidance {
  name: string;
  /** The row's number in the STT column ("1.1", "D1"), empty for a header field. */
  no: string;
  label: Text;
  /** "Trang 1" / "Page 1" and the column, when the cell is a number cell. */
  where: Text;
  kind: "input" | "formula" | "header";
  /** The article's guidance; absent for formula rows (the template computes them). */
  guidance?: Guidance;
  /** The article's part the section number belongs to. */
  part: Text;
}

/** Excel keeps at most 32 characters in an input message's title. */
export const PROMPT_TITLE_MAX = 32;

export function promptTitle(no: string, label: string): string {
  const title = no ? `${no}. ${label}` : label;
  return title.length <= PROMPT_TITLE_MAX ? title : `${title.slice(0, PROMPT_TITLE_MAX - 1)}…`;
}

/** "Bài viết, Biểu mẫu thống kê về việc, mục 2.3.1.1" */
export function sourceOf(guidance: Guidance, part: Text): Text {
  return {
    vi: `Bài viết «Ghi chép biểu mẫu thống kê THADS», phần ${part.vi}, mục ${guidance.section}`,
    en: `The article, part “${part.en}”, section ${guidance.section}`,
  };
}

export function cellGuidance(
  name: string,
  version: StandardVersion = CURRENT_VERSION
): CellGuidance | undefined {
  const parsed = parseDataPointName(name);
  if (!parsed) return undefined;
  const spec = versionForm(version, parseFormId(parsed.formId)!.family);
  if (!spec) return undefined;
  // Header fields are the same on every form: without a form's own guidance, the article's own words.
  const part = spec.guidance?.part ?? { vi: "Ghi chép đối với phần chung", en: "The header" };
  const page = { vi: `Trang ${parsed.page.slice(1)}`, en: `Page ${parsed.page.slice(1)}` };
  if (parsed.row === "hdr") {
    const field = [...HEADER_FIELDS, ...FOOTER_FIELDS].find((f) => f.code === parsed.column);
    if (!field) return undefined;
    return {
      name,
      no: "",
      label: field.label,
      where: { vi: "Phần chung", en: "Header" },
      kind: "header",
      guidance: HEADER_GUIDANCE[field.code],
      part,
    };
  }
  const pageSpec = spec.pages.find((p) => p.id === parsed.page);
  const block = pageSpec?.blocks.find((b) => b.rows.some((r) => r.code === parsed.row));
  const row = block?.rows.find((r) => r.code === parsed.row);
  const column = block?.columns.find((c) => c.code === parsed.column);
  if (!row || !column) return undefined;
  const guidance = spec.guidance?.rows[`${parsed.page}.${parsed.row}`];
  const computed = Boolean(row.formula || column.total);
  return {
    name,
    no: row.no,
    label: row.label,
    where: {
      vi: `${page.vi}, cột «${column.label.vi}»`,
      en: `${page.en}, column “${column.label.en}”`,
    },
    kind: computed ? "formula" : "input",
    ...(guidance ? { guidance } : {}),
    part,
  };
}
