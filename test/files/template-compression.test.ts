// Templates are written uncompressed by ExcelJS and compressed by zlib (src/files/zip-deflate.ts): the same
// parts, byte for byte, with the checksums ExcelJS computed.
import { buildTemplateWorkbook } from "../../src/files/write-template";
import { openZip } from "../../src/files/zip";
import { deflateStoredZip } from "../../src/files/zip-deflate";
import { planFor } from "../helpers/workbooks";

describe("template compression", () => {
  it("compresses every part ExcelJS stores, with its name, size and checksum kept", async () => {
    const plan = planFor(["05"], ["TH"]);
    const stored = Buffer.from(
      await (
        await buildTemplateWorkbook(plan)
      ).xlsx.writeBuffer({
        zip: { compression: "STORE" },
      } as object)
    );
    const written = deflateStoredZip(stored);
    expect(written.length).toBeLessThan(stored.length / 3);
    const before = openZip(stored);
    const after = openZip(written);
    expect(after.names()).toEqual(before.names());
    for (const name of before.names())
      expect([name, after.read(name)!.equals(before.read(name)!)]).toEqual([name, true]);
    // The directory's checksums are the stored ones (ExcelJS computed them over the same bytes).
    const crcs = (zip: Buffer) => {
      const out: number[] = [];
      for (let at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4))
        out.push(zip.readUInt32LE(at + 16));
      return out;
    };
    expect(crcs(written)).toEqual(crcs(stored));
  });
});
