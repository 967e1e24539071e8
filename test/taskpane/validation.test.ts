// The validation loop: a burst of edits is one read with no fixed wait; edits during a read cause exactly one
// more; blanks are progress while typing and warnings on a full check; errors are reported, not thrown;
// nothing runs after dispose.
import { createValidator, type ValidationReport } from "../../src/taskpane/validation";
import { seeded } from "../helpers/random";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";
import { FakePort } from "./fake-port";

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("createValidator", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("coalesces the edits of one task (a paste) into one read, without a fixed wait", async () => {
    const port = new FakePort();
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r));
    await v.start();
    for (let i = 0; i < 25; i++) port.edit();
    jest.advanceTimersByTime(0);
    await flush();
    expect(port.reads).toBe(2);
    expect(reports[1].afterEdit).toBe(true);
    expect(reports[0].afterEdit).toBe(false);
  });

  it("shows blanks as progress while typing and as warnings on a full check", async () => {
    const plan = planFor(["05"], ["TH"]);
    const port = new FakePort();
    const inputs = consistentInputs(plan, seeded(1));
    delete inputs["TK05TH.P1.nam_truoc.ds"];
    port.snapshot = snapshotOf(plan, inputs);
    const reports: ValidationReport[] = [];
    const v = createValidator(port, (r) => reports.push(r));
    await v.start();
    expect(reports[0].mode).toBe("typing");
    expect(reports[0].result?.findings.map((f) => f.rule)).not.toContain("form.incomplete");
    const total = [...plan.model.cells.values()].filter((d) => d.kind === "input").length;
    expect(reports[0].progress).toMatchObject({ filled: total - 1, total });
    await v.refresh();
    expect(reports[1].mode).toBe("full");
    expect(reports[1].result?.findings.map((f) => f.rule)).toContain("form.incomplete");
    expect(reports[1].result?.warnings).toBe(1);
  });

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
    port.snapshot = snapshotOf(plan, consistentInputs(plan, seeded(1)));
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
