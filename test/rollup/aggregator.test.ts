// Adding reports up from their digests, exactly: each refusal's words in both languages (one file may have
// several), which earlier file a duplicate names, the sums kept to input cells, the consolidated plan's header,
// figures and meta rows.
import { Aggregator, digestReport, type ReportDigest } from "../../src/core/rollup/aggregate";
import type { WorkbookPlan } from "../../src/core/layout";

const now = new Date("2027-04-10T08:00:00Z");
const PERIOD = "6 tháng/năm 2027";
const digest = (file: string, over: Partial<ReportDigest> = {}): ReportDigest => ({
  file,
  sha256: file,
  forms: ["TK05CD"],
  identity: { period: PERIOD, signoff: "unsigned" },
  errors: 0,
  values: {},
  ...over,
});
const cellOf = (plan: WorkbookPlan, name: string) =>
  plan.sheets.flatMap((s) => s.cells).find((c) => c.name === name)!;

describe("Aggregator refusals", () => {
  const aggregator = new Aggregator({ now });
  aggregator.add(digest("a.xlsx", { identity: { period: PERIOD, unitCode: "HN01" } }));
  aggregator.add(digest("b.xlsx", { errors: 2, firstError: { vi: "Số âm", en: "Negative" } }));
  aggregator.add(digest("c.xlsx", { errors: 1 }));
  aggregator.add(digest("d.xlsx", { identity: { period: PERIOD, signoff: "changed" } }));
  aggregator.add(digest("e.xlsx", { forms: ["TK05CD", "TK06CD"] }));
  aggregator.add(digest("f.xlsx", { identity: { period: "9 tháng/năm 2027" } }));
  aggregator.add(
    digest("g.xlsx", { sha256: "a.xlsx", identity: { period: PERIOD, unitCode: "hn01" } })
  );
  aggregator.add(digest("h.xlsx", { identity: { period: PERIOD, unitCode: "Hn01" } }));
  aggregator.add(digest("i.xlsx", { sha256: "a.xlsx" }));
  aggregator.add(digest("j.xlsx", { identity: { period: PERIOD, unitCode: "HN01" } }));
  aggregator.add(digest("k.xlsx", { identity: { period: PERIOD } }));
  aggregator.add(digest("l.xlsx", { identity: { period: "6 THÁNG NĂM 2027", unitCode: "HN02" } }));
  aggregator.add(digest("m.xlsx", { errors: 1, identity: { signoff: "changed" } }));
  const result = aggregator.finish();

  it("names each file and reason, the duplicate's first file", () => {
    expect(result.refusals.map((r) => [r.file, r.reason, r.message])).toEqual([
      ["b.xlsx", "errors", "b.xlsx: báo cáo có 2 lỗi (lỗi đầu tiên: Số âm)"],
      ["c.xlsx", "errors", "c.xlsx: báo cáo có 1 lỗi (lỗi đầu tiên: )"],
      ["d.xlsx", "changed_after_signing", "d.xlsx: báo cáo đã bị sửa sau khi Thủ trưởng ký duyệt"],
      ["e.xlsx", "forms", "e.xlsx: gồm các biểu TK05CD, TK06CD, khác với TK05CD của a.xlsx"],
      [
        "f.xlsx",
        "period",
        "f.xlsx: kỳ báo cáo «9 tháng/năm 2027» khác với «6 tháng/năm 2027» của a.xlsx",
      ],
      ["g.xlsx", "duplicate", "g.xlsx: cùng nội dung với a.xlsx (một báo cáo sẽ bị cộng hai lần)"],
      [
        "h.xlsx",
        "duplicate",
        "h.xlsx: cùng mã đơn vị «hn01» với a.xlsx (một đơn vị sẽ bị cộng hai lần)",
      ],
      ["i.xlsx", "duplicate", "i.xlsx: cùng nội dung với a.xlsx (một báo cáo sẽ bị cộng hai lần)"],
      [
        "j.xlsx",
        "duplicate",
        "j.xlsx: cùng mã đơn vị «hn01» với a.xlsx (một đơn vị sẽ bị cộng hai lần)",
      ],
      ["m.xlsx", "errors", "m.xlsx: báo cáo có 1 lỗi (lỗi đầu tiên: )"],
      ["m.xlsx", "changed_after_signing", "m.xlsx: báo cáo đã bị sửa sau khi Thủ trưởng ký duyệt"],
      ["m.xlsx", "period", "m.xlsx: kỳ báo cáo (trống) khác với «6 tháng/năm 2027» của a.xlsx"],
    ]);
  });

  it("words each refusal in English too", () => {
    expect(result.refusals.map((r) => r.messageEn)).toEqual([
      "b.xlsx: the report has 2 error(s) (first: Negative)",
      "c.xlsx: the report has 1 error(s) (first: )",
      "d.xlsx: the report was changed after it was signed off",
      "e.xlsx: holds forms TK05CD, TK06CD, unlike TK05CD in a.xlsx",
      "f.xlsx: reporting period “9 tháng/năm 2027” differs from “6 tháng/năm 2027” in a.xlsx",
      "g.xlsx: same content as a.xlsx (one report would be counted twice)",
      "h.xlsx: same unit code “hn01” as a.xlsx (one unit would be counted twice)",
      "i.xlsx: same content as a.xlsx (one report would be counted twice)",
      "j.xlsx: same unit code “hn01” as a.xlsx (one unit would be counted twice)",
      "m.xlsx: the report has 1 error(s) (first: )",
      "m.xlsx: the report was changed after it was signed off",
      "m.xlsx: reporting period (blank) differs from “6 tháng/năm 2027” in a.xlsx",
    ]);
  });

  it("writes nothing when refused", () => {
    expect(result).toEqual({
      refusals: result.refusals,
      refused: true,
      forms: ["TK05CD"],
      period: PERIOD,
      inputs: {},
    });
  });

  it("has nothing to finish without a report", () => {
    expect(() => new Aggregator({ now }).finish()).toThrow("aggregate: no reports");
  });
});

