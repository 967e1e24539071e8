// The bench's yardstick: merely unzipping and inflating every part of a file (central directory walked,
// each entry inflated), the least any reader of .xlsx must do.
import { inflateRawSync } from "zlib";

/** Inflates every entry of a zip; returns the total inflated bytes. */
export function inflateAll(zip: Buffer): number {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    total += method === 8 ? inflateRawSync(data).length : data.length;
    at += 46 + nameLength + extra + comment;
  }
  return total;
}

/** The same zip with a different archive comment: other bytes (another SHA-256), the same parts. */
export function withComment(zip: Buffer, comment: string): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const text = Buffer.from(comment, "utf8");
  const head = Buffer.from(zip.subarray(0, eocd + 22));
  head.writeUInt16LE(text.length, eocd + 20);
  return Buffer.concat([head, text]);
}
