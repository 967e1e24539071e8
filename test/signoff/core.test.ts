// The sign-off core: canonical text, fingerprint, record rows, verification and the changed cells named.
import fc from "fast-check";
import { webcrypto } from "node:crypto";
import {
  CHUNK_LENGTH,
  canonicalBytes,
  utf8Bytes,
  canonicalText,
  checkWorkbook,
  chunk,
  isoWithOffset,
  placeRecord,
  recordFromMeta,
  recordToRows,
  signReport,
  verifySignoff,
  type WorkbookSnapshot,
} from "../../src/core";
import { propertyRuns } from "../helpers/random";
import { AT, filledReport, nodeSha256, signed } from "./helpers";

const clone = (s: WorkbookSnapshot): WorkbookSnapshot => structuredClone(s);
const webSha256 = async (bytes: Uint8Array) =>
  Buffer.from(await webcrypto.subtle.digest("SHA-256", bytes)).toString("hex");

describe("canonical text and fingerprint", () => {
  it("Web Crypto (the pane) and node:crypto (files) give the same digest for the same text", async () => {
    const { snapshot } = filledReport();
    const text = canonicalText(snapshot);
    expect(await webSha256(canonicalBytes(text))).toBe(await nodeSha256(canonicalBytes(text)));
    const odd = "THADS-SIGNOFF 1\nTK05CD.P1.hdr.don_vi_bao_cao s:Chi cục THADS – Đắk Lắk 😀\n";
    expect(await webSha256(canonicalBytes(odd))).toBe(await nodeSha256(canonicalBytes(odd)));
  });

  it("encodes UTF-8 exactly as TextEncoder does, with or without TextEncoder", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect([...canonicalBytes(s)]).toEqual([...new TextEncoder().encode(s)]);
        expect([...utf8Bytes(s)]).toEqual([...new TextEncoder().encode(s)]);
      })
    );
  });

  it("names every data point and header field, sorted, with typed values", () => {
    const { snapshot } = filledReport(["05"], ["CD"]);
    const lines = canonicalText(snapshot).trimEnd().split("\n");
    expect(lines[0]).toBe("THADS-SIGNOFF 1");
    const names = lines.slice(1).map((l) => l.split(" ")[0]);
    expect(names).toEqual([...names].sort());
    expect(lines).toContain("TK05CD.P1.hdr.don_vi_bao_cao s:Chi cục THADS huyện Đông Anh");
    expect(lines.some((l) => /^TK05CD\.P1\.[a-z_]+\.[a-z_0-9]+ n:\d+$/.test(l))).toBe(true);
    // ngày nhận is filled by the receiving office after signing: not part of what is signed
    expect(names).not.toContain("TK05CD.P1.hdr.ngay_nhan");
  });

  it("does not depend on sheet names, sheet order or positions", () => {
    const { snapshot } = filledReport(["05"], ["CD", "TD", "TH"]);
    const moved = clone(snapshot);
    const entries = Object.entries(moved.cells).reverse();
    moved.cells = {};
    for (const [name, cell] of entries) {
      moved.cells[name] = cell.address
        ? {
            ...cell,
            address: {
              ...cell.address,
              sheet: `X ${cell.address.sheet}`,
              row: cell.address.row + 3,
            },
          }
        : cell;
    }
    expect(canonicalText(moved)).toBe(canonicalText(snapshot));
  });

  it("reads a date the same from Office.js (a serial) and from a file (ISO)", () => {
    const { snapshot } = filledReport(["05"], ["CD"]);
    const name = "TK05CD.P1.hdr.ky_bao_cao";
    const a = clone(snapshot);
    const b = clone(snapshot);
    a.cells[name] = { ...a.cells[name], value: { date: "46000" } };
    b.cells[name] = { ...b.cells[name], value: { date: "2025-12-09" } };
    expect(canonicalText(a)).toBe(canonicalText(b));
  });
});

