// The article's guidance: every input row of every form carries it, short enough for Excel's input message.
import {
  FOOTER_FIELDS,
  FORMS,
  GUIDANCE_MAX,
  HEADER_FIELDS,
  HEADER_GUIDANCE,
  guidanceFor,
  type FormFamily,
  type Guidance,
} from "../../src/forms";
import { buildModel } from "../../src/core";

const families: FormFamily[] = ["05", "06"];

function inputRows(family: FormFamily): string[] {
  const rows = new Set<string>();
  for (const def of buildModel([`TK${family}CD`]).cells.values())
    if (def.kind === "input") rows.add(`${def.page.id}.${def.row.code}`);
  return [...rows];
}

function expectShort(guidance: Guidance | undefined, where: string) {
  expect({ where, has: guidance !== undefined }).toEqual({ where, has: true });
  for (const text of [guidance!.vi, guidance!.en]) {
    expect(text.trim().length).toBeGreaterThan(20);
    expect({ where, length: text.length, fits: text.length <= GUIDANCE_MAX }).toMatchObject({
      fits: true,
    });
  }
  expect(guidance!.section).toMatch(/^2(\.\d+)+$/);
}

describe("guidance from the article", () => {
  it.each(families)(
    "every input row of form %s has guidance that fits an input message",
    (family) => {
      const rows = inputRows(family);
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        const [page, code] = row.split(".");
        expectShort(guidanceFor(family, page as "P1", code), `${family} ${row}`);
      }
    }
  );

  it.each(families)("form %s has no guidance for rows it does not hold as inputs", (family) => {
    const rows = new Set(inputRows(family));
    expect(Object.keys(FORMS[family].guidance!.rows).filter((key) => !rows.has(key))).toEqual([]);
    expect(FORMS[family].family).toBe(family);
  });

  it("every header and footer field has guidance; Ngày nhận báo cáo is for the receiver", () => {
    for (const field of [...HEADER_FIELDS, ...FOOTER_FIELDS])
      expectShort(HEADER_GUIDANCE[field.code], field.code);
    expect(HEADER_GUIDANCE.ngay_nhan.vi).toMatch(/do đơn vị nhận báo cáo ghi/);
  });

  it("says what no total can check", () => {
    expect(guidanceFor("05", "P3", "xong_mien")!.vi).toMatch(/Giảm thì chưa xong về việc/);
    expect(guidanceFor("05", "P1", "xong_hoan_toan")!.vi).toMatch(
      /phần còn lại đã trả đơn, ủy thác.*không ghi ở mục nào khác/
    );
    expect(guidanceFor("05", "P1", "ly_do_khac")!.vi).toMatch(/không thuộc hoãn, tạm đình chỉ/);
    expect(guidanceFor("05", "P1", "thu_ly_moi")!.vi).toMatch(/chỉ tiêu cụ thể trước/);
    expect(guidanceFor("06", "P1", "mien_giam")!.vi).toMatch(/không có miễn, giảm về tài sản/);
  });
});
