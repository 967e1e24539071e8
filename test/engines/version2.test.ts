// Version 2 of the standard in real spreadsheet engines: 05 page 3's D1 «Thực hiện xong nội dung quyết định
// thi hành án» = tự nguyện + cưỡng chế and D = D1 + D2 on every variant, and a workbook made with version 1
// (no D1 row) still checks, as LibreOffice and HyperFormula compute it.
import {
  checkWorkbook,
  planWorkbook,
  type Inputs,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../../src/core";
import {
  VARIANTS,
  formInstance,
  guidanceFor,
  standardVersion,
  type FormFamily,
} from "../../src/forms";
import { readSnapshotFromBuffer, templateBuffer } from "../../src/files";
import { seeded } from "../helpers/random";
import { loadPlan, valueAt } from "../helpers/hyperformula";
import { recalculate } from "../helpers/libreoffice";
import { describeWithProgram } from "../helpers/system";
import { COMPLETE_HEADER, consistentInputs } from "../helpers/workbooks";
import { fill, loadWorkbook } from "../helpers/xlsx";

const CASE_TYPES = ["dshs", "ds", "hngd", "kt", "ld", "hc", "ps", "khac"];
const VERSION_1 = standardVersion("2009.1");

function planOf(families: FormFamily[], version = standardVersion()): WorkbookPlan {
  return planWorkbook({
    forms: families.flatMap((f) => VARIANTS.map((v) => formInstance(f, v))),
    version,
    header: COMPLETE_HEADER,
  });
}

/** What an officer typed at a position: for a linked TH, CD's plus TD's. */
function typed(inputs: Inputs, form: string, row: string, col: string): number {
  const at = (id: string) => inputs[`${id}.P3.${row}.${col}`] ?? 0;
  return form === "TK05TH" ? at("TK05CD") + at("TK05TD") : at(form);
}

/** The D block as the standard says it, from what was typed, for every variant and column. */
function expectBlockD(read: (name: string) => unknown, inputs: Inputs) {
  for (const form of ["TK05CD", "TK05TD", "TK05TH"]) {
    for (const col of CASE_TYPES) {
      const d1 =
        typed(inputs, form, "xong_tu_nguyen", col) + typed(inputs, form, "xong_cuong_che", col);
      expect({ form, col, d1: read(`${form}.P3.thuc_hien_xong.${col}`) }).toEqual({
        form,
        col,
        d1,
      });
      expect(read(`${form}.P3.xong_hoan_toan.${col}`)).toBe(
        d1 + typed(inputs, form, "xong_mien", col)
      );
    }
    const total = CASE_TYPES.reduce(
      (sum, col) => sum + (read(`${form}.P3.thuc_hien_xong.${col}`) as number),
      0
    );
    expect(read(`${form}.P3.thuc_hien_xong.tong`)).toBe(total);
  }
}

describe("05 page 3 row D1 (version 2)", () => {
  const plan = planOf(["05"]);

  it("is a locked formula row between D and the two ways of carrying out", () => {
    const rows = plan.sheets
      .find((s) => s.sheetName === "05-CD Trang 3")!
      .cells.filter((c) => c.role === "rowNo")
      .map((c) => c.text);
    expect(rows.slice(0, 5)).toEqual(["D", "D1", "D1.1", "D1.2", "D2"]);
    for (const def of plan.model.cells.values()) {
      if (def.row.code !== "thuc_hien_xong") continue;
      expect(def.kind).toBe("formula");
    }
  });

  it("HyperFormula computes D1 = tự nguyện + cưỡng chế and D = D1 + D2 on every variant", () => {
    const inputs = consistentInputs(plan, seeded(3));
    const hf = loadPlan(plan, inputs);
    expectBlockD((name) => valueAt(hf, plan, name), inputs);
  });
});

describeWithProgram(
  "LibreOffice: version 2's D1 row, and a version-1 workbook",
  ["soffice", "libreoffice"],
  "libreoffice-calc-nogui",
  (soffice) => {
    const v2 = planOf(["05"]);
    const v1 = planOf(["05"], VERSION_1);
    let v2Inputs: Inputs;
    let v1Inputs: Inputs;
    const results: WorkbookSnapshot[] = [];
    let converted: Buffer[] = [];

    beforeAll(async () => {
      v2Inputs = consistentInputs(v2, seeded(11));
      v1Inputs = consistentInputs(v1, seeded(5));
      const files = [
        { name: "v2.xlsx", data: await fill(await templateBuffer(v2), v2, v2Inputs) },
        { name: "v1.xlsx", data: await fill(await templateBuffer(v1), v1, v1Inputs) },
      ];
      converted = recalculate(soffice, files);
      for (const data of converted) results.push(await readSnapshotFromBuffer(data));
    }, 180_000);

    it("computes D1 = tự nguyện + cưỡng chế and D = D1 + D2 on every variant", () => {
      expectBlockD((name) => results[0].cells[name].value, v2Inputs);
      const result = checkWorkbook(results[0]);
      expect(result.findings).toEqual([]);
      expect(result.standard).toMatchObject({ version: "2009.2", number: 2, current: true });
    });

    it("keeps the article's guidance as the input message of every input cell, once LibreOffice saved it", async () => {
      const workbook = await loadWorkbook(converted[0]);
      let prompts = 0;
      for (const def of v2.model.cells.values()) {
        if (def.kind !== "input") continue;
        const at = v2.resolve(def.name)!;
        const validation = workbook.getWorksheet(at.sheet)!.getCell(at.row, at.col)
          .dataValidation as { showInputMessage?: boolean; prompt?: string; promptTitle?: string };
        expect({ name: def.name, shown: validation.showInputMessage }).toEqual({
          name: def.name,
          shown: true,
        });
        expect(validation.prompt).toBe(guidanceFor("05", def.page.id, def.row.code)!.vi);
        expect(validation.promptTitle!.length).toBeLessThanOrEqual(32);
        prompts++;
      }
      expect(prompts).toBeGreaterThan(100);
      const mien = v2.resolve("TK05TD.P3.xong_mien.kt")!;
      const cell = workbook.getWorksheet(mien.sheet)!.getCell(mien.row, mien.col);
      expect((cell.dataValidation as { prompt?: string }).prompt).toMatch(
        /Giảm thì chưa xong về việc/
      );
    });

    it("checks a version-1 workbook as version 1 built it: no D1, not damaged, no error", () => {
      expect(Object.keys(results[1].cells).some((n) => n.includes(".thuc_hien_xong."))).toBe(false);
      expect(results[1].standard?.version).toBe("2009.1");
      const result = checkWorkbook(results[1]);
      expect(result.findings).toEqual([]);
      expect(result.standard).toMatchObject({ version: "2009.1", number: 1, current: false });
    });

    it("still finds a version-1 workbook's faults, by the rules of today", async () => {
      const name = "TK05CD.P3.xong_mien.kt";
      const faulty = { ...v1Inputs, [name]: (v1Inputs[name] ?? 0) + 3 };
      // Never calculated by a spreadsheet: the checks derive the totals from version 1's formulas.
      const data = await fill(await templateBuffer(v1), v1, faulty);
      const result = checkWorkbook(await readSnapshotFromBuffer(data));
      // The case type's cell, CD's total column, and the linked TH that sums CD: one cause, seen in each.
      expect(result.findings.map((f) => [f.rule, f.names[0]])).toEqual([
        ["05.P3.xong_hoan_toan", "TK05CD.P3.xong_hoan_toan.tong"],
        ["05.P3.xong_hoan_toan", "TK05CD.P3.xong_hoan_toan.kt"],
        ["05.P3.xong_hoan_toan", "TK05TH.P3.xong_hoan_toan.tong"],
        ["05.P3.xong_hoan_toan", "TK05TH.P3.xong_hoan_toan.kt"],
      ]);
      expect(result.findings[1].difference).toBe(3);
    });
  }
);
