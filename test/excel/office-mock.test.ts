// The adapter's selection and edit subscription on office-addin-mock, Microsoft's mock of the Office.js API:
// which calls it makes and how many round trips.
import { OfficeMockObject } from "office-addin-mock";
import { ExcelWorkbook, type Runner } from "../../src/excel/excel-workbook";

function mockExcel() {
  const calls: string[] = [];
  const handlers: (() => Promise<void>)[] = [];
  const sheet = (name: string) => ({
    activate: () => calls.push(`activate ${name}`),
    getRanges: (refs: string) => ({ select: () => calls.push(`select ${name}!${refs}`) }),
  });
  const event = (kind: string) => ({
    add: (handler: () => Promise<void>) => {
      calls.push(`listen ${kind}`);
      handlers.push(handler);
      return { remove: () => calls.push(`stop ${kind}`) };
    },
  });
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: sheet,
          onChanged: event("changed"),
          onAdded: event("added"),
          onDeleted: event("deleted"),
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  const sync = jest.spyOn(mock.context, "sync");
  const runner: Runner = (batch) => batch(mock.context);
  // Microsoft 365 (ExcelApi 1.20): collection-level events and multi-area selection are there.
  return { calls, handlers, sync, excel: new ExcelWorkbook(runner, () => true) };
}

describe("ExcelWorkbook on office-addin-mock", () => {
  it("selects a finding's cells on their own sheet, activating it, in one sync", async () => {
    const { calls, sync, excel } = mockExcel();
    await excel.select(["'05-TH Trang 2'!F23", "'05-TH Trang 2'!F25", "'05-TH Trang 1'!F25"]);
    expect(calls).toEqual(["activate 05-TH Trang 2", "select 05-TH Trang 2!F23,F25"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("does nothing for a finding without cells", async () => {
    const { calls, sync, excel } = mockExcel();
    await excel.select([]);
    expect(calls).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
  });

  it("listens to cell edits and sheet changes in one sync, and stops in one more", async () => {
    const { calls, handlers, sync, excel } = mockExcel();
    const onEdit = jest.fn();
    const stop = await excel.subscribe(onEdit);
    expect(calls).toEqual(["listen added", "listen deleted", "listen changed"]);
    expect(sync).toHaveBeenCalledTimes(1);
    await handlers[2]();
    expect(onEdit).toHaveBeenCalledTimes(1);
    await stop();
    expect(calls.slice(3)).toEqual(["stop added", "stop deleted", "stop changed"]);
    expect(sync).toHaveBeenCalledTimes(2);
  });
});
