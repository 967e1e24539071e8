// English wording of every finding code, for Office running in another language.
import type { Locale, Words } from "../render";

const at = (w: Words) => `Cell ${w.p.ref} (${w.cell(w.p.name)})`;
const rights = (w: Words) => ((w.p.right as string[]) ?? []).map(w.row).join(" + ");
const shown = (w: Words) => (typeof w.p.value === "number" ? w.n(w.p.value) : String(w.p.shown));

export const en: Locale = {
  "compare.equal": (w) =>
    `${w.rule(w.p.rule)} (${w.form(w.p.form)}, column “${w.column(w.p.left)}”): ${w.row(w.p.left)} = ${w.n(w.p.leftValue)}, ${rights(w)} = ${w.n(w.p.rightValue)}, difference ${w.n(w.p.difference)}.`,
  "compare.readings": (w) => {
    const alt = ((w.p.altRight as string[]) ?? []).map(w.row).join(" + ");
    return `${w.rule(w.p.rule)} (${w.form(w.p.form)}, column “${w.column(w.p.left)}”): ${w.row(w.p.left)} = ${w.n(w.p.leftValue)}, first reading: ${rights(w)} = ${w.n(w.p.rightValue)}, difference ${w.n(w.p.difference)}; second reading: ${alt} = ${w.n(w.p.altRightValue)}, difference ${w.n(w.p.altDifference)}.`;
  },
  "compare.zero": (w) =>
    `${w.rule(w.p.rule)} (${w.form(w.p.form)}): ${w.row(w.p.left)}, column “${w.column(w.p.left)}” = ${w.n(w.p.leftValue)}.`,
  "compare.consolidation": (w) => {
    const [cd, td] = w.p.rightValues as number[];
    return `Form ${w.p.family} consolidated must equal on-initiative plus on-request: ${w.row(w.p.left)}, column “${w.column(w.p.left)}”: consolidated = ${w.n(w.p.leftValue)}, sum = ${w.n(cd)} + ${w.n(td)} = ${w.n(w.p.rightValue)}, difference ${w.n(w.p.difference)}.`;
  },
  "cell.formula_typed": (w) =>
    `${at(w)} is an input cell but holds the formula ${w.p.formula}; type a number.`,
  "cell.not_a_number": (w) => `${at(w)} holds “${w.p.shown}”, which is not a number.`,
  "cell.negative": (w) =>
    `${at(w)} holds the negative number ${w.n(w.p.value)}; figures cannot be negative.`,
  "cell.not_whole": (w) =>
    `${at(w)} holds the fraction ${w.n(w.p.value)}; cases are whole numbers.`,
  "cell.formula_changed": (w) => {
    const should = w.p.derived === null ? "" : ` (= ${w.n(w.p.derived)})`;
    const has = w.p.formula ? `the formula ${w.p.formula}` : `the typed value “${w.p.shown}”`;
    return `${at(w)} must keep the template's formula ${w.p.expected}${should} but holds ${has}.`;
  },
  "cell.must_be_empty": (w) =>
    `${at(w)} is not an input and must stay empty, but holds “${w.p.formula ?? shown(w)}”.`,
  "form.page_missing": (w) =>
    `Page ${w.p.page} of ${w.form(w.p.form)} is missing: none of its data point names was found (sheet or names deleted).`,
  "form.names_missing": (w) =>
    `Page ${w.p.page} of ${w.form(w.p.form)} lacks ${w.p.count} data point names (rows or names deleted): ${w.p.list}.`,
  "form.formulas_cleared": (w) =>
    `Page ${w.p.page} of ${w.form(w.p.form)} has ${w.p.count} formula cells cleared: ${w.p.list}. Add the template again or undo (Ctrl+Z).`,
  "form.incomplete": (w) =>
    `Page ${w.p.page} of ${w.form(w.p.form)} has ${w.p.count} blank input cells (counted as 0; fill them, zeros included, before sign-off).`,
};
