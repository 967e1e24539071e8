// The task pane's reader (browser-reader.ts: DecompressionStream over a Uint8Array) against the command
// line's (zlib over a Buffer) on the same files: a filled report, a template, and every hostile and careless
// case — the same snapshot, or the same refusal in the same words.
import { COMPLETE_HEADER, consistentInputs } from "../helpers/workbooks";
import { planWorkbook, type WorkbookSnapshot } from "../../src/core";
import { formInstance } from "../../src/forms";
import { ReportReadError, readSnapshot, templateBuffer } from "../../src/files";
import { readReportBytes } from "../../src/files/browser-reader";
import { streamInflate, type Inflate } from "../../src/files/browser-zip";
import { hostileCases, type HostileCase } from "../../src/bench/hostile-cases";
import { fill } from "../helpers/xlsx";

type Outcome = { snapshot: WorkbookSnapshot } | { refused: string };

const viaNode = (data: Buffer): Outcome => {
  try {
    return { snapshot: readSnapshot(data) };
  } catch (error) {
    if (error instanceof ReportReadError) return { refused: error.message };
    throw error;
  }
};

const viaBrowser = async (data: Uint8Array, inflate?: Inflate): Promise<Outcome> => {
  try {
    return { snapshot: await readReportBytes(data, inflate) };
  } catch (error) {
    if (error instanceof ReportReadError) return { refused: error.message };
    throw error;
  }
};

/** The bytes as the browser has them: a plain Uint8Array, no Buffer methods. */
const plain = (data: Buffer) => new Uint8Array(data);

const plan = planWorkbook({
  forms: [formInstance("05", "TH"), formInstance("06", "TH")],
  header: COMPLETE_HEADER,
});
let template: Buffer;
let filled: Buffer;
let cases: HostileCase[];

beforeAll(async () => {
  template = await templateBuffer(plan);
  filled = await fill(
    template,
    plan,
    consistentInputs(plan, () => 0.37)
  );
  cases = await hostileCases(filled, plan);
}, 120_000);

describe("the browser reader reads what the Node reader reads", () => {
  it("a filled report and a blank template give the same snapshot", async () => {
    for (const data of [filled, template]) {
      const node = viaNode(data);
      expect("snapshot" in node).toBe(true);
      expect(await viaBrowser(plain(data))).toEqual(node);
    }
  });

  it("every hostile or careless file gets the same snapshot or the same refusal", async () => {
    expect(cases.length).toBeGreaterThan(10);
    const refused = [];
    for (const c of cases) {
      const node = viaNode(c.data);
      const browser = await viaBrowser(plain(c.data));
      expect({ id: c.id, ...browser }).toEqual({ id: c.id, ...node });
      if ("refused" in node) refused.push(c.id);
    }
    // The comparison covers refusals too (huge parts, lying sizes, not an .xlsx).
    expect(refused.length).toBeGreaterThan(3);
  }, 120_000);

  it("stops inflating a part as soon as it passes the limit", async () => {
    const huge = cases.find((c) => c.id === "bomb-lying");
    expect(huge).toBeDefined();
    let largest = 0;
    const counting: Inflate = async (data, limit) => {
      const outcome = await streamInflate(data, limit);
      if ("bytes" in outcome) largest = Math.max(largest, outcome.bytes.length);
      return outcome;
    };
    const outcome = await viaBrowser(plain(huge!.data), counting);
    expect(outcome).toEqual(viaNode(huge!.data));
    expect(largest).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  it("a part the usual layout does not name is still found (read on demand)", async () => {
    // Move every sheet to a folder no prefetch expects; the parse asks for them one by one.
    const { readParts } = await import("../../src/bench/hostile-zip");
    const parts = readParts(filled);
    const moved = new Map<string, Buffer>();
    for (const [name, data] of parts) {
      const to = name.replace("xl/worksheets/", "xl/elsewhere/");
      const text = /\.(xml|rels)$/.test(name) ? data.toString("utf8") : undefined;
      moved.set(
        to,
        text !== undefined ? Buffer.from(text.replace(/worksheets\//g, "elsewhere/"), "utf8") : data
      );
    }
    const { writeZip } = await import("../../src/bench/hostile-zip");
    const data = await writeZip(moved);
    const node = viaNode(data);
    expect("snapshot" in node).toBe(true);
    expect(await viaBrowser(plain(data))).toEqual(node);
  });
});
