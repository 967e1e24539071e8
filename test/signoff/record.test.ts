// The sign-off record's rows in THADS_META, exactly: the rows written, each way a record is damaged (with its
// reason), where a new record goes among other keys, the pieces of a long text, the time with its offset.
import {
  chunk,
  isoWithOffset,
  isSignoffKey,
  placeRecord,
  recordFromMeta,
  recordToRows,
  type SignoffRecord,
} from "../../src/core/signoff/record";

const FP = `sha256:${"ab".repeat(32)}`;
const record: SignoffRecord = {
  by: "Nguyễn Văn A",
  title: "Chi cục trưởng",
  at: "2027-04-05T09:30:00+07:00",
  standard: "THADS-TK",
  version: "2",
  fingerprint: FP,
  justifications: { "form.incomplete": "ô không phát sinh" },
  canonical: "THADS-SIGNOFF 1\n",
};
const ROWS: [string, string][] = [
  ["signoff.format", "1"],
  ["signoff.by", "Nguyễn Văn A"],
  ["signoff.title", "Chi cục trưởng"],
  ["signoff.at", "2027-04-05T09:30:00+07:00"],
  ["signoff.standard", "THADS-TK"],
  ["signoff.version", "2"],
  ["signoff.fingerprint", FP],
  ["signoff.justifications", '~{"form.incomplete":"ô không phát sinh"}'],
  ["signoff.values.1", "~THADS-SIGNOFF 1\n"],
];
const meta = (changes: Record<string, string | undefined> = {}) => {
  const rows: Record<string, string> = { standard: "THADS-TK", ...Object.fromEntries(ROWS) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete rows[key];
    else rows[key] = value;
  }
  return rows;
};
const damaged = (reason: string) => ({ kind: "damaged", reason });

describe("the record's rows", () => {
  it("writes every field, the justifications as JSON and the text marked against formulas", () => {
    expect(recordToRows(record)).toEqual(ROWS);
  });

  it("splits a long text into numbered pieces of 32,000 characters", () => {
    const canonical = "x".repeat(64001);
    const rows = recordToRows({ ...record, canonical });
    expect(rows.slice(8).map(([k, v]) => [k, v.length, v[0]])).toEqual([
      ["signoff.values.1", 32001, "~"],
      ["signoff.values.2", 32001, "~"],
      ["signoff.values.3", 2, "~"],
    ]);
    expect(recordFromMeta(Object.fromEntries(rows))).toEqual({
      kind: "record",
      record: { ...record, canonical },
    });
  });

  it("reads the rows back, with or without the marks", () => {
    expect(recordFromMeta(meta())).toEqual({ kind: "record", record });
    expect(
      recordFromMeta(
        meta({
          "signoff.justifications": "{}",
          "signoff.values.1": "THADS-SIGNOFF 1\nTK05CD",
          "signoff.values.2": "~.P1.a.b n:1\n",
          "signoff.values.4": "~lost",
        })
      )
    ).toEqual({
      kind: "record",
      record: { ...record, justifications: {}, canonical: "THADS-SIGNOFF 1\nTK05CD.P1.a.b n:1\n" },
    });
  });

  it("is none when the meta sheet holds no sign-off key", () => {
    expect(recordFromMeta(undefined)).toEqual({ kind: "none" });
    expect(recordFromMeta({})).toEqual({ kind: "none" });
    expect(recordFromMeta({ standard: "THADS-TK", "x.signoff.by": "A" })).toEqual({ kind: "none" });
  });

  it.each([
    [{ "signoff.title": undefined, "signoff.at": undefined }, "thiếu signoff.title, signoff.at"],
    [{ "signoff.format": undefined }, "thiếu signoff.format"],
    [{ "signoff.by": undefined }, "thiếu signoff.by"],
    [{ "signoff.standard": undefined }, "thiếu signoff.standard"],
    [{ "signoff.version": undefined }, "thiếu signoff.version"],
    [{ "signoff.fingerprint": undefined }, "thiếu signoff.fingerprint"],
    [{ "signoff.justifications": undefined }, "thiếu signoff.justifications"],
    [{ "signoff.format": "2" }, "định dạng 2 không được hỗ trợ"],
    [{ "signoff.justifications": "~{oops" }, "không đọc được signoff.justifications"],
    [{ "signoff.justifications": "~null" }, "không đọc được signoff.justifications"],
    [{ "signoff.justifications": "~[]" }, "không đọc được signoff.justifications"],
    [{ "signoff.justifications": '~"x"' }, "không đọc được signoff.justifications"],
    [{ "signoff.justifications": '~{"a":"x","b":1}' }, "không đọc được signoff.justifications"],
    [{ "signoff.values.1": undefined, "signoff.values.2": "~x" }, "thiếu signoff.values.1"],
    [{ "signoff.fingerprint": "md5:1" }, "signoff.fingerprint không phải SHA-256"],
    [
      { "signoff.fingerprint": `sha256:${"AB".repeat(32)}` },
      "signoff.fingerprint không phải SHA-256",
    ],
    [
      { "signoff.fingerprint": `sha256:${"a".repeat(63)}` },
      "signoff.fingerprint không phải SHA-256",
    ],
    [{ "signoff.fingerprint": ` ${FP}` }, "signoff.fingerprint không phải SHA-256"],
    [{ "signoff.fingerprint": `${FP}0` }, "signoff.fingerprint không phải SHA-256"],
  ])("is damaged: %j → %s", (changes, reason) => {
    expect(recordFromMeta(meta(changes))).toEqual(damaged(reason));
  });

  it("knows its keys by their prefix", () => {
    expect(
      ["signoff.by", "signoff.", "signoff", "x.signoff.by", "Signoff.by"].map(isSignoffKey)
    ).toEqual([true, true, false, false, false]);
  });
});

