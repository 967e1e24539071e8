// Draws the add-in's icons (a blue sheet with a white grid and a check mark) as PNGs in assets/.
// Run once when the design changes: node scripts/make-icons.js
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size) {
  const px = (x, y) => {
    const u = x / size;
    const v = y / size;
    const inside = u > 0.08 && u < 0.92 && v > 0.08 && v < 0.92;
    if (!inside) return [0, 0, 0, 0];
    const check = Math.abs(v - (0.62 + (u - 0.5) * -0.9)) < 0.06 && u > 0.42 && u < 0.8;
    const tick = Math.abs(v - (0.62 + (u - 0.42) * 1.0)) < 0.06 && u > 0.28 && u <= 0.44;
    if (check || tick) return [255, 255, 255, 255];
    const grid =
      [0.3, 0.52, 0.74].some((g) => Math.abs(v - g) < 0.02) ||
      [0.36, 0.64].some((g) => Math.abs(u - g) < 0.02);
    return grid ? [165, 200, 235, 255] : [15, 108, 189, 255];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++)
      Buffer.from(px(x + 0.5, y + 0.5)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
console.log("assets/icon-{16,32,64,80,128}.png written");
