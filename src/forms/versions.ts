// Versions of the standard, as data: each version is the set of forms a workbook made under it holds. A
// workbook records the version it was made with (THADS_META "version"); the checks then expand that
// version's forms, so an older workbook is checked as it was built, not reported as damaged. The forms of
// an older version are written as the current forms with the older layout put back: only the difference.
import { formSpec } from "./registry";
import { tk05 } from "./tk05";
import type { FormFamily, FormSpec, PageId, RowSpec, Text } from "./types";

export interface StandardVersion {
  /** As recorded in workbooks ("2009.2"): the article's year, then the version of our standard. */
  id: string;
  number: number;
  /** When this version of the standard was settled. */
  date: string;
  /** The forms this version laid out otherwise than the registered forms (the current layout). */
  layouts: Record<FormFamily, FormSpec>;
  /** What changed from the previous version, for people. */
  changes: Text[];
}

/** A form with the rows of one block replaced: how an older layout is stated as a difference. */
function withBlockRows(spec: FormSpec, page: PageId, block: string, rows: RowSpec[]): FormSpec {
  return {
    ...spec,
    pages: spec.pages.map((p) =>
      p.id !== page
        ? p
        : { ...p, blocks: p.blocks.map((b) => (b.code === block ? { ...b, rows } : b)) }
    ),
  };
}

/** Version 1's block D of 05 page 3: no D1 subtotal, D = tự nguyện + cưỡng chế + miễn. */
const tk05BlockDv1: RowSpec[] = [
  {
    no: "D",
    code: "xong_hoan_toan",
    label: { vi: "Số việc thi hành xong hoàn toàn", en: "Fully completed cases" },
    formula: { op: "sum", rows: ["xong_tu_nguyen", "xong_cuong_che", "xong_mien"] },
    emphasis: true,
  },
  {
    no: "D1",
    code: "xong_tu_nguyen",
    label: { vi: "Xong do tự nguyện thi hành án", en: "Completed voluntarily" },
  },
  {
    no: "D2",
    code: "xong_cuong_che",
    label: { vi: "Xong do cưỡng chế thi hành án", en: "Completed by coercion" },
  },
  {
    no: "D3",
    code: "xong_mien",
    label: { vi: "Xong do miễn nghĩa vụ thi hành án", en: "Completed by exemption" },
  },
];

export const VERSIONS: StandardVersion[] = [
  {
    id: "2009.1",
    number: 1,
    date: "2026-11-01",
    layouts: { "05": withBlockRows(tk05, "P3", "D", tk05BlockDv1) },
    changes: [],
  },
  {
    id: "2009.2",
    number: 2,
    date: "2026-11-25",
    layouts: {},
    changes: [
      {
        vi: "Trang 3 biểu 05 có thêm dòng D1 «Thực hiện xong nội dung quyết định thi hành án» = tự nguyện + cưỡng chế",
        en: "Form 05 page 3 gains row D1 “Enforcement decision carried out” = voluntary + coerced",
      },
      {
        vi: "06.P2.ly_do_khac chấp nhận cả hai cách hiểu: trang 1 = H, hoặc = H + K (tạm ngừng)",
        en: "06.P2.ly_do_khac accepts either reading: page 1 = H, or = H + K (paused)",
      },
      {
        vi: "Quy tắc phần chung (kỳ báo cáo, người lập biểu, ngày nhận) và hướng dẫn của bài viết tại từng ô",
        en: "Header rules (period, preparer, date received) and the article's guidance at each cell",
      },
    ],
  },
];

export const CURRENT_VERSION: StandardVersion = VERSIONS[VERSIONS.length - 1];

/** The version a workbook recorded; none or an unknown one is read as the current version. */
export function standardVersion(recorded?: string): StandardVersion {
  return VERSIONS.find((v) => v.id === recorded) ?? CURRENT_VERSION;
}

/** A form as a version of the standard lays it out: its older layout, or the registered form. */
export function versionForm(version: StandardVersion, family: FormFamily): FormSpec | undefined {
  return version.layouts[family] ?? formSpec(family);
}

/** "phiên bản 1 (2009.1)" */
export function versionLabel(version: StandardVersion): Text {
  return {
    vi: `phiên bản ${version.number} (${version.id})`,
    en: `version ${version.number} (${version.id})`,
  };
}
