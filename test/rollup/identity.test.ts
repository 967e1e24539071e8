// What the roll-up reads of a report and says of it, on small hand-made snapshots: the header's period and
// unit, the meta sheet's unit code and sources, who reported, the summary rows and every refusal's wording.
import {
  ROLLUP_TEXT,
  collect,
  headerValue,
  identify,
  identityOf,
  parsePeriod,
  samePeriod,
  sourceRows,
  sourcesOf,
  summaryRows,
  unitCodeOf,
  type Finding,
  type Unit,
  type WorkbookSnapshot,
} from "../../src/core";

const header = (fields: Record<string, Record<string, unknown>>): WorkbookSnapshot => ({
  cells: Object.fromEntries(
    Object.entries(fields).flatMap(([form, values]) =>
      Object.entries(values).map(([code, value]) => [
        `${form}.P1.hdr.${code}`,
        { value: value as string | number | null },
      ])
    )
  ),
});

describe("headerValue", () => {
  it("reads the first form that fills the field, spaces collapsed", () => {
    const snapshot = header({
      TK05CD: { ky_bao_cao: "", don_vi_bao_cao: null },
      TK06CD: { ky_bao_cao: "  6 tháng/năm\n  2027 ", don_vi_bao_cao: 2027 },
    });
    expect(headerValue(snapshot, "ky_bao_cao")).toBe("6 tháng/năm 2027");
    expect(headerValue(snapshot, "don_vi_bao_cao")).toBe("2027");
    expect(headerValue(snapshot, "don_vi_nhan")).toBeUndefined();
    expect(
      headerValue(
        header({ TK05CD: { ky_bao_cao: "A" }, TK06CD: { ky_bao_cao: "B" } }),
        "ky_bao_cao"
      )
    ).toBe("A");
  });
});

describe("parsePeriod", () => {
  it.each([
    ["12 tháng/năm 2026", { months: 12, year: 2026 }],
    ["12 tháng năm 2026", { months: 12, year: 2026 }],
    ["12 THÁNG / NĂM 2026", { months: 12, year: 2026 }],
    ["Kỳ: 3 tháng-năm 2027", { months: 3, year: 2027 }],
    ["1 tháng,năm 2027", { months: 1, year: 2027 }],
    ["9tháng/năm2027", { months: 9, year: 2027 }],
    ["9  tháng  /  năm  2027", { months: 9, year: 2027 }],
    ["6 tháng/năm 2027".normalize("NFD"), { months: 6, year: 2027 }],
  ])("reads %j", (label, expected) => {
    expect(parsePeriod(label)).toEqual(expected);
  });

  it.each(["0 tháng/năm 2027", "13 tháng/năm 2027", "6 tháng/năm 27", "quý 4", "", undefined])(
    "does not read %j",
    (label) => {
      expect(parsePeriod(label)).toBeUndefined();
    }
  );
});

describe("samePeriod", () => {
  it("compares months and year when both parse, else the text ignoring case", () => {
    expect(samePeriod("6 tháng/năm 2027", "6 THÁNG NĂM 2027")).toBe(true);
    expect(samePeriod("6 tháng/năm 2027", "6 tháng/năm 2026")).toBe(false);
    expect(samePeriod("6 tháng/năm 2027", "9 tháng/năm 2027")).toBe(false);
    expect(samePeriod("Quý I", "QUÝ I")).toBe(true);
    expect(samePeriod("Quý I", "Quý II")).toBe(false);
    expect(samePeriod(undefined, "")).toBe(true);
    expect(samePeriod(undefined, "x")).toBe(false);
    expect(samePeriod("6 tháng/năm 2027", "quý")).toBe(false);
  });
});

describe("the roll-up's meta rows", () => {
  it("reads the unit code trimmed; blank or absent is none", () => {
    expect(unitCodeOf({ cells: {}, meta: { unit_code: " HN01 " } })).toBe("HN01");
    expect(unitCodeOf({ cells: {}, meta: { unit_code: "  " } })).toBeUndefined();
    expect(unitCodeOf({ cells: {} })).toBeUndefined();
  });

  it("writes the time, the refusals forced through and each source, numbered from 1", () => {
    const at = new Date("2027-04-10T08:00:00Z");
    const sources = [
      { file: "a.xlsx", unitCode: "A", sha256: "aa" },
      { file: "b.xlsx", unit: "Chi cục B", sha256: "bb" },
    ];
    expect(sourceRows(sources, at, ["x: lỗi", "y: trùng"])).toEqual([
      ["aggregated_at", "2027-04-10T08:00:00.000Z"],
      ["aggregated_forced", "x: lỗi | y: trùng"],
      ["aggregated_source.1", '{"file":"a.xlsx","unitCode":"A","sha256":"aa"}'],
      ["aggregated_source.2", '{"file":"b.xlsx","unit":"Chi cục B","sha256":"bb"}'],
    ]);
    expect(sourceRows([], at, [])).toEqual([["aggregated_at", "2027-04-10T08:00:00.000Z"]]);
  });

  it("reads the sources in number order, leaving out rows that do not parse", () => {
    const meta: Record<string, string> = {
      "aggregated_source.10": '{"file":"j.xlsx","sha256":"10"}',
      "aggregated_source.2": '{"file":"b.xlsx","sha256":"2"}',
      "aggregated_source.3": "{hỏng",
      "aggregated_source.4": '{"file":"d.xlsx"}',
      "aggregated_source.5": '{"sha256":"5"}',
      "aggregated_source.1": '{"file":"a.xlsx","unitCode":"A","sha256":"1"}',
      aggregated_at: '{"file":"x","sha256":"y"}',
    };
    expect(sourcesOf({ cells: {}, meta })).toEqual([
      { file: "a.xlsx", unitCode: "A", sha256: "1" },
      { file: "b.xlsx", sha256: "2" },
      { file: "j.xlsx", sha256: "10" },
    ]);
    expect(sourcesOf({ cells: {} })).toEqual([]);
  });
});

