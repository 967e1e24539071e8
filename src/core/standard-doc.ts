// docs/standard.md, derived from src/forms: every form, page, block, row, column, data point name, formula
// and rule, readable without the code. `npm run docs` writes it; a test fails when it is stale.
import {
  CROSS_REPORT_RULES,
  CURRENT_VERSION,
  FOOTER_FIELDS,
  GENERAL_RULES,
  HEADER_FIELDS,
  HEADER_GUIDANCE,
  HEADER_RULES,
  SOURCES_NOT_IN_ARTICLE,
  VERSIONS,
  STANDARD,
  VARIANT_LABELS,
  VARIANTS,
  formInstance,
  registeredForms,
  type BlockSpec,
  type FormSpec,
  type RowFormula,
  type RowRef,
  type RowSpec,
  type RuleSpec,
} from "../forms";
import { rangeA1 } from "./a1";
import { headerName, planWorkbook } from "./layout";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A row's formula in the form's own terms: its STT numbers, as the article writes them. */
function formulaText(formula: RowFormula | undefined, block: BlockSpec): string {
  if (!formula) return "";
  const no = (code: string) => block.rows.find((r) => r.code === code)?.no ?? code;
  switch (formula.op) {
    case "sum":
      return `= ${formula.rows.map(no).join(" + ")}`;
    case "difference":
      return `= ${no(formula.minuend)} − ${no(formula.subtrahend)}`;
    case "ratio":
      return `= ${no(formula.numerator)} / ${no(formula.denominator)} × 100 (để trống khi mẫu số bằng 0)`;
  }
}

function kindOf(row: RowSpec, block: BlockSpec): string {
  if (row.formula) return "công thức";
  const inputs = block.columns.filter(
    (c) => !c.total && (!row.inputColumns || row.inputColumns.includes(c.code))
  );
  if (inputs.length === block.columns.filter((c) => !c.total).length) return "nhập";
  return `nhập ở cột ${inputs.map((c) => c.code).join(", ")}; các cột khác để trống`;
}

function refText(ref: RowRef): string {
  return `${ref.page}.${ref.row}${ref.column ? `.${ref.column}` : ""}`;
}

function ruleText(rule: RuleSpec): string {
  if (rule.kind === "zero") return `${refText(rule.target)} = 0`;
  return `${refText(rule.left)} = ${rule.right.map(refText).join(" + ")}`;
}

function formSection(spec: FormSpec): string[] {
  const th = formInstance(spec.family, "TH");
  const id = th.id;
  // Positions are the same in every variant: a stand-alone TH plan gives the template's rows.
  const plan = planWorkbook({ forms: [th] });
  const out: string[] = [`## BIỂU MẪU SỐ ${spec.number}: ${spec.title.vi}`, ""];
  out.push(`*${spec.title.en}.*`, "");
  if (spec.unit) out.push(`${spec.unit.vi}. `);
  out.push(
    `Số liệu ${spec.wholeNumbers ? "là số nguyên (số việc)" : "có thể lẻ (giá trị)"}; ` +
      `các đẳng thức được coi là đúng khi chênh lệch ${
        spec.tolerance === 0 ? "bằng 0" : `nhỏ hơn ${spec.tolerance}`
      }.`,
    "",
    `Tên dữ liệu (defined name) của mỗi ô số: \`${id.slice(0, -th.variant.length)}<biến thể>.<trang>.<mã hàng>.<mã cột>\`, ` +
      `biến thể ${VARIANTS.map((v) => `\`${v}\` (${VARIANT_LABELS[v].vi.toLowerCase()})`).join(", ")}.`,
    ""
  );
  for (const page of spec.pages) {
    const sheet = plan.sheets.find((s) => s.page === page.id)!;
    out.push(
      `### ${page.id}. ${page.title.vi}`,
      "",
      `Trang tính: \`${sheet.sheetName}\` (biểu tổng hợp).`,
      ""
    );
    for (const block of page.blocks) {
      if (block.title) out.push(`#### ${block.code}. ${block.title.vi}`, "");
      out.push(
        `Cột: ${block.columns
          .map(
            (c) => `\`${c.code}\` ${c.label.vi}${c.total ? " (= tổng các cột nhập của hàng)" : ""}`
          )
          .join("; ")}.`,
        "",
        "| STT | chỉ tiêu | mã hàng | ô | loại | công thức | tên dữ liệu (biểu tổng hợp) |",
        "|---|---|---|---|---|---|---|"
      );
      for (const row of block.rows) {
        const first = `${id}.${page.id}.${row.code}.${block.columns[0].code}`;
        const at = plan.resolve(first)!;
        const range = rangeA1(at.row, at.col, at.row, at.col + block.columns.length - 1);
        out.push(
          `| ${row.no} | ${cell(row.label.vi)} | \`${row.code}\` | ${range} | ${kindOf(row, block)} | ` +
            `${cell(formulaText(row.formula, block))} | \`${id}.${page.id}.${row.code}.*\` |`
        );
      }
      out.push("");
      const guided = block.rows
        .map((row) => ({ row, help: spec.guidance?.rows[`${page.id}.${row.code}`] }))
        .filter((g) => g.help);
      if (guided.length > 0) {
        out.push(`Hướng dẫn của bài viết (phần «${spec.guidance!.part.vi}»):`, "");
        for (const { row, help } of guided)
          out.push(`- **${row.no}** ${row.label.vi}: ${help!.vi} *(mục ${help!.section})*`);
        out.push("");
      }
    }
  }
  out.push("### Quy tắc kiểm tra", "", "| mã | mức | đẳng thức | nội dung |", "|---|---|---|---|");
  for (const rule of spec.rules) {
    const only = rule.variants
      ? ` (chỉ biểu ${rule.variants.map((v) => VARIANT_LABELS[v].vi.toLowerCase()).join(", ")})`
      : "";
    const inferred = rule.inferred ? " *suy luận*" : "";
    out.push(
      `| \`${rule.id}\` | ${rule.severity} | ${cell(ruleText(rule))} | ${cell(rule.description.vi)}${only}${inferred} |`
    );
  }
  out.push("");
  return out;
}