describe("the record in the meta sheet", () => {
  it("round-trips through its rows, long canonical texts split under Excel's cell limit", async () => {
    const { snapshot } = filledReport();
    const record = await signed(snapshot);
    const rows = recordToRows(record);
    expect(rows.every(([, v]) => v.length <= 32767)).toBe(true);
    expect(rows.filter(([k]) => k.startsWith("signoff.values.")).length).toBe(
      Math.ceil(record.canonical.length / CHUNK_LENGTH)
    );
    expect(rows.every(([, v]) => !/^[=+\-@]/.test(v))).toBe(true);
    const parsed = recordFromMeta(Object.fromEntries(rows));
    expect(parsed).toEqual({ kind: "record", record });
  });

  it("never splits a surrogate pair", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 2, max: 9 }),
        (s, n) => {
          const pieces = chunk(s, n);
          expect(pieces.join("")).toBe(s);
          for (const p of pieces) expect(() => encodeURIComponent(p)).not.toThrow();
        }
      )
    );
  });

  it("is damaged, never a crash, when rows are missing or unreadable", () => {
    const meta = Object.fromEntries(
      recordToRows({
        by: "A",
        title: "",
        at: AT,
        standard: "S",
        version: "1",
        fingerprint: `sha256:${"0".repeat(64)}`,
        justifications: {},
        canonical: "THADS-SIGNOFF 1\n",
      })
    );
    expect(recordFromMeta({ ...meta, "signoff.justifications": "~{oops" }).kind).toBe("damaged");
    expect(recordFromMeta({ ...meta, "signoff.fingerprint": "md5:1" }).kind).toBe("damaged");
    const noSigner = { ...meta };
    delete noSigner["signoff.by"];
    expect(recordFromMeta(noSigner).kind).toBe("damaged");
    expect(recordFromMeta({ standard: "x" })).toEqual({ kind: "none" });
  });

  it("replaces an earlier sign-off in place and never moves other keys", () => {
    const keys = [
      "standard",
      "version",
      "forms",
      "signoff.format",
      "signoff.by",
      "signoff.values.1",
    ];
    const rows: [string, string][] = [
      ["signoff.format", "1"],
      ["signoff.by", "B"],
    ];
    expect(placeRecord(keys, rows)).toEqual({ clear: [6], startRow: 4, rows });
    const interleaved = ["standard", "signoff.format", "signoff.by", "unit_code"];
    expect(placeRecord(interleaved, rows)).toEqual({ clear: [2, 3], startRow: 5, rows });
    expect(placeRecord(["standard", "forms", ""], rows)).toEqual({ clear: [], startRow: 3, rows });
  });

  it("gives the time in ISO 8601 with the signer's offset", () => {
    expect(isoWithOffset(Date.UTC(2027, 3, 5, 2, 30), 420)).toBe("2027-04-05T09:30:00+07:00");
    expect(isoWithOffset(Date.UTC(2027, 3, 5, 2, 30), -90)).toBe("2027-04-05T01:00:00-01:30");
  });
});

describe("signing", () => {
  it("refuses a report with errors, and warnings without a justification", async () => {
    const { plan, snapshot } = filledReport(["05"], ["CD"]);
    const broken = clone(snapshot);
    const input = [...plan.model.cells.values()].find((d) => d.kind === "input")!.name;
    broken.cells[input] = { ...broken.cells[input], value: -1 };
    const refused = await signReport(
      broken,
      checkWorkbook(broken),
      { by: "A", at: AT },
      nodeSha256
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons[0].vi).toMatch(/còn \d+ lỗi/);

    const blank = clone(snapshot);
    blank.cells[input] = { ...blank.cells[input], value: null };
    const result = checkWorkbook(blank);
    const unjustified = await signReport(blank, result, { by: "A", at: AT }, nodeSha256);
    expect(!unjustified.ok && unjustified.reasons.map((r) => r.vi).join()).toMatch(
      /form\.incomplete/
    );
    const ok = await signReport(
      blank,
      result,
      { by: "A", at: AT, justifications: { "form.incomplete": "ô không phát sinh" } },
      nodeSha256
    );
    expect(ok.ok && ok.record.justifications).toEqual({ "form.incomplete": "ô không phát sinh" });
  });

  it("refuses without a signer", async () => {
    const { snapshot } = filledReport(["05"], ["CD"]);
    const out = await signReport(
      snapshot,
      checkWorkbook(snapshot),
      { by: "  ", at: AT },
      nodeSha256
    );
    expect(!out.ok && out.reasons[0].vi).toMatch(/họ tên/);
  });
});