describe("Aggregator sums", () => {
  const aggregator = new Aggregator({
    now,
    unit: "Cục THADS tỉnh Bắc Ninh",
    unitCode: "BN",
    receiver: "Tổng cục THADS",
    existingSheets: ["05-CD Trang 1", "05-CD Trang 2"],
  });
  aggregator.add(
    digest("a.xlsx", {
      identity: { period: PERIOD, unitCode: "A", unit: "Chi cục A" },
      values: {
        "TK05CD.P1.tra_don.ds": 2,
        "TK05CD.P1.tra_don.hngd": 0.1,
        "TK05CD.P1.tra_don.tong": 99,
        "TK06CD.P1.tra_don.ds": 7,
      },
    })
  );
  aggregator.add(
    digest("b.xlsx", {
      sha256: "bb",
      values: { "TK05CD.P1.tra_don.ds": 3, "TK05CD.P1.tra_don.hngd": 0.2 },
    })
  );
  const result = aggregator.finish();
  const plan = result.plan!;

  it("adds input cells only, rounded to a millionth", () => {
    expect(result.refused).toBe(false);
    expect(result.refusals).toEqual([]);
    expect(result.inputs).toEqual({ "TK05CD.P1.tra_don.ds": 5, "TK05CD.P1.tra_don.hngd": 0.3 });
  });

  it("fills the plan: inputs as summed, formula cells with their result, blank inputs left blank", () => {
    expect(cellOf(plan, "TK05CD.P1.tra_don.ds").value).toBe(5);
    expect(cellOf(plan, "TK05CD.P1.tra_don.hngd").value).toBe(0.3);
    expect(cellOf(plan, "TK05CD.P1.tra_don.tong").value).toBe(5.3);
    expect(cellOf(plan, "TK05CD.P1.tra_don.dshs").value).toBeUndefined();
    expect(cellOf(plan, "TK05CD.P1.thu_ly.tong").value).toBe(0);
  });

  it("heads the report with the period, the consolidating unit and its receiver, on sheets of new names", () => {
    expect(
      ["ky_bao_cao", "don_vi_bao_cao", "don_vi_nhan"].map(
        (code) => cellOf(plan, `TK05CD.P1.hdr.${code}`).text
      )
    ).toEqual([PERIOD, "Cục THADS tỉnh Bắc Ninh", "Tổng cục THADS"]);
    const names = plan.sheets.map((s) => s.sheetName);
    expect(names).not.toContain("05-CD Trang 1");
    expect(names).not.toContain("05-CD Trang 2");
  });

  it("records the unit code, the time and the sources, each as given", () => {
    expect(plan.meta.rows.slice(-4)).toEqual([
      ["unit_code", "BN"],
      ["aggregated_at", "2027-04-10T08:00:00.000Z"],
      [
        "aggregated_source.1",
        '{"file":"a.xlsx","unitCode":"A","unit":"Chi cục A","sha256":"a.xlsx"}',
      ],
      ["aggregated_source.2", '{"file":"b.xlsx","sha256":"bb"}'],
    ]);
  });

  it("with force, adds up despite refusals and records them", () => {
    const forced = new Aggregator({ now, force: true });
    forced.add(digest("a.xlsx", { values: { "TK05CD.P1.tra_don.ds": 1 } }));
    forced.add(digest("b.xlsx", { errors: 1, values: { "TK05CD.P1.tra_don.ds": 4 } }));
    const out = forced.finish();
    expect([out.refused, out.refusals.length, out.inputs]).toEqual([
      false,
      1,
      { "TK05CD.P1.tra_don.ds": 5 },
    ]);
    const rows = out.plan!.meta.rows;
    expect(rows.map(([k]) => k)).not.toContain("unit_code");
    expect(rows.slice(-4)).toEqual([
      ["aggregated_at", "2027-04-10T08:00:00.000Z"],
      ["aggregated_forced", "b.xlsx: báo cáo có 1 lỗi (lỗi đầu tiên: )"],
      ["aggregated_source.1", '{"file":"a.xlsx","sha256":"a.xlsx"}'],
      ["aggregated_source.2", '{"file":"b.xlsx","sha256":"b.xlsx"}'],
    ]);
  });
});

