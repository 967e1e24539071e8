// The canonical text of a report, exactly: each value's entry, the names signed and their order, escaping,
// parsing back, the UTF-8 bytes hashed and the fingerprint's form; and an entry as people read it.
import { createHash } from "node:crypto";
import {
  canonicalText,
  entryNumber,
  entryOf,
  entryText,
  entryValue,
  fingerprintOf,
  parseCanonical,
  signedNames,
  utf8Bytes,
} from "../../src/core/signoff/canonical";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

const at = { sheet: "05-CD Trang 1", row: 10, col: 4 };
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("entryOf", () => {
  it.each([
    [undefined, "!"],
    [{ value: 12 }, "!"],
    [{ address: at, formula: "=A1", value: 3 }, "f"],
    [{ address: at }, ""],
    [{ address: at, value: null }, ""],
    [{ address: at, value: "" }, ""],
    [{ address: at, value: 12.5 }, "n:12.5"],
    [{ address: at, value: -0 }, "n:0"],
    [{ address: at, value: 0 }, "n:0"],
    [{ address: at, value: -3 }, "n:-3"],
    [{ address: at, value: " a " }, "s: a "],
    [{ address: at, value: true }, "b:TRUE"],
    [{ address: at, value: false }, "b:FALSE"],
    [{ address: at, value: { error: "#REF!" } }, "e:#REF!"],
    [{ address: at, value: { date: "2025-12-09T00:00:00.000Z" } }, "d:2025-12-09"],
    [{ address: at, value: { date: "46000" } }, "d:2025-12-09"],
    [{ address: at, value: { date: "46000.75" } }, "d:2025-12-09"],
    [{ address: at, value: { date: "1" } }, "d:1899-12-31"],
    [{ address: at, value: { date: " " } }, "d: "],
    [{ address: at, value: { date: "" } }, "d:"],
  ])("%j → %j", (cell, entry) => {
    expect(entryOf(cell as Parameters<typeof entryOf>[0])).toBe(entry);
  });
});

const snapshot: WorkbookSnapshot = {
  cells: {
    "TK06CD.P1.tong_so.tien": { address: at, value: 7 },
    "TK05CD.P2.a.b": { address: at, value: "x\ty\\z\r\nw" },
    "TK05CD.P10.a.b": { address: at, formula: "=1" },
    "TK05CD.P1.hdr.ngay_nhan": { address: at, value: "1/1/2027" },
    "TK05CD.P1.hdr.ky_bao_cao": { address: at, value: "3 tháng/năm 2027" },
    "TK05CD.P1.a_b.c": { address: at, value: null },
    "TK05CD.P1.a.c": {},
    "TK09CD.P1.a.c": { address: at, value: 1 },
    "TK05CD.P1.A.c": { address: at, value: 1 },
    "ghi chú": { address: at, value: 1 },
  },
};

const TEXT =
  "THADS-SIGNOFF 1\n" +
  "TK05CD.P1.a.c !\n" +
  "TK05CD.P1.a_b.c \n" +
  "TK05CD.P1.hdr.ky_bao_cao s:3 tháng/năm 2027\n" +
  "TK05CD.P10.a.b f\n" +
  "TK05CD.P2.a.b s:x\\ty\\\\z\\r\\nw\n" +
  "TK06CD.P1.tong_so.tien n:7\n";

