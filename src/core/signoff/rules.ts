// The sign-off's own rule ids, beside the standard's (they are not rules of the forms: checkWorkbook never
// raises them; verifySignoff does). Listed here for the README's rule table and the review.
import type { GeneralRuleSpec } from "../../forms";

export const SIGNOFF_RULES: GeneralRuleSpec[] = [
  {
    id: "signoff.changed",
    severity: "error",
    description: {
      vi: "Báo cáo đã bị thay đổi sau khi Trưởng thi hành án dân sự ký duyệt (từng ô: giá trị lúc ký → giá trị hiện nay)",
      en: "The report changed after the head of the office signed it off (each cell: value at signing → value now)",
    },
  },
];
