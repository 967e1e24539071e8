// What Excel does to the validation loop: a read refused while the officer types in a cell keeps the last
// findings and is retried; a failed subscription is reported and retried; manual calculation is told.
import { createValidator, type ValidationReport } from "../../src/taskpane/validation";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";
import { FakePort } from "./fake-port";

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const cellEdit = () =>
  Object.assign(new Error("Excel is in cell-editing mode"), {
    code: "InvalidOperationInCellEditMode",
  });

describe("the validation loop against Excel's refusals", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("keeps the last findings while the officer edits a cell, and checks again afterwards", async () => {
    const plan = planFor(["05"], ["TH"]);
    const port = new FakePort();
    port.snapshot = snapshotOf(plan, consistentInputs(plan, seeded(1)));
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r), { debounceMs: 0, retryMs: 500 });
    await v.start();
    expect(reports).toHaveLength(1);
    const read = port.readSnapshot.bind(port);
    let refusals = 2;
    port.readSnapshot = async () => {
      if (refusals-- > 0) throw cellEdit();
      return read();
    };
    await v.refresh();
    // No error replaces the findings.
    expect(reports).toHaveLength(1);
    jest.advanceTimersByTime(500);
    await flush();
    expect(reports).toHaveLength(1); // refused again: still the same findings, still no error
    jest.advanceTimersByTime(500);
    await flush();
    expect(reports).toHaveLength(2);
    expect(reports.every((r) => !r.error && r.result)).toBe(true);
    await v.dispose();
  });

  it("reports a failed subscription, keeps checking on request, and retries until it listens", async () => {
    const port = new FakePort();
    const subscribe = port.subscribe.bind(port);
    let failures = 2;
    port.subscribe = async (onEdit) => {
      if (failures-- > 0) throw new Error("GeneralException");
      return subscribe(onEdit);
    };
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r), { debounceMs: 0, retryMs: 100 });
    await v.start();
    expect(reports[0].notices).toEqual(["notListening"]);
    expect(reports[0].listenError).toMatch(/GeneralException/);
    expect(reports[0].result?.findings).toEqual([]); // the first check ran anyway, on a consistent report
    expect(port.subscribers).toBe(0);
    jest.advanceTimersByTime(100);
    await flush();
    expect(port.subscribers).toBe(0);
    jest.advanceTimersByTime(200);
    await flush();
    expect(port.subscribers).toBe(1);
    const latest = reports[reports.length - 1];
    expect(latest.notices ?? []).not.toContain("notListening");
    const reads = port.reads;
    port.edit();
    jest.advanceTimersByTime(0);
    await flush();
    expect(port.reads).toBeGreaterThan(reads);
    await v.dispose();
  });

  it("tells the officer when Excel calculates manually", async () => {
    const port = new FakePort();
    port.snapshot = { cells: {}, calculation: "manual" };
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r));
    await v.start();
    expect(reports[0].notices).toEqual(["manualCalculation"]);
    await v.dispose();
  });
});
