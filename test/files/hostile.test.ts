// Hostile and careless files, made here from a real template (src/bench/hostile-cases.ts): each gets its own
// result, read within the limits, with the findings Excel's own reading implies.
import { COMPLETE_HEADER } from "../helpers/workbooks";
import { checkWorkbook, formatNumber, planWorkbook, type WorkbookPlan } from "../../src/core";
import { formInstance } from "../../src/forms";
import { checkBuffer, readSnapshot, templateBuffer, type FileResult } from "../../src/files";
import {
  CASES_INPUT,
  MONEY_INPUT,
  hostileCases,
  type HostileCase,
} from "../../src/bench/hostile-cases";
import { consistentInputs } from "../helpers/workbooks";
import { fill } from "../helpers/xlsx";

let plan: WorkbookPlan;
let cases: Map<string, HostileCase>;
let filled: Buffer;

beforeAll(async () => {
  plan = planWorkbook({
    forms: [formInstance("05", "TH"), formInstance("06", "TH")],
    header: COMPLETE_HEADER,
  });
  const inputs = consistentInputs(plan, () => 0.37);
  filled = await fill(await templateBuffer(plan), plan, inputs);
  cases = new Map((await hostileCases(filled, plan)).map((c) => [c.id, c]));
}, 120_000);

const result = (id: string): FileResult => checkBuffer(`${id}.xlsx`, cases.get(id)!.data);
const rules = (r: FileResult) => r.findings!.map((f) => f.rule);
const noNonFinite = (r: FileResult) => {
  for (const f of r.findings ?? []) {
    for (const v of [f.left, f.right, f.difference])
      if (v !== null) expect(Number.isFinite(v)).toBe(true);
    expect(f.message).not.toMatch(/Infinity|NaN(?!»)/);
    expect(f.messageEn).not.toMatch(/Infinity|NaN(?!”)/);
  }
};

describe("hostile files: each gets its own result", () => {
  it("reads a clean filled report as the ExcelJS file it is, with no finding", () => {
    expect(checkBuffer("good.xlsx", filled).findings).toEqual([]);
  });

  it("reads a money input with a date format and a huge amount as the number it holds", () => {
    const snapshot = readSnapshot(cases.get("date-format-huge")!.data);
    expect(snapshot.cells[MONEY_INPUT].value).toBe(1e12);
    expect(result("date-format-huge").error).toBeUndefined();
  });

  it("reads a shared formula whose master is empty: the cells lose their formulas, the file is still checked", () => {
    const r = result("shared-empty-master");
    expect(r.error).toBeUndefined();
    const damaged = r.findings!.filter((f) => f.rule === "form.damaged");
    expect(damaged.flatMap((f) => f.names)).toEqual(
      expect.arrayContaining(["TK05TH.P1.thu_ly.dshs", "TK05TH.P1.thu_ly.ds"])
    );
  });

  it.each(["__proto__", "constructor", "hasOwnProperty"])(
    "follows a sheet named %s like any other name, and the next file is not affected",
    (sheet) => {
      const r = result(`sheet-${sheet}`);
      expect(r.error).toBeUndefined();
      expect(rules(r)).not.toContain("form.damaged");
      expect(checkBuffer("good.xlsx", filled).findings).toEqual([]);
      expect(Object.prototype).not.toHaveProperty("sheetId");
    }
  );

  it.each(["bomb-declared", "bomb-lying"])("refuses %s, naming the limit", (id) => {
    const r = result(id);
    expect(r.error).toMatch(/vượt quá giới hạn 16 MB/);
    expect(r.error).toMatch(/^phần «xl\/worksheets\/sheet\d+\.xml»/);
  });

  it("reads a name pointing beyond Excel's last row as a broken name (form.damaged), at once", () => {
    const r = result("row-billion");
    const damaged = r.findings!.filter((f) => f.rule === "form.damaged");
    expect(damaged.flatMap((f) => f.names)).toContain(CASES_INPUT);
  });

  it("does not read an extra sheet of a million rows that no name points at", () => {
    expect(result("million-rows").findings).toEqual([]);
  });

  it("refuses a name that makes the reader scan more cells than the budget", () => {
    expect(result("cells-budget").error).toMatch(/«Nháp» có quá nhiều ô \(giới hạn 500\.000 ô/);
  });

  it("reports values stored as NaN, abc and 1e309 as not numbers, never as clean", () => {
    const r = result("garbage-numbers");
    const notNumbers = r.findings!.filter((f) => f.rule === "cell.not_a_number");
    expect(notNumbers.map((f) => f.names[0]).sort()).toEqual(
      ["TK05TH.P1.thu_ly_moi.ds", "TK05TH.P1.thu_ly_moi.dshs", "TK06TH.P1.thu_ly_moi.tien"].sort()
    );
    expect(notNumbers.map((f) => f.message).join("\n")).toMatch(/«1e309»/);
    expect(checkWorkbook(readSnapshot(cases.get("garbage-numbers")!.data)).errors).toBeGreaterThan(
      0
    );
    noNonFinite(r);
  });

  it("reports a total that overflows as one error, quoting no Infinity or NaN", () => {
    const r = result("overflow");
    const overflow = r.findings!.filter((f) => f.rule === "cell.overflow");
    // The column's total and the row's grand total each leave the range (their own terms are finite).
    expect(overflow.map((f) => f.names[0]).sort()).toEqual([
      "TK05TH.P1.thu_ly.ds",
      "TK05TH.P1.thu_ly.tong",
    ]);
    expect(overflow.every((f) => f.severity === "error")).toBe(true);
    noNonFinite(r);
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
    expect(formatNumber(1e308)).not.toMatch(/Infinity/);
  });

  it("reports a data point name defined twice as damaged, naming both places", () => {
    const r = result("duplicate-name");
    const [dup] = r.findings!.filter(
      (f) => f.rule === "form.damaged" && f.names[0] === CASES_INPUT
    );
    expect(dup.message).toContain("'05-TH Trang 1'!E13");
    expect(dup.message).toContain("'05-TH Trang 2'!E13");
  });

  it("reads a merged-away input as blank, as Excel does, and flags it", () => {
    const snapshot = readSnapshot(cases.get("merged-inputs")!.data);
    const at = plan.resolve(CASES_INPUT)!;
    expect(snapshot.cells[CASES_INPUT].value).toBe(7); // its own value, not the first cell's 5
    const r = result("merged-inputs");
    const [merged] = r.findings!.filter(
      (f) => f.rule === "form.damaged" && f.names[0] === CASES_INPUT
    );
    expect(merged.message).toMatch(/vùng ô gộp '05-TH Trang 1'!D13:E13/);
    expect(at.col).toBe(5);
  });

  it.each([
    ["ods", /không phải tệp \.xlsx của Excel: đây là bảng tính OpenDocument \(\.ods/],
    ["docx", /không phải tệp \.xlsx của Excel: đây là văn bản Word \(\.docx\)/],
    ["zip", /không phải tệp \.xlsx của Excel: đây là tệp nén zip thông thường/],
  ])("names a %s container for what it is", (id, message) => {
    expect(result(id).error).toMatch(message);
  });
});
