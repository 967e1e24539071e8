// Signing on files: `thads-forms sign` writes a new file holding the record; `check` reads it back, says who
// signed, and catches a later change made with another program (ExcelJS, LibreOffice) naming that cell.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { META_SHEET, headerName, planWorkbook, type WorkbookPlan } from "../../src/core";
import { main } from "../../src/cli/main";
import { templateBuffer } from "../../src/files";
import { formInstance } from "../../src/forms";
import { recalculate } from "../helpers/libreoffice";
import { describeWithProgram } from "../helpers/system";
import { balance, consistentInputs } from "../helpers/workbooks";
import { fill, loadWorkbook } from "../helpers/xlsx";
import { HEADER, seeded } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "thads-sign-"));
const at = (name: string) => join(dir, name);

/** Runs the command in-process, as `thads-forms …` would, capturing its output. */
async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    return { status: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const plan: WorkbookPlan = planWorkbook({
  forms: [formInstance("05", "CD"), formInstance("05", "TD"), formInstance("05", "TH")],
  header: HEADER,
});
/** The input an officer changes after sign-off, given a value no other cell holds. */
const EDITED = "TK05CD.P2.hoan_toa_an_co_kn.kt";
const ORIGINAL = 4321;
const inputs = consistentInputs(plan, seeded(11));
inputs[EDITED] = ORIGINAL;
balance(plan, inputs);
/** An input holding 0: blank, it changes no total but is a form.incomplete warning. */
const BLANKED = Object.keys(inputs).find(
  (n) => n.startsWith("TK05CD.P1.tra_don") && inputs[n] === 0
)!;
let source: Buffer;

/** A filled report file of the plan's forms, header included. */
async function reportFile(
  p: WorkbookPlan,
  values: Record<string, number | undefined>
): Promise<Buffer> {
  const header: Record<string, string> = {};
  for (const fm of p.model.forms)
    for (const [code, value] of Object.entries(HEADER))
      header[headerName(fm.form.id, code)] = value;
  return fill(await templateBuffer(p), p, { ...values, ...header });
}

beforeAll(async () => {
  source = await reportFile(plan, inputs);
  writeFileSync(at("report.xlsx"), source);
});

const checkJson = async (file: string) => {
  const r = await run("check", file, "--json");
  return { status: r.status, file: JSON.parse(r.stdout).files[0] };
};

describe("thads-forms sign", () => {
  it("signs a report without errors into a new file; check says who, when, and exits 0", async () => {
    expect((await checkJson(at("report.xlsx"))).status).toBe(0);
    const r = await run(
      "sign",
      at("report.xlsx"),
      "--by",
      "Nguyễn Văn A",
      "--title",
      "Chi cục trưởng",
      "--out",
      at("signed.xlsx")
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Đã ký duyệt .* Nguyễn Văn A \(Chi cục trưởng\), lúc \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/
    );

    const { status, file } = await checkJson(at("signed.xlsx"));
    expect(status).toBe(0);
    expect(file.signoff).toEqual({
      by: "Nguyễn Văn A",
      title: "Chi cục trưởng",
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
      standard: "THADS-TK-05-06",
      version: expect.any(String),
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      justifications: {},
      state: "signed",
    });
    expect(file.findings).toEqual([]);
    const human = await run("check", at("signed.xlsx"));
    expect(human.stdout).toMatch(/Ký duyệt: Nguyễn Văn A \(Chi cục trưởng\), lúc .* — Đã ký\./);
    expect((await run("check", at("report.xlsx"))).stdout).toMatch(/Chưa ký duyệt\./);
  });

  it("keeps everything else of the file: formulas, names, validation, marks, protection, hidden meta", async () => {
    const before = await loadWorkbook(source);
    const after = await loadWorkbook(readFileSync(at("signed.xlsx")));
    const names = (wb: ExcelJS.Workbook) =>
      (wb.definedNames as unknown as { model: unknown[] }).model;
    expect(names(after)).toEqual(names(before));
    for (const sheet of plan.sheets) {
      const a = before.getWorksheet(sheet.sheetName)!;
      const b = after.getWorksheet(sheet.sheetName)!;
      const model = (ws: ExcelJS.Worksheet) => {
        const m = ws.model as unknown as Record<string, unknown>;
        return {
          rows: m.rows,
          merges: m.merges,
          dataValidations: m.dataValidations,
          conditionalFormattings: m.conditionalFormattings,
          sheetProtection: m.sheetProtection,
          pageSetup: m.pageSetup,
        };
      };
      expect(model(b)).toEqual(model(a));
    }
    expect(after.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
  });

  it("never overwrites: refuses an existing --out without --force, and the report itself always", async () => {
    const again = await run("sign", at("report.xlsx"), "--by", "A", "--out", at("signed.xlsx"));
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có; không ghi đè/);
    const inPlace = await run(
      "sign",
      at("report.xlsx"),
      "--by",
      "A",
      "--out",
      at("report.xlsx"),
      "--force"
    );
    expect(inPlace.status).toBe(2);
    expect(inPlace.stderr).toMatch(/không ký đè lên báo cáo/);
  });

  it("refuses a report with errors: exit 1, a Vietnamese reason, no file", async () => {
    writeFileSync(
      at("faulty.xlsx"),
      await fill(source, plan, { "TK05CD.P2.hoan_toa_an_co_kn.kt": ORIGINAL + 2 })
    );
    const r = await run("sign", at("faulty.xlsx"), "--by", "A", "--out", at("faulty-signed.xlsx"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Không ký được: báo cáo còn \d+ lỗi/);
    expect(r.stderr).toMatch(/05\.P2\.hoan/);
    expect(existsSync(at("faulty-signed.xlsx"))).toBe(false);
  });

  it("refuses warnings without a justification, and signs them justified", async () => {
    writeFileSync(at("blank.xlsx"), await fill(source, plan, { [BLANKED]: null }));
    const r = await run("sign", at("blank.xlsx"), "--by", "A", "--out", at("blank-signed.xlsx"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cảnh báo chưa có lý do chấp nhận: form\.incomplete/);
    expect(existsSync(at("blank-signed.xlsx"))).toBe(false);
    const ok = await run(
      "sign",
      at("blank.xlsx"),
      "--by",
      "A",
      "--justify",
      "form.incomplete=Không phát sinh việc xong hoàn toàn",
      "--out",
      at("blank-signed.xlsx")
    );
    expect(ok.status).toBe(0);
    expect((await checkJson(at("blank-signed.xlsx"))).file.signoff.justifications).toEqual({
      "form.incomplete": "Không phát sinh việc xong hoàn toàn",
    });
    expect(
      (await run("sign", at("blank.xlsx"), "--by", "A", "--justify", "oops", "--out", at("x.xlsx")))
        .status
    ).toBe(2);
    // The blank input filled in after signing: the JSON says blank at signing as null, not as words.
    const filled = await fill(readFileSync(at("blank-signed.xlsx")), plan, { [BLANKED]: 7 });
    writeFileSync(at("blank-filled.xlsx"), filled);
    const { file } = await checkJson(at("blank-filled.xlsx"));
    expect(file.findings.filter((f: { rule: string }) => f.rule === "signoff.changed")).toEqual([
      expect.objectContaining({ names: [BLANKED], left: null, right: 7 }),
    ]);
  });

  it("catches one input changed with ExcelJS after signing, naming that cell old → new", async () => {
    const signed = readFileSync(at("signed.xlsx"));
    writeFileSync(at("changed.xlsx"), await fill(signed, plan, { [EDITED]: ORIGINAL + 1 }));
    const { status, file } = await checkJson(at("changed.xlsx"));
    expect(status).toBe(1);
    expect(file.signoff.state).toBe("changed");
    const changed = file.findings.filter((f: { rule: string }) => f.rule === "signoff.changed");
    expect(changed).toEqual([
      expect.objectContaining({
        severity: "error",
        names: [EDITED],
        cells: [expect.stringMatching(/^'05-CD Trang 2'!G\d+$/)],
        left: ORIGINAL,
        right: ORIGINAL + 1,
        message: expect.stringContaining("lúc ký 4321, nay 4322"),
      }),
    ]);
    expect((await run("check", at("changed.xlsx"))).stdout).toMatch(
      /Đã thay đổi sau khi ký \(1 ô\)/
    );
  });

  it("a damaged record is form.damaged, not a crash", async () => {
    const wb = await loadWorkbook(readFileSync(at("signed.xlsx")));
    const meta = wb.getWorksheet(META_SHEET)!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === "signoff.justifications") row.getCell(2).value = "~{not json";
    });
    writeFileSync(at("damaged.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    const { status, file } = await checkJson(at("damaged.xlsx"));
    expect(status).toBe(1);
    expect(file.findings[0]).toMatchObject({
      rule: "form.damaged",
      message: expect.stringContaining("bị hỏng"),
    });
  });
});

describeWithProgram(
  "LibreOffice saves a signed report",
  ["soffice", "libreoffice"],
  "libreoffice-calc-nogui",
  (soffice) => {
    it("unchanged, it still verifies; one input changed in LibreOffice is caught and named", async () => {
      // One form keeps LibreOffice's work small. Converted to LibreOffice's own format, one cell edited in it;
      // LibreOffice then writes both as .xlsx (recalculated).
      const small = planWorkbook({ forms: [formInstance("05", "CD")], header: HEADER });
      const values = consistentInputs(small, seeded(5));
      values[EDITED] = ORIGINAL;
      balance(small, values);
      writeFileSync(at("small.xlsx"), await reportFile(small, values));
      expect(
        (
          await run(
            "sign",
            at("small.xlsx"),
            "--by",
            "Nguyễn Văn A",
            "--out",
            at("small-signed.xlsx")
          )
        ).status
      ).toBe(0);
      const signed = readFileSync(at("small-signed.xlsx"));
      const [flat] = recalculate(soffice, [{ name: "small-signed.xlsx", data: signed }], "fods");
      const xml = flat.toString("utf8");
      const cell = new RegExp(`office:value="${ORIGINAL}"([^>]*)>\\s*<text:p>[^<]*</text:p>`, "g");
      expect(xml.match(cell)).toHaveLength(1);
      const edited = xml.replace(
        cell,
        `office:value="${ORIGINAL + 5}"$1><text:p>${ORIGINAL + 5}</text:p>`
      );
      const [resaved, changed] = recalculate(soffice, [
        { name: "resaved.fods", data: flat },
        { name: "edited.fods", data: Buffer.from(edited) },
      ]);
      writeFileSync(at("lo-resaved.xlsx"), resaved);
      writeFileSync(at("lo-changed.xlsx"), changed);

      const unchanged = await checkJson(at("lo-resaved.xlsx"));
      expect(unchanged.file.signoff.state).toBe("signed");
      expect(unchanged.status).toBe(0);
      const { status, file } = await checkJson(at("lo-changed.xlsx"));
      expect(status).toBe(1);
      expect(file.signoff.state).toBe("changed");
      expect(file.findings.filter((f: { rule: string }) => f.rule === "signoff.changed")).toEqual([
        expect.objectContaining({ names: [EDITED], left: ORIGINAL, right: ORIGINAL + 5 }),
      ]);
    }, 400_000);
  }
);