describe("placeRecord", () => {
  const rows: [string, string][] = [
    ["signoff.format", "1"],
    ["signoff.by", "B"],
    ["signoff.values.1", "~x"],
  ];
  it("writes after the last other key when there is no earlier record", () => {
    expect(placeRecord([], rows)).toEqual({ clear: [], startRow: 1, rows });
    expect(placeRecord(["standard", "", "forms", "", ""], rows)).toEqual({
      clear: [],
      startRow: 4,
      rows,
    });
  });

  it("overwrites a record that ends the sheet, clearing only the rows it does not cover", () => {
    const keys = [
      "standard",
      "signoff.format",
      "signoff.by",
      "signoff.values.1",
      "signoff.values.2",
    ];
    expect(placeRecord(keys, rows)).toEqual({ clear: [5], startRow: 2, rows });
    expect(placeRecord(["standard", "signoff.format"], rows)).toEqual({
      clear: [],
      startRow: 2,
      rows,
    });
    expect(placeRecord(["standard", "", "signoff.by", "", "signoff.x", "signoff.y"], rows)).toEqual(
      { clear: [6], startRow: 3, rows }
    );
  });

  it("clears a record followed by other keys and writes after them", () => {
    expect(placeRecord(["signoff.format", "signoff.by", "unit_code", ""], rows)).toEqual({
      clear: [1, 2],
      startRow: 4,
      rows,
    });
    expect(placeRecord(["standard", "signoff.a", "forms", "signoff.b", "signoff.c"], rows)).toEqual(
      {
        clear: [2],
        startRow: 4,
        rows,
      }
    );
  });
});

describe("chunk", () => {
  it("cuts every size characters, one short before a high surrogate", () => {
    expect(chunk("abcdef", 4)).toEqual(["abcd", "ef"]);
    expect(chunk("abcd", 2)).toEqual(["ab", "cd"]);
    expect(chunk("", 3)).toEqual([]);
    expect(chunk("ab😀cd", 3)).toEqual(["ab", "😀c", "d"]);
    expect(chunk("ab\ud83d", 3)).toEqual(["ab\ud83d"]);
    expect(chunk("a\ud800\udc00b", 2)).toEqual(["a", "\ud800\udc00", "b"]);
    expect(chunk("a\udbff\udfffb", 2)).toEqual(["a", "\udbff\udfff", "b"]);
    expect(chunk("a\ud7ffb", 2)).toEqual(["a\ud7ff", "b"]);
    expect(chunk("a\udc00b", 2)).toEqual(["a\udc00", "b"]);
    expect(chunk("x".repeat(32001)).map((p) => p.length)).toEqual([32000, 1]);
  });
});

describe("isoWithOffset", () => {
  it("gives the local time and the offset east of UTC", () => {
    const t = Date.UTC(2027, 0, 1, 0, 5, 9, 999);
    expect(isoWithOffset(t, 0)).toBe("2027-01-01T00:05:09+00:00");
    expect(isoWithOffset(t, 345)).toBe("2027-01-01T05:50:09+05:45");
    expect(isoWithOffset(t, -600)).toBe("2026-12-31T14:05:09-10:00");
    expect(isoWithOffset(t, -1)).toBe("2027-01-01T00:04:09-00:01");
  });
});