describe("canonical text", () => {
  it("lists the names signed in code-unit order, ngày nhận and names of no form left out", () => {
    expect(signedNames(snapshot)).toEqual([
      "TK05CD.P1.a.c",
      "TK05CD.P1.a_b.c",
      "TK05CD.P1.hdr.ky_bao_cao",
      "TK05CD.P10.a.b",
      "TK05CD.P2.a.b",
      "TK06CD.P1.tong_so.tien",
    ]);
  });

  it("writes one line per name, control characters and backslashes escaped", () => {
    expect(canonicalText(snapshot)).toBe(TEXT);
    expect(canonicalText({ cells: {} })).toBe("THADS-SIGNOFF 1\n");
  });

  it("parses its own text back into entries, escapes undone", () => {
    expect(parseCanonical(TEXT)).toEqual(
      new Map([
        ["TK05CD.P1.a.c", "!"],
        ["TK05CD.P1.a_b.c", ""],
        ["TK05CD.P1.hdr.ky_bao_cao", "s:3 tháng/năm 2027"],
        ["TK05CD.P10.a.b", "f"],
        ["TK05CD.P2.a.b", "s:x\ty\\z\r\nw"],
        ["TK06CD.P1.tong_so.tien", "n:7"],
      ])
    );
    expect(parseCanonical("THADS-SIGNOFF 1\nTK05CD.P1.a.b s:\\q\\\\n\n")).toEqual(
      new Map([["TK05CD.P1.a.b", "s:q\\n"]])
    );
    expect(parseCanonical("THADS-SIGNOFF 1\n")).toEqual(new Map());
  });

  it.each([
    ["", "empty"],
    ["THADS-SIGNOFF 2\n", "another format"],
    ["THADS-SIGNOFF 1", "no final newline"],
    ["THADS-SIGNOFF 1\nTK05CD.P1.a.b n:1", "no final newline after a line"],
    ["THADS-SIGNOFF 1\nTK05CD.P1.a.b\n", "a line without its entry"],
    ["THADS-SIGNOFF 1\nTK05CD.P1.a.b n:1\nghi chú n:1\n", "a name of no form"],
    ["THADS-SIGNOFF 1\n n:1\n", "a line without a name"],
    ["x\nTHADS-SIGNOFF 1\n", "the header not first"],
  ])("is not a canonical text: %j (%s)", (text) => {
    expect(parseCanonical(text)).toBeUndefined();
  });
});

describe("the bytes hashed", () => {
  it("encodes each UTF-8 length at its boundaries, a lone surrogate as U+FFFD", () => {
    expect(hex(utf8Bytes("\u0000\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff"))).toBe(
      "007fc280dfbfe0a080ed9fbfee8080efbfbf"
    );
    expect(hex(utf8Bytes("\u{10000}\u{1f600}\u{10ffff}"))).toBe("f0908080f09f9880f48fbfbf");
    expect(hex(utf8Bytes("\ud800x\udfff"))).toBe("efbfbd78efbfbd");
    expect(hex(utf8Bytes("Đắk Lắk"))).toBe("c490e1baaf6b204ce1baaf6b");
    expect(hex(utf8Bytes(""))).toBe("");
  });

  it("fingerprints the text's UTF-8 bytes as sha256:<hex>", async () => {
    const sha256 = async (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
    expect(await fingerprintOf("THADS-SIGNOFF 1\n", sha256)).toBe(
      `sha256:${createHash("sha256").update("THADS-SIGNOFF 1\n", "utf8").digest("hex")}`
    );
    expect(await fingerprintOf("é", async (bytes) => hex(bytes))).toBe("sha256:c3a9");
  });
});

describe("an entry as people read it", () => {
  it("in Vietnamese and English", () => {
    const read = (entry: string | undefined) => [entryText(entry), entryText(entry, "en")];
    expect(read(undefined)).toEqual(["(không còn ô)", "(no cell)"]);
    expect(read("!")).toEqual(["(không còn ô)", "(no cell)"]);
    expect(read("")).toEqual(["(trống)", "(blank)"]);
    expect(read("f")).toEqual(["(công thức)", "(formula)"]);
    expect(read("n:-1.5")).toEqual(["-1.5", "-1.5"]);
    expect(read("s:Chi cục")).toEqual(["Chi cục", "Chi cục"]);
    expect(read("d:2027-01-01")).toEqual(["2027-01-01", "2027-01-01"]);
  });

  it("as data: a number, the text, null when blank", () => {
    expect(["", "n:-1.5", "s:12", "f", "!", undefined, "b:TRUE"].map(entryValue)).toEqual([
      null,
      -1.5,
      "12",
      "(công thức)",
      "(không còn ô)",
      "(không còn ô)",
      "TRUE",
    ]);
    expect(["n:0", "n:7", "s:7", "", "f", undefined].map(entryNumber)).toEqual([
      0,
      7,
      null,
      null,
      null,
      null,
    ]);
  });
});
