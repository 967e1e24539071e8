// 06.P2.ly_do_khac accepts either reading of where page 1 counts tạm ngừng (P1 = H, or P1 = H + K): in the
// checks, in `check` (exit code and message), and in the template's conditional-format mark.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook, evaluate, type Inputs, type WorkbookPlan } from "../../src/core";
import { check } from "../../src/cli/commands/check";
import { templateBuffer } from "../../src/files";
import { seeded } from "../helpers/random";
import { MarkEngine } from "../helpers/marks";
import { cellOf, consistentInputs, headerEntries, planFor, snapshotOf } from "../helpers/workbooks";
import { fill } from "../helpers/xlsx";

const COLS = ["tien", "tai_san"];
const ID = "TK06TH";
let plan: WorkbookPlan;

/** A consistent 06 report; `reading` "H+K" counts tạm ngừng inside page 1's lý do khác (and balances it). */
function report(reading: "H" | "H+K", off = 0): Inputs {
  const inputs = consistentInputs(plan, seeded(9));
  const values = evaluate(plan.model, inputs);
  for (const col of COLS) {
    const k = reading === "H+K" ? (inputs[`${ID}.P2.tam_ngung.${col}`] ?? 0) : 0;
    const h = values.get(`${ID}.P2.ly_do_khac.${col}`) ?? 0;
    inputs[`${ID}.P1.ly_do_khac.${col}`] = h + k + (col === "tien" ? off : 0);
    // Page 1 keeps balancing: what is added to lý do khác is added to the cases carried over.
    inputs[`${ID}.P1.nam_truoc.${col}`] =
      (inputs[`${ID}.P1.nam_truoc.${col}`] ?? 0) + k + (col === "tien" ? off : 0);
  }
  return inputs;
}

beforeAll(() => {
  plan = planFor(["06"], ["TH"]);
});

const ofRule = (inputs: Inputs) =>
  checkWorkbook(snapshotOf(plan, inputs)).findings.filter((f) => f.rule === "06.P2.ly_do_khac");

describe("06.P2.ly_do_khac, either reading", () => {
  it("the test reports differ: tạm ngừng is not zero", () => {
    const inputs = report("H+K");
    expect(COLS.every((c) => (inputs[`${ID}.P2.tam_ngung.${c}`] ?? 0) > 0)).toBe(true);
  });

  it.each(["H", "H+K"] as const)("passes page 1 = %s, with no finding at all", (reading) => {
    expect(checkWorkbook(snapshotOf(plan, report(reading))).findings).toEqual([]);
  });

  it("a value matching neither reading is an error whose message gives both", () => {
    const inputs = report("H+K", 7);
    const found = ofRule(inputs);
    // The Tiền column, and the Cộng column that adds it up: nothing on Tài sản.
    expect(found.map((f) => f.names[0])).toEqual([
      `${ID}.P1.ly_do_khac.tong`,
      `${ID}.P1.ly_do_khac.tien`,
    ]);
    const finding = found[1];
    const v = evaluate(plan.model, inputs);
    const h = v.get(`${ID}.P2.ly_do_khac.tien`)!;
    const k = inputs[`${ID}.P2.tam_ngung.tien`]!;
    expect(finding).toMatchObject({
      severity: "error",
      page: "P1",
      names: [`${ID}.P1.ly_do_khac.tien`, `${ID}.P2.ly_do_khac.tien`, `${ID}.P2.tam_ngung.tien`],
      left: h + k + 7,
      right: h,
      difference: k + 7,
    });
    expect(finding.cells[0]).toBe(cellOf(plan, `${ID}.P1.ly_do_khac.tien`));
    expect(finding.message).toMatch(
      /cách hiểu thứ nhất: trang 2 «Tổng số lý do khác» = [\d.,]+, chênh lệch/
    );
    expect(finding.message).toMatch(
      /cách hiểu thứ hai: trang 2 «Tổng số lý do khác» \+ trang 2 «Tạm ngừng thi hành án \(để giải quyết khiếu nại\)» = [\d.,]+, chênh lệch 7\./
    );
    expect(finding.messageEn).toMatch(/first reading: .*; second reading: .*difference 7\./);
  });

  it("the conditional-format mark fires on neither reading only", () => {
    const engine = new MarkEngine(plan);
    try {
      const p1 = cellOf(plan, `${ID}.P1.ly_do_khac.tien`);
      const markedAt = (inputs: Inputs) => engine.marked(inputs).get(p1) ?? [];
      expect(markedAt(report("H"))).not.toContain("06.P2.ly_do_khac");
      expect(markedAt(report("H+K"))).not.toContain("06.P2.ly_do_khac");
      expect(markedAt(report("H+K", 7))).toContain("06.P2.ly_do_khac");
      expect(markedAt(report("H", 0.25))).toContain("06.P2.ly_do_khac");
    } finally {
      engine.destroy();
    }
  });
});

describe("thads-forms check on a 06 report", () => {
  const dir = mkdtempSync(join(tmpdir(), "thads-ldk-"));
  let out: string[] = [];
  const run = async (file: string) => {
    out = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      return await check([file], {});
    } finally {
      spy.mockRestore();
    }
  };
  const write = async (name: string, inputs: Inputs) => {
    const path = join(dir, name);
    const entries = { ...headerEntries([ID]), ...inputs };
    writeFileSync(path, await fill(await templateBuffer(plan), plan, entries));
    return path;
  };

  it("exits 0 when page 1 counts tạm ngừng inside lý do khác, and says the version", async () => {
    expect(await run(await write("hk.xlsx", report("H+K")))).toBe(0);
    expect(out.join("")).toMatch(/Tất cả đều khớp/);
    expect(out.join("")).toMatch(/Lập theo chuẩn phiên bản 2 \(2009\.2\)/);
  });

  it("exits 1 naming 06.P2.ly_do_khac with both readings when neither holds", async () => {
    expect(await run(await write("neither.xlsx", report("H+K", 7)))).toBe(1);
    const text = out.join("");
    expect(text).toMatch(/\[LỖI\] 06\.P2\.ly_do_khac/);
    expect(text).toMatch(/cách hiểu thứ nhất/);
    expect(text).toMatch(/cách hiểu thứ hai/);
  });
});
