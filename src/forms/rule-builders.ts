// Rules both forms state the same way, each worded per form: the page 1 balance, the trả đơn warning, and
// a later page's total that must equal the page 1 row of the same code.
import type { FormFamily, PageId, RuleSpec, Text } from "./types";

/** phai_thi_hanh = co_dieu_kien + chua_co_dieu_kien, in every column (the article's two ways of computing). */
export function balanceRule(family: FormFamily, description: Text): RuleSpec {
  return {
    id: `${family}.P1.can_doi`,
    kind: "equal",
    severity: "error",
    left: { page: "P1", row: "phai_thi_hanh" },
    right: [
      { page: "P1", row: "co_dieu_kien" },
      { page: "P1", row: "chua_co_dieu_kien" },
    ],
    description,
    title: { vi: "Trang 1 không cân đối", en: "Page 1 does not balance" },
  };
}

/** Trả đơn concerns theo đơn cases, so a chủ động form should have none (inferred, a warning). */
export function noReturnsOnInitiativeRule(family: FormFamily, description: Text): RuleSpec {
  return {
    id: `${family}.P1.tra_don_chu_dong`,
    kind: "zero",
    severity: "warning",
    target: { page: "P1", row: "tra_don" },
    variants: ["CD"],
    inferred: true,
    description,
    title: {
      vi: "Biểu chủ động có trả đơn",
      en: "Returned requests on an own-initiative form",
    },
  };
}

/** A breakdown page's total equals ("luôn luôn bằng") the page 1 row of the same code, in every column. */
export function matchesPageOneRule(
  family: FormFamily,
  page: PageId,
  row: string,
  description: Text,
  title: Text,
  inferred = false
): RuleSpec {
  return {
    id: `${family}.${page}.${row}`,
    kind: "equal",
    severity: "error",
    left: { page, row },
    right: [{ page: "P1", row }],
    ...(inferred ? { inferred } : {}),
    description,
    title,
  };
}
