// units.csv record by record: where each record starts (the line a problem names), quoting as RFC 4180 and
// Excel write it, the separator Vietnamese regional settings choose, and each refusal's exact wording.
import { csvRecords, parseUnits, unitKey } from "../../src/core/rollup/units";

describe("csvRecords", () => {
  it("gives each record the line it starts on, across quoted newlines, CRLF, lone CR and blank lines", () => {
    expect(csvRecords('a,b\r\n"x\ny","q""r"\n\nlast', ",")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\ny", 'q"r'] },
      { line: 5, fields: ["last"] },
    ]);
    expect(csvRecords("a\rb\r\rc", ",")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 2, fields: ["b"] },
      { line: 4, fields: ["c"] },
    ]);
  });

  it("keeps a quote inside a field as text, and text after a closing quote", () => {
    expect(csvRecords('a"b,"c"d,""', ",")).toEqual([{ line: 1, fields: ['a"b', "cd", ""] }]);
  });

  it("ends the last record at the end of the text, a trailing separator giving an empty field", () => {
    expect(csvRecords("a,", ",")).toEqual([{ line: 1, fields: ["a", ""] }]);
    expect(csvRecords("a", ",")).toEqual([{ line: 1, fields: ["a"] }]);
    expect(csvRecords(",x", ",")).toEqual([{ line: 1, fields: ["", "x"] }]);
  });

  it("drops records whose every field is blank", () => {
    expect(csvRecords(" , \n\t;\nz", ",")).toEqual([
      { line: 2, fields: ["\t;"] },
      { line: 3, fields: ["z"] },
    ]);
    expect(csvRecords(" ; \n", ";")).toEqual([]);
  });

  it("splits on the separator given only", () => {
    expect(csvRecords("a;b,c", ";")).toEqual([{ line: 1, fields: ["a", "b,c"] }]);
  });
});

describe("parseUnits, exactly", () => {
  it("takes semicolons when the header has no comma, commas otherwise", () => {
    expect(parseUnits("code;name\nA;Chi cục B, C\n")).toEqual({
      ok: true,
      units: [{ code: "A", name: "Chi cục B, C", receiver: "" }],
    });
    expect(parseUnits("code,name,x;y\nA;1,Chi cục B\n")).toEqual({
      ok: true,
      units: [{ code: "A;1", name: "Chi cục B", receiver: "" }],
    });
  });

  it("reads headers in Vietnamese with accents, capitals and spaces, ignores unknown columns", () => {
    expect(
      parseUnits("\uFEFF Mã ,TÊN,Đơn  vị nhận,ghi chú\nq1,  Chi   cục\tQuận 1 ,Cục  X,bỏ qua\n")
    ).toEqual({
      ok: true,
      units: [{ code: "q1", name: "Chi cục Quận 1", receiver: "Cục X" }],
    });
    expect(parseUnits("name,code,receiver\nChi cục A,A1,Cục B")).toEqual({
      ok: true,
      units: [{ code: "A1", name: "Chi cục A", receiver: "Cục B" }],
    });
  });

  it("names a wrong header with the fields it read, in the file's separator", () => {
    const problem = (line: number, got: string) => ({
      ok: false,
      problems: [
        {
          line,
          message: `dòng tiêu đề phải là «code,name,receiver» hoặc «ma,ten,don_vi_nhan» (nhận được «${got}»)`,
        },
      ],
    });
    expect(parseUnits("id;title\n1;x\n")).toEqual(problem(1, "id;title"));
    expect(parseUnits("code,receiver\nA,B\n")).toEqual(problem(1, "code,receiver"));
    expect(parseUnits("\n\nname,receiver\nA,B\n")).toEqual(problem(3, "name,receiver"));
  });

  it("refuses a list of no unit at the line after its header", () => {
    expect(parseUnits("\n\ncode,name\n")).toEqual({
      ok: false,
      problems: [{ line: 4, message: "danh sách không có đơn vị nào" }],
    });
    expect(parseUnits("\uFEFF \n")).toEqual({
      ok: false,
      problems: [{ line: 1, message: "tệp danh sách đơn vị trống" }],
    });
  });

  it("names every problem of a row, in order, with the row's line", () => {
    expect(
      parseUnits('code,name\n,,"x"\n.ẩn,Chi cục A\nB\u0001,Chi cục B\nc:d,Chi cục C\n')
    ).toEqual({
      ok: false,
      problems: [
        { line: 2, message: "dòng có nhiều cột hơn dòng tiêu đề" },
        { line: 2, message: "thiếu mã đơn vị" },
        { line: 2, message: "thiếu tên đơn vị" },
        { line: 3, message: "mã đơn vị «.ẩn» có ký tự không dùng được trong tên tệp" },
        { line: 4, message: "mã đơn vị «B\u0001» có ký tự không dùng được trong tên tệp" },
        { line: 5, message: "mã đơn vị «c:d» có ký tự không dùng được trong tên tệp" },
      ],
    });
  });

  it("refuses a code repeated in another case, naming the first line; blank extra columns are fine", () => {
    expect(parseUnits("code,name\nHN01,Chi cục A,  \nhn01,Chi cục B\nHN01,Chi cục C\n")).toEqual({
      ok: false,
      problems: [
        { line: 3, message: "mã đơn vị «hn01» trùng với dòng 2" },
        { line: 4, message: "mã đơn vị «HN01» trùng với dòng 2" },
      ],
    });
  });

  it("accepts every character a file name may hold", () => {
    expect(parseUnits("code,name\nHN-01 (cũ).v2,Chi cục A\n")).toEqual({
      ok: true,
      units: [{ code: "HN-01 (cũ).v2", name: "Chi cục A", receiver: "" }],
    });
  });
});

describe("unitKey", () => {
  it("is the name in NFC, spaces collapsed, in lower case", () => {
    expect(unitKey("  Chi CỤC\t THADS  ")).toBe("chi cục thads");
    expect(unitKey("Đông Anh".normalize("NFD"))).toBe("đông anh");
  });
});

describe("parseUnits, edge rows", () => {
  it("takes a row shorter than the header as missing its last fields", () => {
    expect(parseUnits("name,code\nChi cục A\n")).toEqual({
      ok: false,
      problems: [{ line: 2, message: "thiếu mã đơn vị" }],
    });
    expect(parseUnits("code,name\nA\n")).toEqual({
      ok: false,
      problems: [{ line: 2, message: "thiếu tên đơn vị" }],
    });
  });

  it("strips only the BOM that starts the file; one inside a name is a space", () => {
    expect(parseUnits("\uFEFFcode,name\nA,Chi\uFEFFcục\n")).toEqual({
      ok: true,
      units: [{ code: "A", name: "Chi cục", receiver: "" }],
    });
  });

  it("tells codes apart as a file system ignoring case does (ß is not SS)", () => {
    expect(parseUnits("code,name\nHN-ß,Chi cục A\nHN-SS,Chi cục B\n")).toEqual({
      ok: true,
      units: [
        { code: "HN-ß", name: "Chi cục A", receiver: "" },
        { code: "HN-SS", name: "Chi cục B", receiver: "" },
      ],
    });
  });
});