describe("who reported", () => {
  const units: Unit[] = [
    { code: "HN01", name: "Chi cục THADS quận Ba Đình", receiver: "" },
    { code: "HN02", name: "Chi cục THADS quận Đống Đa", receiver: "" },
    { code: "HN03", name: "Chi cục THADS quận Hoàn Kiếm", receiver: "" },
  ];

  it("reads a report's identity from its header and meta", () => {
    const snapshot = header({
      TK05TH: { ky_bao_cao: "6 tháng/năm 2027", don_vi_bao_cao: "Chi cục X" },
    });
    snapshot.meta = { unit_code: "HN01" };
    expect(identityOf(snapshot)).toEqual({
      unitCode: "HN01",
      unit: "Chi cục X",
      period: "6 tháng/năm 2027",
      signoff: "unsigned",
    });
  });

  it("finds the unit by code in any case, else by name; an unknown code falls back on the name", () => {
    expect(identify({ unitCode: "hn02" }, units)?.code).toBe("HN02");
    expect(identify({ unitCode: "HN09", unit: "chi cục thads QUẬN ba đình" }, units)?.code).toBe(
      "HN01"
    );
    expect(identify({ unitCode: "HN03", unit: "Chi cục THADS quận Ba Đình" }, units)?.code).toBe(
      "HN03"
    );
    expect(identify({ unitCode: "HN09" }, units)).toBeUndefined();
    expect(identify({ unit: "Chi cục khác" }, units)).toBeUndefined();
    expect(identify({}, units)).toBeUndefined();
  });

  it("lists who sent nothing and the files that belong to no one; unreadable files are neither", () => {
    const result = collect(
      [
        { file: "a.xlsx", identity: { unitCode: "HN01" } },
        { file: "z.xlsx", identity: { unit: "Chi cục khác" } },
        { file: "b.xlsx", identity: { unit: "Chi cục THADS quận Ba Đình" } },
        { file: "broken.xlsx" },
      ],
      units
    );
    expect([...result.unitOf.entries()].map(([file, unit]) => [file, unit?.code])).toEqual([
      ["a.xlsx", "HN01"],
      ["z.xlsx", undefined],
      ["b.xlsx", "HN01"],
    ]);
    expect(result.missing.map((u) => u.code)).toEqual(["HN02", "HN03"]);
    expect(result.unknown).toEqual(["z.xlsx"]);
  });
});

const finding = (severity: "error" | "warning", message: string): Finding => ({
  rule: severity === "error" ? "cell.negative" : "form.incomplete",
  severity,
  form: "TK05TH",
  names: [],
  cells: [],
  left: null,
  right: null,
  difference: null,
  message,
  messageEn: message,
});

