// The thads-forms command as users run it: a real process, real files, exit codes and JSON.
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planWorkbook } from "../../src/core";
import { formInstance } from "../../src/forms";
import { consistentInputs, headerEntries } from "../helpers/workbooks";
import { fill } from "../helpers/xlsx";
import { readFileSync } from "fs";

const root = join(__dirname, "..", "..");
const cli = join(root, "lib", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "thads-cli-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });

beforeAll(() => {
  execFileSync(process.execPath, [
    join(root, "node_modules", "typescript", "bin", "tsc"),
    "-p",
    join(root, "tsconfig.cli.json"),
  ]);
});

describe("thads-forms template", () => {
  it("writes a workbook of both forms and all variants, and will not overwrite it", () => {
    const first = run("template", "--form", "all", "--variant", "all", "--out", "all.xlsx");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/TK05CD, TK05TD, TK05TH, TK06CD, TK06TD, TK06TH/);
    expect(existsSync(join(dir, "all.xlsx"))).toBe(true);
    const again = run("template", "--out", "all.xlsx");
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có; không ghi đè/);
    expect(run("template", "--out", "all.xlsx", "--force").status).toBe(0);
  });

  it("rejects bad choices with a Vietnamese message and exit 2", () => {
    const bad = run("template", "--form", "07", "--out", "x.xlsx");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("thads-forms: --form phải là 05, 06 hoặc all (nhận được «07»)");
    expect(run("template", "--variant", "XY", "--out", "x.xlsx").stderr).toMatch(
      /--variant phải là/
    );
  });
});

describe("thads-forms check", () => {
  const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });
  let good: string;
  let faulty: string;

  beforeAll(async () => {
    expect(
      run(
        "template",
        "--form",
        "all",
        "--variant",
        "TH",
        "--out",
        "th.xlsx",
        "--period",
        "2 tháng/năm 2027"
      ).status
    ).toBe(0);
    const template = readFileSync(join(dir, "th.xlsx"));
    const inputs = consistentInputs(plan);
    const header = headerEntries(["TK05TH", "TK06TH"]);
    good = join(dir, "good.xlsx");
    faulty = join(dir, "faulty.xlsx");
    writeFileSync(good, await fill(template, plan, { ...header, ...inputs }));
    const hoan = "TK05TH.P2.hoan_toa_an_co_kn.kt";
    writeFileSync(
      faulty,
      await fill(template, plan, { ...header, ...inputs, [hoan]: (inputs[hoan] ?? 0) + 2 })
    );
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
  });

  it("exits 0 on a consistent report and says all reconciles", () => {
    const r = run("check", good);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Tất cả đều khớp/);
  });

  it("exits 1 on an error finding and prints it as JSON with names, cells and values", () => {
    const r = run("check", faulty, "--json");
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].forms).toEqual(["TK05TH", "TK06TH"]);
    const finding = json.files[0].findings.find(
      (f: { rule: string; names: string[] }) =>
        f.rule === "05.P2.hoan" && f.names[0].endsWith(".kt")
    );
    expect(finding).toEqual({
      rule: "05.P2.hoan",
      severity: "error",
      form: "TK05TH",
      names: ["TK05TH.P2.hoan.kt", "TK05TH.P1.hoan.kt"],
      cells: [
        expect.stringMatching(/^'05-TH Trang 2'!G\d+$/),
        expect.stringMatching(/^'05-TH Trang 1'!G\d+$/),
      ],
      left: expect.any(Number),
      right: expect.any(Number),
      difference: 2,
      message: expect.stringContaining("chênh lệch 2"),
    });
    expect(finding.left - finding.right).toBe(2);
  });

  it("prints a readable Vietnamese listing, and English on request", () => {
    const vi = run("check", faulty);
    expect(vi.stdout).toMatch(/\[LỖI\] 05\.P2\.hoan/);
    expect(vi.stdout).toMatch(/chênh lệch 2/);
    expect(run("check", faulty, "--lang", "en").stdout).toMatch(
      /\[ERROR\] 05\.P2\.hoan[\s\S]*difference 2/
    );
  });

  it("exits 2 with one line, no stack trace, when a file cannot be read as a report", () => {
    const r = run("check", good, join(dir, "broken.xlsx"), join(dir, "missing.xlsx"));
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("broken.xlsx"))).toEqual([
      `${join(dir, "broken.xlsx")}: không đọc được: tệp không phải là sổ tính Excel (.xlsx)`,
    ]);
    expect(lines.filter((l) => l.includes("missing.xlsx"))).toEqual([
      `${join(dir, "missing.xlsx")}: không đọc được: không tìm thấy tệp`,
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    const json = JSON.parse(run("check", join(dir, "broken.xlsx"), "--json").stdout);
    expect(json).toEqual({
      files: [{ file: join(dir, "broken.xlsx"), error: "tệp không phải là sổ tính Excel (.xlsx)" }],
    });
  });
});
