// The sign-off write on office-addin-mock, Microsoft's mock of the Office.js API: the calls it makes, as
// text cells, in one undo group, and the plain fallback where Excel cannot group them.
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbook, type Runner } from "../../src/excel/excel-workbook";

function mockExcel(metaKeys: string[]) {
  const writes: { ref: string; prop: string; value: unknown }[] = [];
  const range = (ref: string) => {
    const r = {};
    for (const prop of ["values", "numberFormat"]) {
      Object.defineProperty(r, prop, {
        set: (value: unknown) => {
          writes.push({ ref, prop, value });
        },
        enumerable: true,
      });
    }
    return r;
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: () => ({
            isNullObject: false,
            // office-addin-mock wraps only the object tree it is given, not what its methods return
            getUsedRangeOrNullObject: () => ({
              isNullObject: false,
              rowIndex: 0,
              values: metaKeys.map((k) => [k, "x"]),
              load() {
                return this;
              },
            }),
            getRange: range,
          }),
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  const sync = jest.spyOn(mock.context, "sync");
  const options: unknown[] = [];
  return { writes, sync, options, mock };
}

describe("writeSignoff on office-addin-mock", () => {
  it("reads the meta keys, then writes the record as text in one sync, in one undo group", async () => {
    const { writes, sync, options, mock } = mockExcel(["standard", "version", "forms"]);
    const runner: Runner = (batch, o) => {
      options.push(o);
      return batch(mock.context);
    };
    await new ExcelWorkbook(runner).writeSignoff([
      ["signoff.format", "1"],
      ["signoff.by", "=Lê Thị C"],
    ]);
    expect(options).toEqual([{ mergeUndoGroup: true }]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(writes).toEqual([
      {
        ref: "A4:B5",
        prop: "numberFormat",
        value: [
          ["@", "@"],
          ["@", "@"],
        ],
      },
      {
        ref: "A4:B5",
        prop: "values",
        value: [
          ["signoff.format", "1"],
          // Excel's quote prefix: Range.values reads a leading "=" as a formula, even over a text format.
          ["signoff.by", "'=Lê Thị C"],
        ],
      },
    ]);
  });

  it("falls back to a plain run where Excel cannot group the writes (UndoNotSupported)", async () => {
    const { writes, mock } = mockExcel(["standard", "signoff.format", "signoff.by", "unit_code"]);
    const runner: Runner = (batch, o) =>
      o?.mergeUndoGroup
        ? Promise.reject(Object.assign(new Error("undo"), { code: "UndoNotSupported" }))
        : batch(mock.context);
    await new ExcelWorkbook(runner).writeSignoff([["signoff.format", "1"]]);
    expect(writes.map((w) => `${w.ref} ${w.prop}`)).toEqual([
      "A2:B2 values",
      "A3:B3 values",
      "A5:B5 numberFormat",
      "A5:B5 values",
    ]);
  });
});