describe("summaryRows", () => {
  it("gives each file its row, unreadable first, then most errors, most warnings, by name", () => {
    const rows = summaryRows([
      {
        file: "b.xlsx",
        identity: {
          unitCode: "B",
          unit: "Chi cục B",
          period: "6 tháng/năm 2027",
          signoff: "signed",
        },
        forms: ["TK05TH", "TK06TH"],
        findings: [finding("warning", "thiếu"), finding("warning", "thiếu nữa")],
      },
      {
        file: "Ă.xlsx",
        identity: { signoff: "changed" },
        forms: ["TK05TH"],
        findings: [],
        unit: { code: "HN01", name: "Chi cục Một", receiver: "" },
      },
      {
        file: "c.xlsx",
        identity: { unitCode: "C", signoff: "unsigned" },
        findings: [finding("warning", "w"), finding("error", "âm 1"), finding("error", "âm 2")],
      },
      { file: "x.xlsx", error: "không phải sổ tính" },
      { file: "d.xlsx", identity: { unit: "Chi cục D" }, findings: [finding("warning", "w")] },
      { file: "a.xlsx", findings: [] },
    ]);
    expect(rows).toEqual([
      {
        file: "x.xlsx",
        unitCode: "",
        unit: "",
        forms: "",
        period: "",
        errors: null,
        warnings: null,
        signoff: "",
        firstError: "Không đọc được tệp: không phải sổ tính",
      },
      {
        file: "c.xlsx",
        unitCode: "C",
        unit: "",
        forms: "",
        period: "",
        errors: 2,
        warnings: 1,
        signoff: "chưa ký",
        firstError: "âm 1",
      },
      {
        file: "b.xlsx",
        unitCode: "B",
        unit: "Chi cục B",
        forms: "TK05TH, TK06TH",
        period: "6 tháng/năm 2027",
        errors: 0,
        warnings: 2,
        signoff: "đã ký",
        firstError: "",
      },
      {
        file: "d.xlsx",
        unitCode: "",
        unit: "Chi cục D",
        forms: "",
        period: "",
        errors: 0,
        warnings: 1,
        signoff: "không rõ",
        firstError: "",
      },
      {
        file: "a.xlsx",
        unitCode: "",
        unit: "",
        forms: "",
        period: "",
        errors: 0,
        warnings: 0,
        signoff: "không rõ",
        firstError: "",
      },
      {
        file: "Ă.xlsx",
        unitCode: "HN01",
        unit: "Chi cục Một",
        forms: "TK05TH",
        period: "",
        errors: 0,
        warnings: 0,
        signoff: "đã sửa sau khi ký",
        firstError: "",
      },
    ]);
  });

  it("prefers the listed unit's code and the header's own unit name", () => {
    const [row] = summaryRows([
      {
        file: "a.xlsx",
        identity: { unitCode: "sai", unit: "Tên trong báo cáo" },
        unit: { code: "HN01", name: "Tên trong danh sách", receiver: "" },
      },
    ]);
    expect([row.unitCode, row.unit, row.errors, row.warnings]).toEqual([
      "HN01",
      "Tên trong báo cáo",
      null,
      null,
    ]);
  });
});

describe("the roll-up's wording", () => {
  const t = ROLLUP_TEXT;
  it("words every refusal in Vietnamese and English", () => {
    expect([t.hasErrors.vi(3, "Số âm"), t.hasErrors.en(3, "Negative")]).toEqual([
      "báo cáo có 3 lỗi (lỗi đầu tiên: Số âm)",
      "the report has 3 error(s) (first: Negative)",
    ]);
    expect([t.changed.vi, t.changed.en]).toEqual([
      "báo cáo đã bị sửa sau khi Thủ trưởng ký duyệt",
      "the report was changed after it was signed off",
    ]);
    expect([t.forms.vi("TK05TH", "TK05TH, TK06TH", "a.xlsx"), t.forms.en("X", "Y", "a")]).toEqual([
      "gồm các biểu TK05TH, khác với TK05TH, TK06TH của a.xlsx",
      "holds forms X, unlike Y in a",
    ]);
    expect([
      t.period.vi("9 tháng/năm 2027", undefined, "a.xlsx"),
      t.period.en("", "6 tháng/năm 2027", "a.xlsx"),
    ]).toEqual([
      "kỳ báo cáo «9 tháng/năm 2027» khác với (trống) của a.xlsx",
      "reporting period (blank) differs from “6 tháng/năm 2027” in a.xlsx",
    ]);
    expect([t.sameFile.vi("a.xlsx"), t.sameFile.en("a.xlsx")]).toEqual([
      "cùng nội dung với a.xlsx (một báo cáo sẽ bị cộng hai lần)",
      "same content as a.xlsx (one report would be counted twice)",
    ]);
    expect([t.sameUnit.vi("hn01", "a.xlsx"), t.sameUnit.en("hn01", "a.xlsx")]).toEqual([
      "cùng mã đơn vị «hn01» với a.xlsx (một đơn vị sẽ bị cộng hai lần)",
      "same unit code “hn01” as a.xlsx (one unit would be counted twice)",
    ]);
  });

  it("words the cross-period check in Vietnamese and English, numbers in each notation", () => {
    expect(t.carryOver.vi("1.1 «Năm trước»", "Tiền", 1234.5, 1200)).toBe(
      "1.1 «Năm trước», cột «Tiền»: năm trước chuyển sang 1.234,5 nhưng báo cáo 12 tháng năm trước còn 1.200 chưa xong (số đang giải quyết / chưa thi hành + số chưa có điều kiện)"
    );
    expect(t.carryOver.en("1.1 “Last year”", "Money", 1234.5, 1200)).toBe(
      "1.1 “Last year”, column “Money”: carried over 1,234.5 but last year's 12-month report left 1,200 unfinished (in progress / not yet enforced + not yet enforceable)"
    );
    expect([t.notAcrossYear.vi("quý 4", undefined), t.notAcrossYear.en(undefined, "x")]).toEqual([
      "không đối chiếu được: --previous phải là báo cáo 12 tháng của năm thống kê liền trước (nhận được «quý 4» và (trống))",
      "cannot compare: --previous must be the 12-month report of the statistical year just before (got (blank) and “x”)",
    ]);
    expect([t.noCommonForm.vi, t.noCommonForm.en]).toEqual([
      "không đối chiếu được: hai báo cáo không có biểu nào chung",
      "cannot compare: the two reports share no form",
    ]);
  });
});
