// A third form is a data-only change: a made-up form (two pages, one rule), registered through the same
// registry the standard's forms go through, gets a template file, formulas a real engine computes, checks,
// conditional-format marks, docs and the command line's help, with no code written for it.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  checkWorkbook,
  conditionalRules,
  evaluate,
  inputValidations,
  planWorkbook,
  rulesMarkdown,
  standardMarkdown,
  type Inputs,
  type WorkbookPlan,
} from "../../src/core";
import { readSnapshot, templateBuffer } from "../../src/files";
import {
  VARIANTS,
  allFormIds,
  families,
  formInstance,
  parseFormId,
  registerForm,
  type FormSpec,
} from "../../src/forms";
import { main } from "../../src/cli/main";
import { parseForms } from "../../src/cli/options";
import { loadPlan, valueAt } from "../helpers/hyperformula";
import { MarkEngine } from "../helpers/marks";
import { fill, loadWorkbook } from "../helpers/xlsx";
import { COMPLETE_HEADER, headerEntries } from "../helpers/workbooks";

const people = [
  { code: "tong", label: { vi: "Tổng số", en: "Total" }, total: true },
  { code: "nam", label: { vi: "Nam", en: "Men" } },
  { code: "nu", label: { vi: "Nữ", en: "Women" } },
];

