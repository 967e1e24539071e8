// ExcelJS compresses with a deflate written in JavaScript, slow until the engine has warmed it up; a
// workbook is written by it uncompressed (STORE) and compressed here with Node's zlib instead: the same
// parts, names, times and checksums, each entry deflated.
import { deflateRawSync } from "zlib";
import { ZIP_SIGNATURE } from "./zip-format";

const { end: EOCD, central: CENTRAL, local: LOCAL } = ZIP_SIGNATURE;

/** A zip whose entries are stored (as ExcelJS writes with STORE) → the same zip, its entries deflated. */
export function deflateStoredZip(zip: Buffer): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error("deflateStoredZip: not a zip");
  const count = zip.readUInt16LE(end + 10);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error("deflateStoredZip: damaged directory");
    const method = zip.readUInt16LE(at + 10);
    const flags = zip.readUInt16LE(at + 8) & ~0x8; // sizes in the local header: no data descriptor
    const time = zip.readUInt32LE(at + 12); // time and date
    const crc = zip.readUInt32LE(at + 16);
    const storedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + storedSize);
    const deflate = method === 0 && size > 0; // folders (empty) stay stored
    const data = deflate ? deflateRawSync(stored) : stored;
    const newMethod = deflate ? 8 : method;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4); // version needed: deflate
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(newMethod, 8);
    header.writeUInt32LE(time, 10);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameLength, 26);
    const entry = Buffer.alloc(46);
    zip.copy(entry, 0, at, at + 46);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(newMethod, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt16LE(0, 30); // no extra field
    entry.writeUInt16LE(0, 32); // no comment
    entry.writeUInt32LE(offset, 42);
    locals.push(header, name, data);
    centrals.push(entry, name);
    offset += 30 + nameLength + data.length;
    at += 46 + skip;
  }
  const directory = Buffer.concat(centrals);
  const tail = Buffer.alloc(22);
  tail.writeUInt32LE(EOCD, 0);
  tail.writeUInt16LE(count, 8);
  tail.writeUInt16LE(count, 10);
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, tail]);
}
