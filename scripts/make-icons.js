// @ts-check
"use strict";
/**
 * Draws the add-in's icons (16, 32, 64, 80 px) into assets/: a blue rounded square with
 * two white chevrons pointing up and right — a deal that advances. Run once after a
 * design change (`node scripts/make-icons.js`); the PNGs are committed.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the shape at unit coordinates (0..1): 0 transparent, 1 blue, 2 white. */
function shade(u, v) {
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return 0;
  const w = 0.075;
  // Two chevrons pointing up.
  for (const off of [0.14, -0.12]) {
    const y0 = 0.5 + off;
    if (
      segDist(u, v, 0.25, y0 + 0.14, 0.5, y0 - 0.11) < w ||
      segDist(u, v, 0.5, y0 - 0.11, 0.75, y0 + 0.14) < w
    )
      return 2;
  }
  return 1;
}

function draw(size) {
  const ss = 4; // supersampling for smooth edges
  const buf = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let blue = 0;
      let white = 0;
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const s = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (s === 1) blue++;
          else if (s === 2) white++;
        }
      }
      const n = ss * ss;
      const a = (blue + white) / n;
      const o = (y * size + x) * 4;
      if (a === 0) continue;
      const wf = white / (blue + white);
      buf[o] = Math.round(0x0f + (255 - 0x0f) * wf);
      buf[o + 1] = Math.round(0x6c + (255 - 0x6c) * wf);
      buf[o + 2] = Math.round(0xbd + (255 - 0xbd) * wf);
      buf[o + 3] = Math.round(255 * a);
    }
  }
  return png(size, buf);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
}
