// The reader's scanners look only where a tag's name follows "<" (and a prefix) instead of trying every
// character: they must find exactly what the patterns they replace find, odd files included.
import { readSheet } from "../../src/files/sheet";
import { elements, searchTag } from "../../src/files/xml";

const ELEMENT = (local: string) =>
  new RegExp(
    `<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>)`,
    "g"
  );
const byPattern = (xml: string, local: string, from = 0) => {
  const re = ELEMENT(local);
  re.lastIndex = from;
  const found: [number, string, string][] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) found.push([m.index, m[1], m[3] ?? ""]);
  return found;
};
const byScan = (xml: string, local: string, from = 0) =>
  [...elements(xml, local, from)].map(
    (e) => [e.index, [...e.attrs].map(([k, v]) => ` ${k}="${v}"`).join(""), e.inner] as const
  );

const ODD = [
  `<mergeCells count="2"><mergeCell ref="A1:B1"/><x:mergeCell ref="C1:D1"></x:mergeCell></mergeCells>`,
  `<a mergeCell="1"/><mergeCellx ref="A1"/><p.q-r:mergeCell ref="A2:B2"/><:mergeCell ref="A3"/>`,
  `<mergeCell\u00a0ref="A4:B4"/><mergeCell\tref="A5:B5" /><mergeCellmergeCell ref="A6"/>`,
  `text mergeCell <mergeCell ref="A7"`,
  `<mergeCell:mergeCell ref="A8:A9"/><x:y:mergeCell ref="B8"/>`,
];

describe("tag scanners", () => {
  it.each(ODD)("finds the same elements as the pattern in %s", (xml) => {
    const expected = byPattern(xml, "mergeCell").map(([i, attrs, inner]) => [
      i,
      [...attrs.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join(""),
      inner,
    ]);
    expect(byScan(xml, "mergeCell")).toEqual(expected);
    for (const from of [1, 10, 40])
      expect(byScan(xml, "mergeCell", from).length).toBe(byPattern(xml, "mergeCell", from).length);
  });

  it("finds sheetData's start and end tags where xml.search finds them", () => {
    const start = /<(?:[\w.-]+:)?sheetData[\s>]/y;
    const end = /<\/(?:[\w.-]+:)?sheetData\s*>/y;
    for (const xml of [
      `<x:worksheet><x:sheetData><x:row r="1"/></x:sheetData ></x:worksheet>`,
      `<sheetDataX/><a>sheetData</a><sheetData\n></sheetData>`,
      `</sheetData><sheetData>`,
      `<sheetData/>`,
    ]) {
      expect(searchTag(xml, "sheetData", start)).toBe(xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/));
      expect(searchTag(xml, "sheetData", end, true)).toBe(
        xml.search(/<\/(?:[\w.-]+:)?sheetData\s*>/)
      );
    }
  });

  it("reads rows and cells with prefixes, odd spaces, unclosed cells and self-closing tags", () => {
    const xml =
      `<x:worksheet><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>3</x:v></x:c\u00a0>` +
      `<x:c r="C2"><x:f>B2+1</x:f><x:v>4</x:v></x:c><x:c r="D2"/><rowx/><cx r="Z9"/>` +
      `<c\u2003r="E2"><v>5</v></ c></c ><c r="F2"><v>6</v></x:row></x:sheetData></x:worksheet>`;
    const keys = (row: number, col: number) => row * 16_384 + (col - 1);
    const read = readSheet(xml, undefined, 10, { left: 100 }, "T");
    expect([...read.cells]).toEqual([
      [keys(2, 2), { type: "s", v: "3", f: undefined, s: 0 }],
      [keys(2, 3), { type: "n", v: "4", f: "B2+1", s: 0 }],
      [keys(2, 4), { type: "n", v: undefined, f: undefined, s: 0 }],
      [keys(2, 5), { type: "n", v: "5", f: undefined, s: 0 }],
      [keys(2, 6), { type: "n", v: "6", f: undefined, s: 0 }],
    ]);
  });
});
