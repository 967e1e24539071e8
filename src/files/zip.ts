// A small, bounded zip reader for .xlsx: the central directory, then only the parts asked for, inflated with
// a hard ceiling on their size (a 2 MB file may claim or hold a 450 MB sheet).
import { inflateRawSync } from "zlib";
import { LIMITS } from "./limits";
import {
  ZIP_SIGNATURE,
  damagedZip as damaged,
  encryptedPart,
  partBudget,
  partTooBig,
  tooManyEntries,
  zip64,
  type ZipEntry as Entry,
  type Zip,
} from "./zip-format";

export type { Zip } from "./zip-format";

/** On Node the parts are Buffers. */
export interface NodeZip extends Zip {
  read(name: string): Buffer | undefined;
}

const { end: EOCD, central: CENTRAL, local: LOCAL } = ZIP_SIGNATURE;

function findEndOfDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw damaged();
}

export function openZip(buf: Buffer): NodeZip {
  if (buf.length < 22) throw damaged();
  const end = findEndOfDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw zip64();
  if (count > LIMITS.entries) throw tooManyEntries(count);
  const entries = new Map<string, Entry>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw damaged();
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name.replace(/^\//, ""), {
      name,
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }

  let inflated = 0;
  const read = (partName: string): Buffer | undefined => {
    const entry = entries.get(partName);
    if (!entry) return undefined;
    if (entry.flags & 1) throw encryptedPart();
    const tooBig = () => partTooBig(partName);
    const budget = partBudget(inflated);
    if (entry.size > budget) throw tooBig();
    const local = entry.localOffset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw damaged();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + entry.compressedSize > buf.length) throw damaged();
    const data = buf.subarray(start, start + entry.compressedSize);
    let out: Buffer;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        // The declared size may lie: the ceiling is enforced on what inflating actually produces.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooBig();
        throw damaged();
      }
    } else throw damaged();
    if (out.length > budget) throw tooBig();
    inflated += out.length;
    return out;
  };

  return { names: () => [...entries.keys()], has: (n) => entries.has(n), read };
}
