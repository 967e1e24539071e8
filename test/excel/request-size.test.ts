// Every request the adapter sends while adding templates, measured through Microsoft's real Office.js client:
// each stays under 4 MB (Excel on the web refuses over 5 MB) for the largest choice, both forms in every variant.
import { planWorkbook } from "../../src/core";
import { ExcelWorkbook, writePhases } from "../../src/excel/excel-workbook";
import { queueFormats } from "../../src/excel/write-plan";
import { formsOf } from "../../src/core";
import { PROFILES, versionAtLeast } from "./fake-excel";
import { REQUEST_LIMIT, loadOfficeJsClient } from "./office-js-client";

const BUDGET = 4 * 1024 * 1024;
const largest = () =>
  planWorkbook({ forms: formsOf(["05", "06"], ["CD", "TD", "TH"]), existingSheets: ["Sheet1"] });

describe("request sizes through Microsoft's Office.js client", () => {
  it("the client refuses nothing of its own and the host stand-in refuses a request over 5 MB, as Excel on the web does", async () => {
    const client = loadOfficeJsClient();
    const error = await client
      .runner(async (context) => {
        const ws = context.workbook.worksheets.add("big");
        ws.getRange("A1:A2").values = [["x".repeat(3_000_000)], ["y".repeat(3_000_000)]];
        await context.sync();
      })
      .catch((e) => e);
    expect(client.requests[0].bytes).toBeGreaterThan(REQUEST_LIMIT);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it.each(PROFILES)(
    "adding both forms in every variant on $label: every request under 4 MB",
    async (profile) => {
      const supports = (v: string) => versionAtLeast(profile.excelApi, v);
      const plan = largest();
      const client = loadOfficeJsClient();
      await new ExcelWorkbook(client.runner, supports).addTemplates(plan);
      const phases = writePhases(plan, supports, false);
      const sizes = client.requests.map((r) => r.bytes);
      // The check before writing, one request per write phase, the settings run.
      expect(sizes).toHaveLength(1 + phases.length + 1);
      console.log(
        `${profile.label}: ${sizes.length} requests (bytes): check ${sizes[0]}; ` +
          phases.map((p, i) => `${p.step.replace(/…$/, "")} ${sizes[i + 1]}`).join("; ") +
          `; settings ${sizes[sizes.length - 1]}`
      );
      for (const size of sizes) expect(size).toBeLessThan(BUDGET);
    },
    120_000
  );

  it("the formats of every sheet in one request, as the adapter once sent them, would near Excel's 5 MB limit", async () => {
    const plan = largest();
    const client = loadOfficeJsClient();
    await client.runner(async (context) => {
      queueFormats(context, plan.sheets);
      await context.sync();
    });
    console.log(
      `formats of ${plan.sheets.length} sheets in one request: ${client.requests[0].bytes} bytes`
    );
    expect(client.requests[0].bytes).toBeGreaterThan(BUDGET);
  }, 120_000);
});
