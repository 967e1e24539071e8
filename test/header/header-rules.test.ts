// The header rules (header.*) tripped and passed on files, as `check` reads them, and through the Office.js
// adapter on the Excel double, as the pane reads them.
import {
  checkWorkbook,
  headerName,
  planWorkbook,
  type CheckResult,
  type HeaderValues,
  type WorkbookPlan,
} from "../../src/core";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { HEADER_RULES, formInstance, type Edition } from "../../src/forms";
import { readSnapshotFromBuffer, templateBuffer } from "../../src/files";
import { validPeriod } from "../../src/core/checks/header";
import { FakeWorkbook } from "../excel/fake-excel";
import { seeded } from "../helpers/random";
import { consistentInputs } from "../helpers/workbooks";
import { fill, loadWorkbook, saveWorkbook } from "../helpers/xlsx";

const OFFICER: HeaderValues = {
  ky_bao_cao: "3 tháng/năm 2008",
  don_vi_bao_cao: "Nguyễn Văn A",
  don_vi_nhan: "Thi hành án dân sự quận Hồng Bàng, thành phố Hải Phòng",
  nguoi_lap_bieu: "Nguyễn Văn A",
  truong_thads: "Trần Văn B",
};
const FORM = "TK05CD";
const hdr = (code: string) => headerName(FORM, code);

/** Each rule: header changes that trip it (on the officer's edition), and the cells it names. */
const TRIPS: Record<string, { changes: Record<string, string | null>; names: string[] }> = {
  "header.incomplete": {
    changes: { [hdr("ky_bao_cao")]: null, [hdr("nguoi_lap_bieu")]: "  " },
    names: [hdr("ky_bao_cao"), hdr("nguoi_lap_bieu")],
  },
  "header.period_format": {
    changes: { [hdr("ky_bao_cao")]: "Quý I năm 2008" },
    names: [hdr("ky_bao_cao")],
  },
  "header.officer_signer": {
    changes: { [hdr("nguoi_lap_bieu")]: "Lê Thị C" },
    names: [hdr("nguoi_lap_bieu"), hdr("don_vi_bao_cao")],
  },
  "header.received_by_sender": {
    changes: { [hdr("ngay_nhan")]: "15/01/2008" },
    names: [hdr("ngay_nhan")],
  },
};

const headerFindings = (result: CheckResult) =>
  result.findings.filter((f) => f.rule.startsWith("header."));

function planOf(edition: Edition, header: HeaderValues = OFFICER): WorkbookPlan {
  return planWorkbook({ forms: [formInstance("05", "CD")], edition, header });
}

describe("the reporting period's form", () => {
  it.each(["1 tháng/năm 2008", "12 tháng/năm 2026", " 3  tháng/năm 2008 ", "3 tháng / năm 2008"])(
    "accepts «%s»",
    (value) => expect(validPeriod(value)).toBe(true)
  );
  it.each(["0 tháng/năm 2008", "13 tháng/năm 2008", "3 tháng 2008", "Quý I/2008", "3/2008", ""])(
    "refuses «%s»",
    (value) => expect(validPeriod(value)).toBe(false)
  );
});

