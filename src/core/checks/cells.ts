// Rules on single cells: types and signs of inputs, formulas kept, cells that must stay empty, blanks,
// and the template's own integrity (missing pages, names, cleared formula cells).
import type { Finding } from "../findings";
import { renderFormula, sameFormula } from "../formulas";
import { cellLabel, formLabel, formatNumber, text } from "../messages";
import type { CellDef } from "../model";
import { describeValue, isBlank } from "../snapshot";
import { roundDifference, type CheckContext } from "./context";

function finding(
  ctx: CheckContext,
  def: CellDef,
  rule: string,
  severity: Finding["severity"],
  message: { vi: string; en: string },
  values: Partial<Pick<Finding, "left" | "right" | "difference" | "expectedFormula">> = {}
): Finding {
  return {
    rule,
    severity,
    form: def.form.id,
    page: def.page.id,
    names: [def.name],
    cells: ctx.cellRefs([def.name]),
    left: values.left ?? null,
    right: values.right ?? null,
    difference: values.difference ?? null,
    message: message.vi,
    messageEn: message.en,
    ...(values.expectedFormula ? { expectedFormula: values.expectedFormula } : {}),
  };
}

function where(ctx: CheckContext, def: CellDef) {
  const label = cellLabel(def);
  const ref = ctx.cellRefs([def.name])[0] ?? def.name;
  return { vi: `Ô ${ref} (${label.vi})`, en: `Cell ${ref} (${label.en})` };
}

function checkInput(ctx: CheckContext, def: CellDef, blanks: CellDef[]): Finding[] {
  const snap = ctx.cell(def.name)!;
  const at = where(ctx, def);
  if (snap.formula) {
    return [
      finding(
        ctx,
        def,
        "cell.formula_typed",
        "error",
        text(
          `${at.vi} là ô nhập liệu nhưng chứa công thức ${snap.formula}; hãy nhập một số.`,
          `${at.en} is an input cell but holds the formula ${snap.formula}; type a number.`
        )
      ),
    ];
  }
  const value = snap.value;
  if (isBlank(value)) {
    blanks.push(def);
    return [];
  }
  if (typeof value !== "number") {
    const shown = describeValue(value);
    return [
      finding(
        ctx,
        def,
        "cell.not_a_number",
        "error",
        text(
          `${at.vi} chứa «${shown}», không phải là số.`,
          `${at.en} holds “${shown}”, which is not a number.`
        )
      ),
    ];
  }
  const found: Finding[] = [];
  if (value < 0) {
    found.push(
      finding(
        ctx,
        def,
        "cell.negative",
        "error",
        text(
          `${at.vi} chứa số âm ${formatNumber(value)}; số liệu thống kê không được âm.`,
          `${at.en} holds the negative number ${formatNumber(value, "en")}; figures cannot be negative.`
        ),
        { left: value, right: 0, difference: value }
      )
    );
  }
  if (def.spec.wholeNumbers && !Number.isInteger(value)) {
    const whole = Math.round(value);
    found.push(
      finding(
        ctx,
        def,
        "cell.not_whole",
        "error",
        text(
          `${at.vi} chứa số lẻ ${formatNumber(value)}; số việc phải là số nguyên.`,
          `${at.en} holds the fraction ${formatNumber(value, "en")}; cases are whole numbers.`
        ),
        { left: value, right: whole, difference: roundDifference(value - whole) }
      )
    );
  }
  return found;
}

function checkFormula(ctx: CheckContext, def: CellDef, cleared: CellDef[]): Finding[] {
  const snap = ctx.cell(def.name)!;
  const expected = renderFormula(def, ctx.address);
  if (!expected) return []; // a cell it refers to is missing: form.damaged says so
  if (!snap.formula && isBlank(snap.value) && snap.value !== undefined) {
    cleared.push(def);
    return [];
  }
  if (snap.formula && sameFormula(snap.formula, expected)) return [];
  const at = where(ctx, def);
  const derived = ctx.derived(def.name) ?? null;
  const actual = typeof snap.value === "number" ? snap.value : null;
  const difference = actual !== null && derived !== null ? roundDifference(actual - derived) : null;
  const has = snap.formula
    ? { vi: `công thức ${snap.formula}`, en: `the formula ${snap.formula}` }
    : {
        vi: `giá trị gõ tay «${describeValue(snap.value)}»`,
        en: `the typed value “${describeValue(snap.value)}”`,
      };
  const should = derived === null ? "" : ` (= ${formatNumber(derived)})`;
  const shouldEn = derived === null ? "" : ` (= ${formatNumber(derived, "en")})`;
  return [
    finding(
      ctx,
      def,
      "cell.formula_changed",
      "error",
      text(
        `${at.vi} phải giữ công thức của biểu mẫu ${expected}${should} nhưng đang chứa ${has.vi}.`,
        `${at.en} must keep the template's formula ${expected}${shouldEn} but holds ${has.en}.`
      ),
      { left: actual, right: derived, difference, expectedFormula: expected }
    ),
  ];
}