describe("digestReport", () => {
  it("keeps typed figures (text and errors as 0), not formulas, blanks or the header", () => {
    const at = { sheet: "s", row: 1, col: 1 };
    const digested = digestReport({
      file: "a.xlsx",
      sha256: "ab",
      snapshot: {
        cells: {
          "TK05CD.P1.tra_don.ds": { address: at, value: 4 },
          "TK05CD.P1.tra_don.hngd": { address: at, value: "mười" },
          "TK05CD.P1.tra_don.kt": { address: at, value: { error: "#N/A" } },
          "TK05CD.P1.tra_don.ld": { address: at, value: null },
          "TK05CD.P1.tra_don.hc": { address: at, value: "" },
          "TK05CD.P1.tra_don.tong": { address: at, formula: "=SUM(D1:K1)", value: 4 },
          "TK05CD.P1.hdr.ky_bao_cao": { address: at, value: PERIOD },
          "TK05CD.P1.hdr.don_vi_bao_cao": { address: at, value: "Chi cục A" },
        },
        meta: { unit_code: "A" },
      },
    });
    expect(digested.values).toEqual({
      "TK05CD.P1.tra_don.ds": 4,
      "TK05CD.P1.tra_don.hngd": 0,
      "TK05CD.P1.tra_don.kt": 0,
    });
    expect([digested.file, digested.sha256, digested.forms, digested.identity]).toEqual([
      "a.xlsx",
      "ab",
      ["TK05CD"],
      { unitCode: "A", unit: "Chi cục A", period: PERIOD, signoff: "unsigned" },
    ]);
    expect(digested.errors).toBeGreaterThan(0);
    // The first error of the check (its wording is pinned with the checks): the text typed as a number.
    expect(digested.firstError).toEqual({
      vi: "Ô 's'!A1 (trang 1, 5.3 «Trả đơn yêu cầu thi hành án», cột «Hôn nhân, gia đình») chứa «mười», không phải là số.",
      en: expect.stringContaining("'s'!A1"),
    });
  });
});
