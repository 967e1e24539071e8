// Vietnamese wording of every finding code: the language of the report.
import type { Locale, Words } from "../render";

const at = (w: Words) => `Ô ${w.p.ref} (${w.cell(w.p.name)})`;
const rights = (w: Words) => ((w.p.right as string[]) ?? []).map(w.row).join(" + ");
const page = (w: Words) => `trang ${w.p.page} của ${w.form(w.p.form)}`;
const shown = (w: Words) => (typeof w.p.value === "number" ? w.n(w.p.value) : String(w.p.shown));

export const vi: Locale = {
  "compare.equal": (w) =>
    `${w.rule(w.p.rule)} (${w.form(w.p.form)}, cột «${w.column(w.p.left)}»): ${w.row(w.p.left)} = ${w.n(w.p.leftValue)}, ${rights(w)} = ${w.n(w.p.rightValue)}, chênh lệch ${w.n(w.p.difference)}.`,
  "compare.readings": (w) => {
    const alt = ((w.p.altRight as string[]) ?? []).map(w.row).join(" + ");
    return `${w.rule(w.p.rule)} (${w.form(w.p.form)}, cột «${w.column(w.p.left)}»): ${w.row(w.p.left)} = ${w.n(w.p.leftValue)}, cách hiểu thứ nhất: ${rights(w)} = ${w.n(w.p.rightValue)}, chênh lệch ${w.n(w.p.difference)}; cách hiểu thứ hai: ${alt} = ${w.n(w.p.altRightValue)}, chênh lệch ${w.n(w.p.altDifference)}.`;
  },
  "compare.zero": (w) =>
    `${w.rule(w.p.rule)} (${w.form(w.p.form)}): ${w.row(w.p.left)}, cột «${w.column(w.p.left)}» = ${w.n(w.p.leftValue)}.`,
  "compare.consolidation": (w) => {
    const [cd, td] = w.p.rightValues as number[];
    return `Biểu ${w.p.family} tổng hợp phải bằng chủ động cộng theo đơn: ${w.row(w.p.left)}, cột «${w.column(w.p.left)}»: tổng hợp = ${w.n(w.p.leftValue)}, chủ động + theo đơn = ${w.n(cd)} + ${w.n(td)} = ${w.n(w.p.rightValue)}, chênh lệch ${w.n(w.p.difference)}.`;
  },
  "cell.formula_typed": (w) =>
    `${at(w)} là ô nhập liệu nhưng chứa công thức ${w.p.formula}; hãy nhập một số.`,
  "cell.not_a_number": (w) => `${at(w)} chứa «${w.p.shown}», không phải là số.`,
  "cell.negative": (w) => `${at(w)} chứa số âm ${w.n(w.p.value)}; số liệu thống kê không được âm.`,
  "cell.not_whole": (w) => `${at(w)} chứa số lẻ ${w.n(w.p.value)}; số việc phải là số nguyên.`,
  "cell.formula_changed": (w) => {
    const should = w.p.derived === null ? "" : ` (= ${w.n(w.p.derived)})`;
    const has = w.p.formula ? `công thức ${w.p.formula}` : `giá trị gõ tay «${w.p.shown}»`;
    return `${at(w)} phải giữ công thức của biểu mẫu ${w.p.expected}${should} nhưng đang chứa ${has}.`;
  },
  "cell.must_be_empty": (w) =>
    `${at(w)} không phải ô nhập liệu và phải để trống, nhưng đang chứa «${w.p.formula ?? shown(w)}».`,
  "form.page_missing": (w) =>
    `Thiếu ${page(w)}: không tìm thấy tên dữ liệu nào của trang (trang bị xóa hoặc tên bị xóa).`,
  "form.names_missing": (w) =>
    `Trang ${w.p.page} của ${w.form(w.p.form)} thiếu ${w.p.count} tên dữ liệu (hàng bị xóa hoặc tên bị xóa): ${w.p.list}.`,
  "form.formulas_cleared": (w) =>
    `Trang ${w.p.page} của ${w.form(w.p.form)} có ${w.p.count} ô công thức bị xóa trắng: ${w.p.list}. Hãy thêm lại biểu mẫu hoặc hoàn tác (Ctrl+Z).`,
  "form.incomplete": (w) =>
    `Trang ${w.p.page} của ${w.form(w.p.form)} còn ${w.p.count} ô nhập liệu để trống (được tính là 0; cần nhập đủ, kể cả số 0, trước khi ký duyệt).`,
};
