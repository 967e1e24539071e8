// units.csv as offices write it: Excel's BOM, semicolons of Vietnamese regional settings, quoted names;
// every bad row refused with its line.
import fc from "fast-check";
import { csvRecords, parseUnits, unitKey } from "../../src/core/rollup/units";

describe("parseUnits", () => {
  it("reads code,name,receiver with a BOM, CRLF and quoted fields (commas, quotes, newlines inside)", () => {
    const text =
      '\uFEFFcode,name,receiver\r\nHN01,"Chi cục THADS quận Ba Đình, Hà Nội",Cục THADS TP Hà Nội\r\n' +
      'HN02,"Chi cục ""Đống Đa""",\r\n\r\nHN03,"Chi cục\nHoàn Kiếm",Cục THADS TP Hà Nội\r\n';
    const parsed = parseUnits(text);
    expect(parsed).toEqual({
      ok: true,
      units: [
        {
          code: "HN01",
          name: "Chi cục THADS quận Ba Đình, Hà Nội",
          receiver: "Cục THADS TP Hà Nội",
        },
        { code: "HN02", name: 'Chi cục "Đống Đa"', receiver: "" },
        { code: "HN03", name: "Chi cục Hoàn Kiếm", receiver: "Cục THADS TP Hà Nội" },
      ],
    });
  });

  it("accepts the Vietnamese header ma,ten,don_vi_nhan and semicolons", () => {
    const parsed = parseUnits("ma;ten;don_vi_nhan\n01;Chi cục A;Cục B\n");
    expect(parsed).toEqual({
      ok: true,
      units: [{ code: "01", name: "Chi cục A", receiver: "Cục B" }],
    });
  });

  it("refuses every bad row with its line number: missing code, duplicate code, blank name", () => {
    const text = [
      "code,name,receiver",
      "A1,Chi cục A,Cục X",
      ",Chi cục B,Cục X",
      "a1,Chi cục C,Cục X",
      "A4,   ,Cục X",
      '"A5","Chi cục\nE",Cục X',
      "A6,Chi cục F,Cục X,thừa",
      "A/7,Chi cục G,",
    ].join("\n");
    const parsed = parseUnits(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { line: 3, message: "thiếu mã đơn vị" },
      { line: 4, message: "mã đơn vị «a1» trùng với dòng 2" },
      { line: 5, message: "thiếu tên đơn vị" },
      { line: 8, message: "dòng có nhiều cột hơn dòng tiêu đề" },
      { line: 9, message: "mã đơn vị «A/7» có ký tự không dùng được trong tên tệp" },
    ]);
  });

  it("refuses a file without the expected header, and an empty list", () => {
    const bad = parseUnits("id,title\n1,x\n");
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0].message).toMatch(/dòng tiêu đề phải là/);
    expect(parseUnits("")).toEqual({
      ok: false,
      problems: [{ line: 1, message: "tệp danh sách đơn vị trống" }],
    });
    expect(parseUnits("code,name\n")).toEqual({
      ok: false,
      problems: [{ line: 2, message: "danh sách không có đơn vị nào" }],
    });
  });

  it("round-trips any fields through CSV quoting (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "Đ", " ", ",", '"', "\n", "x", ";") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = rows.map((r) => r.map(quote).join(",")).join("\r\n");
          const records = csvRecords(text, ",").map((r) => r.fields);
          expect(records).toEqual(rows.filter((r) => r.some((f) => f.trim() !== "")));
        }
      )
    );
  });

  it("compares unit names ignoring case, spacing and Unicode composition", () => {
    expect(unitKey("  Chi cục THADS  huyện Đông Anh ")).toBe(
      unitKey("chi cục thads huyện đông anh".normalize("NFD"))
    );
  });
});