describe("header rules on files", () => {
  let plan: WorkbookPlan;
  let filled: Buffer;
  const check = async (data: Buffer) => checkWorkbook(await readSnapshotFromBuffer(data));

  beforeAll(async () => {
    plan = planOf("officer");
    filled = await fill(await templateBuffer(plan), plan, consistentInputs(plan, seeded(1)));
  });

  it("the rule table has each header rule, all warnings", () => {
    expect(HEADER_RULES.map((r) => [r.id, r.severity])).toEqual(
      Object.keys(TRIPS).map((id) => [id, "warning"])
    );
  });

  it("passes a header filled as the article asks, recording the officer's edition", async () => {
    const snapshot = await readSnapshotFromBuffer(filled);
    expect(snapshot.meta?.edition).toBe("officer");
    expect(checkWorkbook(snapshot).findings).toEqual([]);
  });

  it.each(Object.entries(TRIPS))(
    "%s trips, naming its cells, worded for the officer",
    async (rule, trip) => {
      const result = await check(await fill(filled, plan, trip.changes));
      const found = headerFindings(result);
      expect(found.map((f) => f.rule)).toEqual([rule]);
      expect(found[0]).toMatchObject({
        severity: "warning",
        form: FORM,
        page: "P1",
        names: trip.names,
      });
      expect(found[0].cells).toEqual(
        trip.names.map(() => expect.stringContaining("05-CD Trang 1"))
      );
      expect(found[0].message).not.toMatch(/header\.|TK05/);
      expect(found[0].messageEn.length).toBeGreaterThan(20);
    }
  );

  it("names the blank fields and the period as typed", async () => {
    const incomplete = headerFindings(
      await check(await fill(filled, plan, TRIPS["header.incomplete"].changes))
    );
    expect(incomplete[0].message).toMatch(/còn trống: Kỳ báo cáo, Người lập biểu/);
    const period = headerFindings(
      await check(await fill(filled, plan, TRIPS["header.period_format"].changes))
    );
    expect(period[0].message).toMatch(/«Quý I năm 2008»/);
    expect(period[0].message).toMatch(/3 tháng\/năm 2008/);
  });

  it("compares the signer with the officer as people do: case, spaces and Unicode forms aside", async () => {
    const same = { [hdr("nguoi_lap_bieu")]: "  nguyễn  văn a ".normalize("NFD") };
    expect(headerFindings(await check(await fill(filled, plan, same)))).toEqual([]);
  });

  it("header.officer_signer holds only on the officer's edition", async () => {
    const office = planOf("office", {
      ...OFFICER,
      don_vi_bao_cao: "Thi hành án dân sự quận Hồng Bàng",
    });
    const data = await fill(
      await templateBuffer(office),
      office,
      consistentInputs(office, seeded(1))
    );
    expect(headerFindings(await check(data))).toEqual([]);
  });

  it("the template leaves Ngày nhận báo cáo blank and says it is for the receiver", async () => {
    const given = planOf("officer", { ...OFFICER, ngay_nhan: "01/01/2008" });
    const workbook = await loadWorkbook(await templateBuffer(given));
    const at = given.resolve(hdr("ngay_nhan"))!;
    const ws = workbook.getWorksheet(at.sheet)!;
    expect(ws.getCell(at.row, at.col).value).toBeNull();
    expect(String(ws.getCell(at.row, 1).value)).toMatch(/do đơn vị nhận báo cáo ghi/);
  });

  it("a date received recorded by the receiver is no finding", async () => {
    const workbook = await loadWorkbook(
      await fill(filled, plan, TRIPS["header.received_by_sender"].changes)
    );
    const meta = workbook.getWorksheet("THADS_META")!;
    meta.addRow(["received", "2008-01-15"]);
    expect(headerFindings(await check(await saveWorkbook(workbook)))).toEqual([]);
  });
});

describe("header rules through the Office.js adapter", () => {
  async function officeWorkbook() {
    const book = new FakeWorkbook();
    const excel = new ExcelWorkbook(book.runner, book.supports);
    const info = await excel.info();
    const plan = planWorkbook({
      forms: [formInstance("05", "CD")],
      edition: "officer",
      header: OFFICER,
      existingSheets: info.sheets,
    });
    await excel.addTemplates(plan);
    const type = (name: string, value: string | null) => {
      const at = plan.resolve(name)!;
      book.sheet(at.sheet)!.cell(at.row, at.col).value = value ?? "";
    };
    return { excel, type };
  }

  it("passes the header as written", async () => {
    const { excel } = await officeWorkbook();
    expect(headerFindings(checkWorkbook(await excel.readSnapshot()))).toEqual([]);
  });

  it.each(Object.entries(TRIPS))("%s trips as the officer types", async (rule, trip) => {
    const { excel, type } = await officeWorkbook();
    for (const [name, value] of Object.entries(trip.changes)) type(name, value);
    const found = headerFindings(checkWorkbook(await excel.readSnapshot()));
    expect(found.map((f) => [f.rule, f.names])).toEqual([[rule, trip.names]]);
  });
});
