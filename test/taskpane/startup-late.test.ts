// Office can become ready after the pane has shown its "office.js did not load" notice (a slow network, a
// busy Excel): the pane must still start then.
import { watchStartup, type Startup } from "../../src/taskpane/startup";

const HostType = { Excel: "Excel" };

describe("a late Office", () => {
  it("shows the notice after the timeout, then starts the pane when Office becomes ready", async () => {
    let ready!: (info: { host: unknown }) => void;
    const seen: Startup[] = [];
    watchStartup(
      {
        onReady: () => new Promise((r) => (ready = r)),
        HostType,
        context: { displayLanguage: "vi-VN" },
      },
      (s) => seen.push(s),
      10
    );
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([{ kind: "no-office" }]);
    ready({ host: "Excel" });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([{ kind: "no-office" }, { kind: "excel", displayLanguage: "vi-VN" }]);
  });

  it("starts at once, without the notice, when Office is ready in time", async () => {
    const seen: Startup[] = [];
    watchStartup({ onReady: async () => ({ host: "Excel" }), HostType }, (s) => seen.push(s), 50);
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual([{ kind: "excel", displayLanguage: undefined }]);
  });
});