/** Made up for this test: not a form of the standard. A three-character family, so ids are 7 long. */
const TK07A: FormSpec = {
  family: "07A",
  number: "07A-TK/THA",
  measure: { vi: "tính bằng người", en: "in persons" },
  title: { vi: "BIỂU THỬ TÍNH BẰNG NGƯỜI", en: "TRIAL FORM IN PERSONS" },
  wholeNumbers: false,
  tolerance: 0.005,
  numberFormat: "#,##0.00",
  columnWidth: 14,
  inputHint: { vi: "Ô này nhận số người: một số không âm.", en: "A number of persons." },
  pages: [
    {
      id: "P1",
      title: { vi: "Trang 1: tổng hợp", en: "Page 1: summary" },
      blocks: [
        {
          code: "main",
          columns: people,
          rows: [
            {
              no: "1",
              code: "tong_so",
              label: { vi: "Tổng số", en: "Total" },
              formula: { op: "sum", rows: ["moi", "cu"] },
              emphasis: true,
            },
            { no: "1.1", code: "moi", label: { vi: "Mới", en: "New" } },
            { no: "1.2", code: "cu", label: { vi: "Cũ", en: "Old" } },
            { no: "2", code: "xong", label: { vi: "Đã xong", en: "Done" } },
            {
              no: "3",
              code: "ty_le",
              label: { vi: "Tỷ lệ xong (%)", en: "Done (%)" },
              formula: { op: "ratio", numerator: "xong", denominator: "tong_so" },
            },
          ],
        },
      ],
    },
    {
      id: "P2",
      title: { vi: "Trang 2: phân tích số đã xong", en: "Page 2: what was done" },
      blocks: [
        {
          code: "A",
          columns: people,
          rows: [
            {
              no: "A",
              code: "xong",
              label: { vi: "Đã xong", en: "Done" },
              formula: { op: "sum", rows: ["xong_a", "xong_b"] },
            },
            { no: "A1", code: "xong_a", label: { vi: "Xong cách a", en: "Done by a" } },
            {
              no: "A2",
              code: "xong_b",
              label: { vi: "Xong cách b (chỉ nam)", en: "Done by b (men only)" },
              inputColumns: ["nam"],
            },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: "07A.P2.xong",
      kind: "equal",
      severity: "error",
      left: { page: "P2", row: "xong" },
      right: [{ page: "P1", row: "xong" }],
      description: {
        vi: "Số đã xong ở trang 2 phải bằng số đã xong ở trang 1",
        en: "Done on page 2 must equal done on page 1",
      },
      title: { vi: "Đã xong lệch trang 1", en: "Done differs from page 1" },
    },
  ],
};

let unregister: () => void;
beforeAll(() => {
  unregister = registerForm(TK07A);
});
afterAll(() => unregister());

const ids = VARIANTS.map((v) => `TK07A${v}`);
const planOf = (variants = VARIANTS) =>
  planWorkbook({
    forms: variants.map((v) => formInstance("07A", v)),
    header: COMPLETE_HEADER,
  });

/** A clean report: CD and TD typed, TH computed from them (all three variants are in the workbook). */
const CLEAN: Inputs = {
  "TK07ACD.P1.moi.nam": 3,
  "TK07ACD.P1.moi.nu": 2.5,
  "TK07ACD.P1.cu.nam": 4,
  "TK07ACD.P1.cu.nu": 0,
  "TK07ACD.P1.xong.nam": 5,
  "TK07ACD.P1.xong.nu": 1.25,
  "TK07ACD.P2.xong_a.nam": 2,
  "TK07ACD.P2.xong_a.nu": 1.25,
  "TK07ACD.P2.xong_b.nam": 3,
  "TK07ATD.P1.moi.nam": 10,
  "TK07ATD.P1.moi.nu": 10,
  "TK07ATD.P1.cu.nam": 0,
  "TK07ATD.P1.cu.nu": 0,
  "TK07ATD.P1.xong.nam": 1,
  "TK07ATD.P1.xong.nu": 0,
  "TK07ATD.P2.xong_a.nam": 0,
  "TK07ATD.P2.xong_a.nu": 0,
  "TK07ATD.P2.xong_b.nam": 1,
};

describe("a made-up third form, registered as data", () => {
  it("is a form of the standard while registered: ids of any length, its family listed", () => {
    expect(families()).toEqual(["05", "06", "07A"]);
    expect(parseFormId("TK07ATH")).toEqual({ id: "TK07ATH", family: "07A", variant: "TH" });
    expect(allFormIds().slice(-3)).toEqual(ids);
    expect(() => registerForm(TK07A)).toThrow(/already registered/);
    expect(() => registerForm({ ...TK07A, family: "08" })).toThrow(/rule 07A.P2.xong/);
  });

  it("gets a template file: its sheets, names, number format and column widths from its data", async () => {
    const plan = planOf();
    expect(plan.sheets.map((s) => s.sheetName)).toEqual([
      "07A-CD Trang 1",
      "07A-CD Trang 2",
      "07A-TD Trang 1",
      "07A-TD Trang 2",
      "07A-TH Trang 1",
      "07A-TH Trang 2",
    ]);
    const workbook = await loadWorkbook(await templateBuffer(plan));
    const ws = workbook.getWorksheet("07A-TH Trang 1")!;
    expect(ws.getCell("A1").value).toBe("BIỂU MẪU SỐ 07A-TK/THA (Tổng hợp)");
    expect([3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([14, 14, 14]);
    const at = plan.resolve("TK07ATH.P1.moi.nam")!;
    expect(at).toEqual({ sheet: "07A-TH Trang 1", row: 12, col: 4 });
    expect(ws.getCell(12, 4).numFmt).toBe("#,##0.00");
    // The linked TH input is CD + TD; the total column sums the row; the ratio is blank on a zero divisor.
    expect(ws.getCell(12, 4).formula).toBe("SUM('07A-CD Trang 1'!D12,'07A-TD Trang 1'!D12)");
    expect(ws.getCell(11, 3).formula).toBe("SUM(C12:C13)");
    expect(ws.getCell(12, 3).formula).toBe("SUM(D12:E12)");
    expect(ws.getCell(15, 4).formula).toBe('IF(D11=0,"",D14/D11*100)');
    const names = (workbook.definedNames as unknown as { model: { name: string }[] }).model.map(
      (n) => n.name
    );
    expect(names).toEqual(
      expect.arrayContaining(["TK07ATH.P2.xong_b.nu", "TK07ACD.P1.hdr.ky_bao_cao"])
    );
    expect(inputValidations(plan)[0].errorMessage).toBe("Ô này nhận số người: một số không âm.");
  });

  it("has formulas HyperFormula computes to the figures the form's data gives", () => {
    const plan = planOf();
    const hf = loadPlan(plan, CLEAN);
    try {
      const at = (name: string) => valueAt(hf, plan, name);
      // CD: 3 + 4 men, 2.5 + 0 women; TH = CD + TD.
      expect(at("TK07ACD.P1.tong_so.nam")).toBe(7);
      expect(at("TK07ACD.P1.tong_so.tong")).toBe(9.5);
      expect(at("TK07ATH.P1.moi.nam")).toBe(13);
      expect(at("TK07ATH.P1.tong_so.tong")).toBe(29.5);
      expect(at("TK07ATH.P2.xong.tong")).toBe(7.25);
      expect(at("TK07ACD.P1.ty_le.nu")).toBe(50);
      expect(at("TK07ATD.P1.ty_le.nam")).toBe(10);
      expect(at("TK07ATD.P1.ty_le.nu")).toBe(0);
      // Every formula cell agrees with the core's reading of the form.
      const expected = evaluate(plan.model, CLEAN);
      const formulas = [...plan.model.cells.values()].filter((d) => d.kind === "formula");
      expect(formulas.length).toBeGreaterThan(40);
      for (const def of formulas) {
        const want = expected.get(def.name);
        if (want === null) expect(at(def.name)).toBe("");
        else expect(at(def.name)).toBeCloseTo(want!, 9);
      }
    } finally {
      hf.destroy();
    }
  });

  describe("checks, on the written file as an officer fills it", () => {
    let plan: WorkbookPlan;
    let template: Buffer;
    beforeAll(async () => {
      plan = planOf();
      template = await templateBuffer(planWorkbook({ forms: plan.model.forms.map((f) => f.form) }));
    });
    const checked = async (entries: Inputs) =>
      checkWorkbook(
        readSnapshot(await fill(template, plan, { ...headerEntries(ids), ...entries }))
      );

    it("passes a clean fill", async () => {
      const result = await checked(CLEAN);
      expect(result.forms).toEqual(ids);
      expect(result.findings).toEqual([]);
    });

    it("finds a planted fault, worded from the form's own labels", async () => {
      const result = await checked({ ...CLEAN, "TK07ATD.P2.xong_a.nam": 2 });
      expect(result.findings.map((f) => [f.rule, f.names[0]])).toEqual([
        ["07A.P2.xong", "TK07ATD.P2.xong.tong"],
        ["07A.P2.xong", "TK07ATD.P2.xong.nam"],
        ["07A.P2.xong", "TK07ATH.P2.xong.tong"],
        ["07A.P2.xong", "TK07ATH.P2.xong.nam"],
      ]);
      const first = result.findings[1];
      expect(first.message).toBe(
        "Số đã xong ở trang 2 phải bằng số đã xong ở trang 1 (biểu 07A theo đơn, cột «Nam»): trang 2 «Đã xong» = 3, trang 1 «Đã xong» = 1, chênh lệch 2."
      );
      expect(first.messageEn).toBe(
        "Done on page 2 must equal done on page 1 (form 07A on request, column “Men”): page 2 “Done” = 3, page 1 “Done” = 1, difference 2."
      );
      // One wrong entry, one cause: the total column and the TH copy follow from it.
      expect(result.findings.filter((f) => !f.causedBy)).toHaveLength(1);
    });

    it("finds a figure in a cell that must stay empty", async () => {
      const result = await checked({ ...CLEAN, "TK07ACD.P2.xong_b.nu": 1 });
      expect(result.findings.map((f) => [f.rule, f.names[0]])).toEqual([
        ["cell.must_be_empty", "TK07ACD.P2.xong_b.nu"],
      ]);
    });
  });

  describe("conditional-format marks, evaluated by HyperFormula", () => {
    let plan: WorkbookPlan;
    let engine: MarkEngine;
    beforeAll(() => {
      plan = planOf();
      engine = new MarkEngine(plan);
    });
    afterAll(() => engine.destroy());
    const cell = (name: string) => {
      const at = plan.resolve(name)!;
      return `'${at.sheet}'!${String.fromCharCode(64 + at.col)}${at.row}`;
    };

    it("marks nothing on a clean fill", () => {
      expect(conditionalRules(plan).some((r) => r.rule === "07A.P2.xong")).toBe(true);
      expect([...engine.marked(CLEAN)]).toEqual([]);
    });

    it("marks both sides of the broken rule, and only them", () => {
      const marked = engine.marked({ ...CLEAN, "TK07ATD.P2.xong_a.nam": 2 });
      expect(Object.fromEntries(marked)).toEqual({
        [cell("TK07ATD.P2.xong.nam")]: ["07A.P2.xong"],
        [cell("TK07ATD.P2.xong.tong")]: ["07A.P2.xong"],
        [cell("TK07ATD.P1.xong.nam")]: ["07A.P2.xong"],
        [cell("TK07ATD.P1.xong.tong")]: ["07A.P2.xong"],
        [cell("TK07ATH.P2.xong.nam")]: ["07A.P2.xong"],
        [cell("TK07ATH.P2.xong.tong")]: ["07A.P2.xong"],
        [cell("TK07ATH.P1.xong.nam")]: ["07A.P2.xong"],
        [cell("TK07ATH.P1.xong.tong")]: ["07A.P2.xong"],
      });
    });

    it("marks a cell that must stay empty, a negative input and a total typed over", () => {
      const marked = engine.marked(
        { ...CLEAN, "TK07ACD.P1.cu.nu": -1 },
        { "TK07ACD.P2.xong_b.nu": 1, "TK07ACD.P1.tong_so.tong": 9.5 }
      );
      expect(marked.get(cell("TK07ACD.P2.xong_b.nu"))).toEqual(["cell.must_be_empty"]);
      expect(marked.get(cell("TK07ACD.P1.cu.nu"))).toEqual(["cell.input"]);
      expect(marked.get(cell("TK07ACD.P1.tong_so.tong"))).toEqual(["cell.formula_changed"]);
    });
  });

  it("is described in docs/standard.md and the README's rule table", () => {
    const doc = standardMarkdown();
    expect(doc).toMatch(/^# Chuẩn biểu mẫu thống kê THADS 05-TK\/THA, 06-TK\/THA và 07A-TK\/THA$/m);
    expect(doc).toContain("## BIỂU MẪU SỐ 07A-TK/THA: BIỂU THỬ TÍNH BẰNG NGƯỜI");
    expect(doc).toContain("`TK07A<biến thể>.<trang>.<mã hàng>.<mã cột>`");
    expect(doc).toContain("| 3 | Tỷ lệ xong (%) | `ty_le` | C15:E15 | công thức | = 2 / 1 × 100");
    expect(doc).toContain(
      "| `07A.P2.xong` | error | P2.xong = P1.xong | Số đã xong ở trang 2 phải bằng số đã xong ở trang 1 |"
    );
    expect(rulesMarkdown()).toContain(
      "| `07A.P2.xong` | error | Số đã xong ở trang 2 phải bằng số đã xong ở trang 1 |"
    );
  });

  it("is offered by the command line: in its help, and written by `template --form 07A`", async () => {
    const out: string[] = [];
    const write = jest
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
    const dir = mkdtempSync(join(tmpdir(), "third-form-"));
    try {
      expect(await main(["template", "--help"])).toBe(0);
      const help = out.join("");
      expect(help).toContain("07A (tính bằng người)");
      expect(help).toMatch(/--form <form>\s+05, 06, 07A hoặc all/);
      expect(parseForms("07A", "all").map((f) => f.id)).toEqual(ids);
      const file = join(dir, "07a.xlsx");
      expect(await main(["template", "--form", "07A", "--variant", "TH", "--out", file])).toBe(0);
      expect(out.join("")).toContain(`Đã ghi ${file}: TK07ATH (2 trang tính`);
    } finally {
      write.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves the standard as it was once unregistered", () => {
    unregister();
    expect(families()).toEqual(["05", "06"]);
    expect(parseFormId("TK07ATH")).toBeUndefined();
    expect(standardMarkdown()).not.toContain("07A");
    unregister = registerForm(TK07A);
  });
});
