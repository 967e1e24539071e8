// A1 notation, pinned to literal addresses as Excel writes them.
import {
  a1,
  columnLetter,
  columnNumber,
  parseA1,
  parseQualified,
  qualified,
  quoteSheet,
  rangeA1,
} from "../../src/core/a1";

describe("column letters", () => {
  it.each([
    [1, "A"],
    [2, "B"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %p is %s, and back", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(columnNumber(letters)).toBe(col);
    expect(columnNumber(letters.toLowerCase())).toBe(col);
  });

  it("column 0 has no letters; no letters is column 0", () => {
    expect(columnLetter(0)).toBe("");
    expect(columnNumber("")).toBe(0);
  });
});

describe("cell and range addresses", () => {
  it("writes relative and absolute addresses", () => {
    expect(a1(12, 4)).toBe("D12");
    expect(a1(12, 4, false)).toBe("D12");
    expect(a1(12, 4, true)).toBe("$D$12");
    expect(a1(1, 27, true)).toBe("$AA$1");
  });

  it("writes a single cell without a colon, any other rectangle with one", () => {
    expect(rangeA1(12, 4, 12, 4)).toBe("D12");
    expect(rangeA1(12, 4, 12, 12)).toBe("D12:L12");
    expect(rangeA1(12, 4, 15, 4)).toBe("D12:D15");
    expect(rangeA1(9, 3, 13, 5)).toBe("C9:E13");
  });

  it("quotes sheet names, doubling apostrophes, the same again from its memory", () => {
    expect(quoteSheet("05-CD Trang 1")).toBe("'05-CD Trang 1'");
    expect(quoteSheet("Anh's")).toBe("'Anh''s'");
    expect(quoteSheet("Anh's")).toBe("'Anh''s'");
    expect(quoteSheet("it's O'Brien's")).toBe("'it''s O''Brien''s'");
  });

  it("quotes correctly after its memory has been cleared for being full", () => {
    for (let i = 0; i < 1100; i++) expect(quoteSheet(`S${i}`)).toBe(`'S${i}'`);
    expect(quoteSheet("S5")).toBe("'S5'");
    expect(quoteSheet("S1099")).toBe("'S1099'");
  });

  it("qualifies a cell with its sheet", () => {
    expect(qualified({ sheet: "05-CD Trang 1", row: 12, col: 4 })).toBe("'05-CD Trang 1'!D12");
    expect(qualified({ sheet: "05-CD Trang 1", row: 12, col: 4 }, true)).toBe(
      "'05-CD Trang 1'!$D$12"
    );
  });
});

describe("parsing", () => {
  it.each([
    ["D12", { col: 4, row: 12 }],
    ["$D$12", { col: 4, row: 12 }],
    ["d12", { col: 4, row: 12 }],
    [" AB7 ", { col: 28, row: 7 }],
    ["XFD1048576", { col: 16384, row: 1048576 }],
    ["$a1", { col: 1, row: 1 }],
    ["A$1", { col: 1, row: 1 }],
  ])("%p is a cell", (ref, cell) => {
    expect(parseA1(ref)).toEqual(cell);
  });

  it.each(["", "D", "12", "ABCD1", "D12:E13", "D12x", "1D12", "$$D12", "D$$12", "D 12", "Ä1"])(
    "%p is not a cell",
    (ref) => {
      expect(parseA1(ref)).toBeUndefined();
    }
  );

  it.each([
    ["'05-CD Trang 1'!$D$12", { sheet: "05-CD Trang 1", col: 4, row: 12 }],
    ["Sheet1!D12", { sheet: "Sheet1", col: 4, row: 12 }],
    ["=Sheet1!D12", { sheet: "Sheet1", col: 4, row: 12 }],
    ["='Anh''s'!B2", { sheet: "Anh's", col: 2, row: 2 }],
    [" 'A!B'!C3", { sheet: "A!B", col: 3, row: 3 }],
    ["'Sheet1!D12", { sheet: "'Sheet1", col: 4, row: 12 }],
    ["Sheet1'!D12", { sheet: "Sheet1'", col: 4, row: 12 }],
    ["x'y'z!D12", { sheet: "x'y'z", col: 4, row: 12 }],
  ])("%p is a qualified cell", (ref, address) => {
    expect(parseQualified(ref)).toEqual(address);
  });

  it.each(["D12", "!D12", "=!D12", "Sheet1!", "Sheet1!D12:E13", "''!D12"])(
    "%p is not a qualified cell",
    (ref) => {
      expect(parseQualified(ref)).toBeUndefined();
    }
  );
});
