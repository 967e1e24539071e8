// Received reports read from files: found by names, checked with or without cached values, bad files refused
// with one clear line.
import { checkWorkbook, type WorkbookPlan } from "../../src/core";
import { ReportReadError, readSnapshotFromBuffer, templateBuffer } from "../../src/files";
import { seeded } from "../helpers/random";
import { cellOf, consistentInputs, planFor } from "../helpers/workbooks";
import { fill, loadWorkbook, renameSheet, saveWorkbook } from "../helpers/xlsx";

let plan: WorkbookPlan;
let template: Buffer;
let filled: Buffer;
let filledInputs: ReturnType<typeof consistentInputs>;

beforeAll(async () => {
  plan = planFor(["05", "06"], ["TH"]);
  template = await templateBuffer(plan);
  filledInputs = consistentInputs(plan, seeded(1));
  filled = await fill(template, plan, filledInputs);
});

const check = async (data: Buffer) => checkWorkbook(await readSnapshotFromBuffer(data));
const errorsOf = (r: Awaited<ReturnType<typeof check>>) =>
  r.findings.filter((f) => f.severity === "error");

describe("reading reports from files", () => {
  it("checks a filled report never calculated by a spreadsheet: formulas recognised, values derived", async () => {
    const result = await check(filled);
    expect(result.forms).toEqual(["TK05TH", "TK06TH"]);
    expect(result.findings).toEqual([]);
  });

  it("finds a page 2 figure that disagrees with page 1, deriving totals without cached values", async () => {
    const name = "TK05TH.P2.hoan_cq_a.kt";
    const inputs = consistentInputs(plan, seeded(1));
    const data = await fill(template, plan, { ...inputs, [name]: (inputs[name] ?? 0) + 3 });
    const hoan = errorsOf(await check(data)).filter((f) => f.rule === "05.P2.hoan");
    expect(hoan.map((f) => f.names[0])).toEqual(["TK05TH.P2.hoan.tong", "TK05TH.P2.hoan.kt"]);
    expect(hoan[1].cells).toEqual([
      cellOf(plan, "TK05TH.P2.hoan.kt"),
      cellOf(plan, "TK05TH.P1.hoan.kt"),
    ]);
    expect(hoan[1].difference).toBe(3);
  });

  it("names a total typed over its formula, with the value it should hold", async () => {
    const data = await fill(filled, plan, { "TK05TH.P1.thu_ly.ds": 12345 });
    const [finding] = errorsOf(await check(data)).filter((f) => f.rule === "cell.formula_changed");
    expect(finding.names).toEqual(["TK05TH.P1.thu_ly.ds"]);
    expect(finding.cells).toEqual([cellOf(plan, "TK05TH.P1.thu_ly.ds")]);
    const expected =
      (filledInputs["TK05TH.P1.nam_truoc.ds"] ?? 0) +
      (filledInputs["TK05TH.P1.thu_ly_moi.ds"] ?? 0);
    expect(finding).toMatchObject({ left: 12345, right: expected, difference: 12345 - expected });
    expect(finding.message).toContain("=SUM(");
  });

  it("flags text, negatives and fractions typed into inputs", async () => {
    const data = await fill(filled, plan, {
      "TK05TH.P1.thu_ly_moi.ds": "mười",
      "TK05TH.P1.uy_thac.kt": -2,
      "TK05TH.P2.an_khong_ro.ld": 1.5,
      "TK06TH.P1.thi_hanh_xong.tien": 12.345,
    });
    const errors = errorsOf(await check(data));
    const by = (rule: string) => errors.filter((f) => f.rule === rule).map((f) => f.names[0]);
    expect(by("cell.not_a_number")).toEqual(["TK05TH.P1.thu_ly_moi.ds"]);
    expect(by("cell.negative")).toEqual(["TK05TH.P1.uy_thac.kt"]);
    expect(by("cell.not_whole")).toEqual(["TK05TH.P2.an_khong_ro.ld"]); // 06 takes fractions of a nghìn đồng
  });

  it("reports a deleted page as damaged, and still checks the rest", async () => {
    const workbook = await loadWorkbook(filled);
    workbook.removeWorksheet(workbook.getWorksheet("05-TH Trang 3")!.id);
    const result = await check(await saveWorkbook(workbook));
    const damaged = result.findings.filter((f) => f.rule === "form.damaged");
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ form: "TK05TH", page: "P3", severity: "error" });
    expect(damaged[0].message).toMatch(/Thiếu trang 3/);
  });

  it("follows renamed sheets by their names, with no false finding", async () => {
    const workbook = await loadWorkbook(filled);
    renameSheet(workbook, "05-TH Trang 1", "Tổng hợp việc T1");
    renameSheet(workbook, "06-TH Trang 2", "GT trang 2");
    const result = await check(await saveWorkbook(workbook));
    expect(result.findings).toEqual([]);
  });

  it("refuses files that are not reports, with one line and no loss", async () => {
    const reasons = async (data: Buffer) => {
      try {
        await readSnapshotFromBuffer(data);
        return "read";
      } catch (error) {
        expect(error).toBeInstanceOf(ReportReadError);
        return (error as Error).message;
      }
    };
    expect(await reasons(Buffer.from("STT;Chỉ tiêu;Tổng số\n"))).toMatch(
      /không phải là sổ tính Excel/
    );
    expect(await reasons(filled.subarray(0, filled.length / 2))).toMatch(/bị hỏng/);
    expect(await reasons(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(
      /mật khẩu|\.xls/
    );
    const plain = await loadWorkbook(filled);
    const other = new (plain.constructor as typeof import("exceljs").Workbook)();
    other.addWorksheet("Sheet1").getCell("A1").value = 1;
    expect(await reasons(await saveWorkbook(other))).toMatch(/không chứa biểu mẫu/);
    for (const r of [await reasons(filled.subarray(0, 100))]) expect(r.split("\n")).toHaveLength(1);
  });
});