function checkEmpty(ctx: CheckContext, def: CellDef): Finding[] {
  const snap = ctx.cell(def.name)!;
  if (isBlank(snap.value) && !snap.formula) return [];
  const at = where(ctx, def);
  const left = typeof snap.value === "number" ? snap.value : null;
  // Numbers in each message's own notation (2,5 in Vietnamese), like every other finding.
  const shown = (lang: "vi" | "en") =>
    snap.formula ?? (left === null ? describeValue(snap.value) : formatNumber(left, lang));
  return [
    finding(
      ctx,
      def,
      "cell.must_be_empty",
      "error",
      text(
        `${at.vi} không phải ô nhập liệu và phải để trống, nhưng đang chứa «${shown("vi")}».`,
        `${at.en} is not an input and must stay empty, but holds “${shown("en")}”.`
      ),
      { left, right: left === null ? null : 0, difference: left }
    ),
  ];
}

function pageFinding(
  ctx: CheckContext,
  defs: CellDef[],
  rule: string,
  severity: Finding["severity"],
  message: { vi: string; en: string }
): Finding {
  const names = defs.map((d) => d.name);
  return {
    rule,
    severity,
    form: defs[0].form.id,
    page: defs[0].page.id,
    names,
    cells: ctx.cellRefs(names),
    left: null,
    right: null,
    difference: null,
    message: message.vi,
    messageEn: message.en,
  };
}

function byPage(defs: CellDef[]): CellDef[][] {
  const groups = new Map<string, CellDef[]>();
  for (const def of defs) {
    const key = `${def.form.id}.${def.page.id}`;
    const group = groups.get(key);
    if (group) group.push(def);
    else groups.set(key, [def]);
  }
  return [...groups.values()];
}

/** What a page-level finding says, given the cells of one page it concerns. */
type PageWording = (ctx: CheckContext, group: CellDef[]) => { vi: string; en: string };

function pageOf(group: CellDef[]) {
  const { form, page } = group[0];
  return { n: page.id.slice(1), form: formLabel(form.family, form.variant) };
}

const firstFive = (items: string[]) =>
  `${items.slice(0, 5).join(", ")}${items.length > 5 ? ", …" : ""}`;

const missingWording: PageWording = (ctx, group) => {
  const { n, form } = pageOf(group);
  const { form: instance, page } = group[0];
  const onPage = ctx.model.forms
    .find((f) => f.form.id === instance.id)!
    .cells.filter((c) => c.page === page).length;
  const names = firstFive(group.map((d) => d.name));
  return group.length === onPage
    ? text(
        `Thiếu trang ${n} của ${form.vi}: không tìm thấy tên dữ liệu nào của trang (trang bị xóa hoặc tên bị xóa).`,
        `Page ${n} of ${form.en} is missing: none of its data point names was found (sheet or names deleted).`
      )
    : text(
        `Trang ${n} của ${form.vi} thiếu ${group.length} tên dữ liệu (hàng bị xóa hoặc tên bị xóa): ${names}.`,
        `Page ${n} of ${form.en} lacks ${group.length} data point names (rows or names deleted): ${names}.`
      );
};

const clearedWording: PageWording = (ctx, group) => {
  const { n, form } = pageOf(group);
  const cells = firstFive(ctx.cellRefs(group.map((d) => d.name)));
  return text(
    `Trang ${n} của ${form.vi} có ${group.length} ô công thức bị xóa trắng: ${cells}. Hãy thêm lại biểu mẫu hoặc hoàn tác (Ctrl+Z).`,
    `Page ${n} of ${form.en} has ${group.length} formula cells cleared: ${cells}. Add the template again or undo (Ctrl+Z).`
  );
};

const blankWording: PageWording = (_ctx, group) => {
  const { n, form } = pageOf(group);
  return text(
    `Trang ${n} của ${form.vi} còn ${group.length} ô nhập liệu để trống (được tính là 0; cần nhập đủ, kể cả số 0, trước khi ký duyệt).`,
    `Page ${n} of ${form.en} has ${group.length} blank input cells (counted as 0; fill them, zeros included, before sign-off).`
  );
};

export function checkCells(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const missing: CellDef[] = [];
  const cleared: CellDef[] = [];
  const blanks: CellDef[] = [];
  for (const def of ctx.model.cells.values()) {
    if (!ctx.address(def.name)) {
      missing.push(def);
      continue;
    }
    if (def.kind === "input") findings.push(...checkInput(ctx, def, blanks));
    else if (def.kind === "formula") findings.push(...checkFormula(ctx, def, cleared));
    else findings.push(...checkEmpty(ctx, def));
  }

  const pageFindings: [CellDef[], string, Finding["severity"], PageWording][] = [
    [missing, "form.damaged", "error", missingWording],
    [cleared, "form.damaged", "error", clearedWording],
    [blanks, "form.incomplete", "warning", blankWording],
  ];
  for (const [defs, rule, severity, wording] of pageFindings) {
    for (const group of byPage(defs))
      findings.push(pageFinding(ctx, group, rule, severity, wording(ctx, group)));
  }
  return findings;
}
