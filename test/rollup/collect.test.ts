// Who has reported: by the unit code the template recorded, else by the header's unit name.
import { checkWorkbook, collect, identityOf, summaryRows, type Unit } from "../../src/core";
import { report, thBoth } from "./reports";

const units: Unit[] = [
  { code: "A", name: "Chi cục THADS huyện An Dương", receiver: "" },
  { code: "B", name: "Chi cục THADS huyện Bình Giang", receiver: "" },
  { code: "C", name: "Chi cục THADS huyện Cẩm Giàng", receiver: "" },
];

describe("collect", () => {
  const plan = thBoth();

  it("finds a renamed file by its recorded code, a file without code by its unit name", () => {
    const renamed = report(plan, 1, { code: "a", unit: "tên gõ sai" });
    const byName = report(plan, 2, { unit: "  chi cục thads huyện   BÌNH GIANG" });
    const stranger = report(plan, 3, { code: "Z", unit: "Chi cục khác" });
    const result = collect(
      [
        { file: "bao-cao-quy.xlsx", identity: identityOf(renamed.snapshot) },
        { file: "b.xlsx", identity: identityOf(byName.snapshot) },
        { file: "z.xlsx", identity: identityOf(stranger.snapshot) },
        { file: "hong.xlsx" },
      ],
      units
    );
    expect(result.unitOf.get("bao-cao-quy.xlsx")?.code).toBe("A");
    expect(result.unitOf.get("b.xlsx")?.code).toBe("B");
    expect(result.missing.map((u) => u.code)).toEqual(["C"]);
    expect(result.unknown).toEqual(["z.xlsx"]);
  });
});

describe("summaryRows", () => {
  it("puts unreadable files first, then the most errors, with the first error's message", () => {
    const plan = thBoth();
    const ok = report(plan, 4, { code: "A", unit: "Chi cục A" });
    const bad = report(plan, 5, { code: "B", unit: "Chi cục B" });
    bad.snapshot.cells["TK05TH.P1.thu_ly_moi.ds"].value = -1;
    const rows = summaryRows([
      { file: "a.xlsx", identity: identityOf(ok.snapshot), ...checkWorkbook(ok.snapshot) },
      { file: "b.xlsx", identity: identityOf(bad.snapshot), ...checkWorkbook(bad.snapshot) },
      { file: "c.xlsx", error: "tệp không phải là sổ tính Excel (.xlsx)" },
    ]);
    expect(rows.map((r) => r.file)).toEqual(["c.xlsx", "b.xlsx", "a.xlsx"]);
    expect(rows[0]).toMatchObject({ errors: null, firstError: /Không đọc được tệp/ });
    expect(rows[1]).toMatchObject({ unitCode: "B", unit: "Chi cục B", period: "6 tháng/năm 2027" });
    expect(rows[1].errors).toBeGreaterThan(0);
    expect(rows[1].firstError).toMatch(/âm|negative/);
    expect(rows[2]).toMatchObject({ errors: 0, forms: "TK05TH, TK06TH", firstError: "" });
  });
});
