// The zip reader of the task pane: the same directory, the same limits and the same refusals as zip.ts, over
// a Uint8Array, with the browser's own inflate (asynchronous). The snapshot parser reads synchronously, so
// the parts are inflated ahead (`prefetch`); a part asked for and not yet inflated stops the parse with
// MissingPart, to be inflated and the parse run again. Whatever was inflated ahead, `read` counts only the
// parts the parser reads against the file's budget, as zip.ts does: both readers accept and refuse alike.
import { LIMITS } from "./limits";
import {
  ZIP_SIGNATURE,
  damagedZip,
  encryptedPart,
  partBudget,
  partTooBig,
  tooManyEntries,
  zip64,
  type Zip,
  type ZipEntry,
  type ZipPart,
} from "./zip-format";

/** What inflating one part gave: its bytes, or more than the limit, or an error after `produced` bytes. */
export type InflateOutcome =
  { bytes: Uint8Array } | { over: true } | { damaged: true; produced: number };

/** Inflates raw deflate data, stopping as soon as the output passes `limit` bytes. */
export type Inflate = (data: Uint8Array, limit: number) => Promise<InflateOutcome>;

/** The parser asked for a part that is not inflated yet. */
export class MissingPart extends Error {
  constructor(readonly part: string) {
    super(`part not inflated yet: ${part}`);
  }
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A part's bytes decoded as Node's Buffer decodes them. */
class BytesPart implements ZipPart {
  constructor(readonly bytes: Uint8Array) {}
  toString(encoding: "utf8" | "latin1"): string {
    if (encoding === "utf8") return utf8.decode(this.bytes);
    let out = "";
    for (let i = 0; i < this.bytes.length; i += 8192)
      out += String.fromCharCode(...this.bytes.subarray(i, i + 8192));
    return out;
  }
}

export interface BrowserZip extends Zip {
  /**
   * Inflates these parts ahead (those present, within a part's limit), as far as the file's budget; `asked`
   * inflates them whatever was inflated ahead already (a part the parser asked for).
   */
  prefetch(names: string[], asked?: boolean): Promise<void>;
  /** Starts a new parse: the budget counts from zero again. */
  restart(): void;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--)
    if (view.getUint32(i, true) === ZIP_SIGNATURE.end) return i;
  throw damagedZip();
}

export function openBrowserZip(bytes: Uint8Array, inflate: Inflate): BrowserZip {
  if (bytes.length < 22) throw damagedZip();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEndOfDirectory(view);
  const count = u16(end + 10);
  const dirOffset = u32(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw zip64();
  if (count > LIMITS.entries) throw tooManyEntries(count);
  const entries = new Map<string, ZipEntry>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== ZIP_SIGNATURE.central) throw damagedZip();
    const nameLength = u16(at + 28);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.replace(/^\//, ""), {
      name,
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }

  /** The entry's stored data, after the checks zip.ts makes before inflating. */
  const stored = (entry: ZipEntry): Uint8Array => {
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(local) !== ZIP_SIGNATURE.local) throw damagedZip();
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + entry.compressedSize > bytes.length) throw damagedZip();
    return bytes.subarray(start, start + entry.compressedSize);
  };

  const inflatedAhead = new Map<string, InflateOutcome>();
  let aheadBytes = 0;
  let inflated = 0;

  const read = (partName: string): ZipPart | undefined => {
    const entry = entries.get(partName);
    if (!entry) return undefined;
    if (entry.flags & 1) throw encryptedPart();
    const budget = partBudget(inflated);
    if (entry.size > budget) throw partTooBig(partName);
    const data = stored(entry);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      const outcome = inflatedAhead.get(partName);
      if (!outcome) throw new MissingPart(partName);
      if ("over" in outcome) throw partTooBig(partName);
      if ("damaged" in outcome)
        throw outcome.produced > budget ? partTooBig(partName) : damagedZip();
      out = outcome.bytes;
    } else throw damagedZip();
    if (out.length > budget) throw partTooBig(partName);
    inflated += out.length;
    return new BytesPart(out);
  };

  const prefetch = async (names: string[], asked = false): Promise<void> => {
    for (const name of names) {
      const entry = entries.get(name);
      if (!entry || entry.method !== 8 || entry.flags & 1 || inflatedAhead.has(name)) continue;
      if (entry.size > LIMITS.partBytes || (!asked && aheadBytes > LIMITS.totalBytes)) continue;
      let data: Uint8Array;
      try {
        data = stored(entry);
      } catch {
        continue; // read() gives the refusal when the parser asks for it
      }
      const outcome = await inflate(data, LIMITS.partBytes);
      if ("bytes" in outcome) aheadBytes += outcome.bytes.length;
      inflatedAhead.set(name, outcome);
    }
  };

  return {
    names: () => [...entries.keys()],
    has: (n) => entries.has(n),
    read,
    prefetch,
    restart: () => {
      inflated = 0;
    },
  };
}

/** Raw inflate by the browser's DecompressionStream, stopped as soon as it passes the limit. */
export const streamInflate: Inflate = async (data, limit) => {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // A damaged part errors the stream: the reader below says so; these promises must not go unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { over: true };
      }
      chunks.push(value);
    }
  } catch {
    return { damaged: true, produced: size };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
};

/** Whether this browser can inflate .xlsx parts (Chromium 103+, Safari 16.4+, Firefox 113+). */
export function canInflate(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}