export function standardMarkdown(): string {
  const out: string[] = [
    "<!-- Generated by `npm run docs` from src/forms: do not edit by hand. -->",
    `# Chuẩn biểu mẫu thống kê THADS ${registeredForms()
      .map((spec) => spec.number)
      .join(", ")
      .replace(/, ([^,]*)$/, " và $1")}`,
    "",
    `Chuẩn \`${STANDARD.id}\`, phiên bản ${STANDARD.version}. Nguồn: ${STANDARD.source}.`,
    "",
    "Mỗi biểu có ba biến thể: chủ động (CD), theo đơn (TD) và tổng hợp (TH). Khi một sổ tính có đủ cả ba " +
      "biến thể của một biểu, mỗi ô nhập của biểu tổng hợp là công thức CD + TD (quy tắc `TH.sum`).",
    "",
    "## Phần đầu và phần ký",
    "",
    "| mã | nội dung | tên dữ liệu |",
    "|---|---|---|",
    ...[...HEADER_FIELDS, ...FOOTER_FIELDS].map(
      (f) =>
        `| \`${f.code}\` | ${f.label.vi}${f.byReceiver ? " (đơn vị nhận ghi)" : ""} | \`${headerName("<biểu>", f.code)}\` |`
    ),
    "",
    "Trang 2 và 3 lặp lại phần đầu và phần ký bằng công thức liên kết tới trang 1 (ô trống khi trang 1 còn trống).",
    "",
    "Hướng dẫn của bài viết cho phần chung (mục 2.1.1):",
    "",
    ...[...HEADER_FIELDS, ...FOOTER_FIELDS].map(
      (f) => `- **${f.label.vi}**: ${HEADER_GUIDANCE[f.code].vi}`
    ),
    "",
    "## Nguồn",
    "",
    "Mọi nhãn là lời của bài viết; mọi công thức và đối chiếu là bài viết nêu, trừ những quy tắc đánh dấu " +
      "*suy luận* (bài viết ngụ ý, không nói ra). Những điều sau không lấy từ bài viết:",
    "",
    ...SOURCES_NOT_IN_ARTICLE.map((s) => `- ${s.vi}`),
    "",
    "## Phiên bản",
    "",
    `Phiên bản hiện hành: ${CURRENT_VERSION.number} (\`${CURRENT_VERSION.id}\`, ${CURRENT_VERSION.date}). ` +
      "Mỗi sổ tính ghi phiên bản đã dùng để lập (trang ẩn THADS_META, khóa `version`); sổ tính lập theo " +
      "phiên bản cũ vẫn được kiểm tra theo bố cục của phiên bản đó.",
    "",
    ...VERSIONS.filter((v) => v.changes.length > 0).flatMap((v) => [
      `Phiên bản ${v.number} (\`${v.id}\`, ${v.date}):`,
      "",
      ...v.changes.map((c) => `- ${c.vi}`),
      "",
    ]),
  ];
  for (const spec of registeredForms()) out.push(...formSection(spec));
  out.push("## Quy tắc chung", "", "| mã | mức | nội dung |", "|---|---|---|");
  for (const rule of [...GENERAL_RULES, ...CROSS_REPORT_RULES, ...HEADER_RULES]) {
    const inferred = rule.inferred ? " *suy luận*" : "";
    out.push(`| \`${rule.id}\` | ${rule.severity} | ${cell(rule.description.vi)}${inferred} |`);
  }
  out.push("");
  return out.join("\n");
}