describe("verification", () => {
  it("an unsigned report is unsigned; a signed and untouched one verifies", async () => {
    const { snapshot } = filledReport();
    expect((await verifySignoff(snapshot, nodeSha256)).state).toBe("unsigned");
    const record = await signed(snapshot);
    const status = await verifySignoff(snapshot, nodeSha256);
    expect(status).toMatchObject({ state: "signed", changes: [], findings: [] });
    expect(status.record).toEqual(record);
    expect(status.fingerprint).toBe(record.fingerprint);
  });

  it("a record whose values no longer match its fingerprint is form.damaged", async () => {
    const { snapshot } = filledReport(["05"], ["CD"]);
    await signed(snapshot);
    snapshot.meta!["signoff.values.1"] = snapshot.meta!["signoff.values.1"].replace("n:", "n:9");
    const status = await verifySignoff(snapshot, nodeSha256);
    expect(status.findings.map((f) => f.rule)).toEqual(["form.damaged"]);
    snapshot.meta!["signoff.values.1"] = "~garbage";
    expect((await verifySignoff(snapshot, nodeSha256)).findings[0].rule).toBe("form.damaged");
  });

  const report = filledReport(["05", "06"], ["CD", "TD", "TH"]);
  const names = Object.keys(report.snapshot.cells).filter(
    (n) => !report.snapshot.cells[n].formula && !n.endsWith(".ngay_nhan")
  );
  let signedSnapshot: WorkbookSnapshot;
  beforeAll(async () => {
    signedSnapshot = clone(report.snapshot);
    await signed(signedSnapshot);
  });

  it("a change to any one data point or header field is detected and named, old → new", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.string({ minLength: 1, maxLength: 12 })),
        async (name, value) => {
          const now = clone(signedSnapshot);
          const before = now.cells[name].value;
          fc.pre(value !== before && !(value === "" && (before === null || before === "")));
          now.cells[name] = { ...now.cells[name], value };
          const status = await verifySignoff(now, nodeSha256);
          expect(status.state).toBe("changed");
          expect(status.changes.map((c) => c.name)).toEqual([name]);
          const finding = status.findings[0];
          expect(finding).toMatchObject({
            rule: "signoff.changed",
            severity: "error",
            names: [name],
          });
          expect(finding.cells).toEqual([expect.stringContaining("!")]);
          if (typeof before === "number") expect(finding.left).toBe(before);
          if (typeof value === "number") expect(finding.right).toBe(value);
          expect(finding.after).toBe(String(value));
          expect(finding.message).toContain("Nguyễn Văn A");
        }
      ),
      { numRuns: propertyRuns(40) }
    );
  });

  it("a formula cell typed over with a number is a change", async () => {
    const now = clone(signedSnapshot);
    const name = Object.keys(now.cells).find((n) => now.cells[n].formula)!;
    now.cells[name] = { address: now.cells[name].address, value: 5 };
    const status = await verifySignoff(now, nodeSha256);
    expect(status.changes).toMatchObject([{ name, before: "f", after: "n:5" }]);
  });

  it("an unchanged report verifies, whatever its sheets are called or in which order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.boolean(),
        async (prefix, reverse) => {
          const now = clone(signedSnapshot);
          const entries = Object.entries(now.cells);
          if (reverse) entries.reverse();
          now.cells = Object.fromEntries(
            entries.map(([n, c]) => [
              n,
              c.address ? { ...c, address: { ...c.address, sheet: prefix + c.address.sheet } } : c,
            ])
          );
          expect((await verifySignoff(now, nodeSha256)).state).toBe("signed");
        }
      ),
      { numRuns: propertyRuns(20) }
    );
  });

  it("names a data point in the form's own terms", async () => {
    const now = clone(signedSnapshot);
    now.cells["TK05CD.P1.hdr.don_vi_bao_cao"].value = "Chi cục khác";
    const [finding] = (await verifySignoff(now, nodeSha256)).findings;
    expect(finding.message).toContain(
      "biểu 05 chủ động, Đơn vị báo cáo: lúc ký Chi cục THADS huyện Đông Anh, nay Chi cục khác"
    );
    expect(finding.messageEn).toContain("Changed after sign-off");
  });
});
