// Hand-made .xlsx containers for the hostile-file tests and bench: the parts of a real template, edited as
// text, written back into a zip whose directory may lie (a declared size smaller than the data), and huge parts
// deflated from repeated chunks so that a 450 MB sheet costs a few MB to make.
import { createDeflateRaw, crc32 } from "zlib";
import { openZip } from "../files/zip";

export type Parts = Map<string, Buffer>;

/** Every part of a zip (a template written by ExcelJS), by name. */
export function readParts(data: Buffer): Parts {
  const zip = openZip(data);
  return new Map(zip.names().map((name) => [name, zip.read(name)!]));
}

export interface BigPart {
  /** Written once, then `chunk` `times` times, then `tail`. */
  head: string;
  chunk: string;
  times: number;
  tail: string;
  /** What the zip's directory claims the inflated size is (default: the truth). */
  declaredSize?: number;
}

async function deflate(
  chunks: Iterable<Buffer>
): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  stream.on("data", (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
  await ended;
  return { data: Buffer.concat(out), crc, size };
}

function* bigChunks(part: BigPart): Iterable<Buffer> {
  yield Buffer.from(part.head);
  const chunk = Buffer.from(part.chunk.repeat(Math.max(1, Math.floor(65536 / part.chunk.length))));
  const per = chunk.length / part.chunk.length;
  let left = part.times;
  while (left >= per) {
    yield chunk;
    left -= per;
  }
  if (left > 0) yield Buffer.from(part.chunk.repeat(left));
  yield Buffer.from(part.tail);
}

/** A zip of these parts (deflated); a BigPart is streamed, and may declare a false size. */
export async function writeZip(parts: Map<string, Buffer | BigPart>): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of parts) {
    const { data, crc, size } = await deflate(Buffer.isBuffer(part) ? [part] : bigChunks(part));
    const declared = Buffer.isBuffer(part) ? size : (part.declaredSize ?? size);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** The part path of a sheet, by its name, from workbook.xml and its relationships. */
export function sheetPath(parts: Parts, sheet: string): string {
  const workbook = parts.get("xl/workbook.xml")!.toString("utf8");
  const rels = parts.get("xl/_rels/workbook.xml.rels")!.toString("utf8");
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    rels
  )!;
  return `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
}

/** Edits one part as text. */
export function edit(parts: Parts, path: string, change: (xml: string) => string): void {
  parts.set(path, Buffer.from(change(parts.get(path)!.toString("utf8")), "utf8"));
}

/** Adds a worksheet part (not referenced by any name) under the given sheet name. */
export function addSheet(
  parts: Map<string, Buffer | BigPart>,
  name: string,
  xml: Buffer | BigPart,
  n = 99
) {
  const p = parts as Parts;
  edit(p, "xl/workbook.xml", (x) =>
    x.replace("</sheets>", `<sheet name="${name}" sheetId="${n}" r:id="rIdHostile${n}"/></sheets>`)
  );
  edit(p, "xl/_rels/workbook.xml.rels", (x) =>
    x.replace(
      "</Relationships>",
      `<Relationship Id="rIdHostile${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/hostile${n}.xml"/></Relationships>`
    )
  );
  edit(p, "[Content_Types].xml", (x) =>
    x.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/hostile${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    )
  );
  parts.set(`xl/worksheets/hostile${n}.xml`, xml);
}
