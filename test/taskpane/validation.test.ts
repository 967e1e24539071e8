// The validation loop: a burst of edits is one read; edits during a read cause exactly one more; errors are
// reported, not thrown; nothing runs after dispose.
import { createValidator, type ValidationReport } from "../../src/taskpane/validation";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";
import { FakePort } from "./fake-port";

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("createValidator", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("coalesces a burst of ten edits into one read after the debounce", async () => {
    const port = new FakePort();
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r), { debounceMs: 40 });
    await v.start();
    expect(port.reads).toBe(1);
    for (let i = 0; i < 10; i++) {
      port.edit();
      jest.advanceTimersByTime(10);
    }
    expect(port.reads).toBe(1);
    jest.advanceTimersByTime(40);
    await flush();
    expect(port.reads).toBe(2);
    expect(reports).toHaveLength(2);
  });

  it("runs exactly one more read for edits that arrive while a read is in flight", async () => {
    const port = new FakePort();
    let release!: () => void;
    const read = port.readSnapshot.bind(port);
    port.readSnapshot = async () => {
      await new Promise<void>((r) => (release = r));
      return read();
    };
    const v = createValidator(port, () => undefined, { debounceMs: 0 });
    const started = v.start();
    await flush();
    port.edit();
    jest.advanceTimersByTime(1);
    port.edit();
    jest.advanceTimersByTime(1);
    release();
    await flush();
    release();
    await started;
    await flush();
    expect(port.reads).toBe(2);
  });

  it("reports the findings of the workbook, and a read failure as a message", async () => {
    const plan = planFor(["05"], ["TH"]);
    const port = new FakePort();
    port.snapshot = snapshotOf(plan, consistentInputs(plan));
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r));
    await v.start();
    expect(reports[0].result?.forms).toEqual(["TK05TH"]);
    expect(reports[0].result?.errors).toBe(0);
    port.readSnapshot = async () => {
      throw new Error("Sổ tính đang bận");
    };
    await v.refresh();
    expect(reports[1]).toMatchObject({ error: "Sổ tính đang bận" });
  });

  it("stops listening on dispose", async () => {
    const port = new FakePort();
    const v = createValidator(port, () => undefined);
    await v.start();
    expect(port.subscribers).toBe(1);
    await v.dispose();
    expect(port.subscribers).toBe(0);
    port.edit();
    jest.advanceTimersByTime(100);
    await flush();
    expect(port.reads).toBe(1);
  });
});
