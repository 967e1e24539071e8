// The thads-forms command as users run it: a real process, real files, exit codes and JSON.
import { execFileSync, spawnSync } from "child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planWorkbook } from "../../src/core";
import { formInstance } from "../../src/forms";
import { templateBuffer } from "../../src/files";
import { hostileCases } from "../../src/bench/hostile-cases";
import { seeded } from "../helpers/random";
import { COMPLETE_HEADER, consistentInputs, headerEntries } from "../helpers/workbooks";
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
    const inputs = consistentInputs(plan, seeded(1));
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

  it("aggregate reads with the same bounded reader as check: each unreadable file named with its reason, nothing written", () => {
    const r = run("aggregate", good, "broken.xlsx", "missing.xlsx", "--out", "never.xlsx");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "  broken.xlsx: không đọc được: tệp không phải là sổ tính Excel (.xlsx)"
    );
    expect(lines).toContain("  missing.xlsx: không đọc được: không tìm thấy tệp");
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
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
      key: "05.P2.hoan@TK05TH.P2.hoan.kt",
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

describe("thads-forms check on hostile files (made here, see src/bench/hostile-cases.ts)", () => {
  const plan = planWorkbook({
    forms: [formInstance("05", "TH"), formInstance("06", "TH")],
    header: COMPLETE_HEADER,
  });
  let good: string;
  let faulty: string;
  let hostile: string[];
  let blank: string;

  beforeAll(async () => {
    const template = await templateBuffer(plan);
    blank = join(dir, "h-blank.xlsx");
    writeFileSync(blank, template);
    const inputs = consistentInputs(plan, () => 0.41);
    const filled = await fill(template, plan, inputs);
    good = join(dir, "h-good.xlsx");
    faulty = join(dir, "h-faulty.xlsx");
    writeFileSync(good, filled);
    const name = "TK05TH.P2.hoan_cq_a.kt";
    writeFileSync(faulty, await fill(filled, plan, { [name]: (inputs[name] ?? 0) + 3 }));
    hostile = [];
    for (const c of await hostileCases(filled, plan)) {
      const path = join(dir, `h-${c.id}.xlsx`);
      writeFileSync(path, c.data);
      hostile.push(path);
    }
  }, 180_000);

  const json = (...files: string[]) => {
    const r = run("check", "--json", ...files);
    return { status: r.status, stderr: r.stderr, files: JSON.parse(r.stdout).files };
  };

  it("gives every file its own entry, in order, in valid JSON, and the good files' findings are those they get alone", () => {
    const alone = [good, faulty].map((f) => json(f).files[0]);
    expect(alone[1].findings.length).toBeGreaterThan(0);
    const batch = json(good, ...hostile, faulty);
    expect(batch.files.map((f: { file: string }) => f.file)).toEqual([good, ...hostile, faulty]);
    expect(batch.files[0]).toEqual(alone[0]);
    expect(batch.files[batch.files.length - 1]).toEqual(alone[1]);
    expect(batch.status).toBe(2);
    expect(batch.stderr).not.toMatch(/lỗi không mong đợi/);
    for (const f of batch.files) {
      expect(Object.keys(f).sort()).toEqual(
        f.error === undefined
          ? ["file", "findings", "forms", "signoff", "standard"]
          : ["error", "file"]
      );
      if (f.error) expect(f.error.split("\n")).toHaveLength(1);
    }
  });

  it("prints all of a long JSON into a pipe read slowly (more than the pipe's 64 KB)", () => {
    const piped = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" "${cli}" check --json "$@" | (sleep 1; cat)`,
        "sh",
        blank,
        blank,
        blank,
      ],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
    );
    expect(piped.stdout.length).toBeGreaterThan(65536);
    expect(JSON.parse(piped.stdout).files).toHaveLength(3);
  });

  it("keeps a file after a sheet named __proto__ untouched (the poisoned file sits between two good ones)", () => {
    const poisoned = hostile.find((f) => f.endsWith("h-sheet-__proto__.xlsx"))!;
    const batch = json(good, poisoned, faulty);
    expect(batch.files[0]).toEqual(json(good).files[0]);
    expect(batch.files[2]).toEqual(json(faulty).files[0]);
    expect(batch.files[1].error).toBeUndefined();
  });

  it("never prints NaN or Infinity as a figure, in JSON or text", () => {
    const garbage = hostile.filter((f) => /h-(garbage-numbers|overflow)\.xlsx$/.test(f));
    const batch = json(...garbage);
    expect(batch.status).toBe(1);
    const figures = batch.files.flatMap((f: { findings: Record<string, unknown>[] }) =>
      f.findings.flatMap((x) => [x.left, x.right, x.difference])
    );
    expect(figures.every((v: unknown) => v === null || Number.isFinite(v))).toBe(true);
    const text = run("check", ...garbage).stdout;
    expect(text).not.toMatch(/Infinity|In\.fin|0NaN/);
    expect(text).toMatch(/cell\.overflow/);
  });

  it("counts unreadable files in the human summary", () => {
    const unreadable = hostile.filter((f) => /h-(bomb-declared|ods)\.xlsx$/.test(f));
    const r = run("check", good, ...unreadable);
    expect(r.stdout).toMatch(/Tổng cộng: 3 tệp, 2 không đọc được, 0 lỗi, \d+ cảnh báo/);
    expect(run("check", "--lang", "en", good, ...unreadable).stdout).toMatch(
      /Total: 3 files, 2 cannot be read/
    );
  });

  it("refuses a file that takes longer than the time limit, in its own worker, and checks the next", async () => {
    // A pipe that nobody writes to (as `check <(…)` would give) never ends: the worker reading it is stopped.
    const fifo = join(dir, "treo.xlsx");
    execFileSync("mkfifo", [fifo]);
    const { checkFiles } = require(join(root, "lib", "files"));
    const results = await checkFiles([fifo, good], { workers: 1, timeMs: 3000 });
    expect(results[0]).toEqual({
      file: fifo,
      error: "đọc tệp quá 3 giây (giới hạn cho một tệp); đây không phải một báo cáo bình thường",
    });
    expect(results[1]).toEqual(expect.objectContaining({ file: good, findings: [] }));
    closeSync(openSync(fifo, "w")); // lets the abandoned read end
  });

  it("accepts a file whose name starts with -, with or without --", () => {
    writeFileSync(join(dir, "-baocao.xlsx"), readFileSync(good));
    const plainArg = run("check", "--json", "-baocao.xlsx");
    expect(plainArg.status).toBe(0);
    expect(JSON.parse(plainArg.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      "-baocao.xlsx",
    ]);
    const dashes = run("check", "--json", "--", "-baocao.xlsx");
    expect(JSON.parse(dashes.stdout).files[0]).toEqual(JSON.parse(plainArg.stdout).files[0]);
    expect(run("check", "-khong-co.xlsx").stderr).toMatch(/unknown option|không/);
  });
});

describe("thads-forms --version and template writes", () => {
  it("prints its version", () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    expect(run("--version").stdout.trim()).toBe(version);
    expect(run("-V").status).toBe(0);
  });

  it("leaves what is at --out untouched when the report cannot be written, in a plain sentence", () => {
    mkdirSync(join(dir, "thu-muc.xlsx"));
    const r = run("template", "--out", "thu-muc.xlsx", "--force");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/không ghi được thu-muc\.xlsx: đã có một thư mục mang tên này/);
    expect(r.stderr).not.toMatch(/EISDIR|lỗi không mong đợi/);
    expect(statSync(join(dir, "thu-muc.xlsx")).isDirectory()).toBe(true);
    const missing = run("template", "--out", join("khong-co", "moi.xlsx"));
    expect(missing.stderr).toMatch(/thư mục khong-co không tồn tại/);
    expect(existsSync(join(dir, "khong-co"))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
