#!/usr/bin/env node
/**
 * Draws the toolbar icons (public/icon/{16,32,48,128}.png; WXT adds them to the manifest): a
 * rounded square in the popup's accent green with three calm lines of "text". Run it again after
 * changing the drawing: `node scripts/make-icons.mjs`. No dependencies: a tiny PNG encoder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../public/icon');
const BACKGROUND = [0x2b, 0x6a, 0x58];
const INK = [0xf7, 0xf6, 0xf2];
const SUPERSAMPLE = 4;

/** Coverage of the shape at (x, y) in a unit square: rounded tile + three text lines cut out. */
function shapeAt(x, y) {
  const r = 0.22;
  const inside = (cx, cy) => cx >= 0 && cx <= 1 && cy >= 0 && cy <= 1;
  if (!inside(x, y)) return null;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const lines = [
    [0.24, 0.3, 0.76],
    [0.24, 0.47, 0.7],
    [0.24, 0.64, 0.56],
  ];
  const half = 0.055;
  for (const [x0, cy, x1] of lines) {
    if (Math.abs(y - cy) <= half && x >= x0 && x <= x1) return INK;
  }
  return BACKGROUND;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const color = shapeAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!color) continue;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 255;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = sum[3] / samples;
      const covered = sum[3] / 255 || 1;
      row.set([Math.round(sum[0] / covered), Math.round(sum[1] / covered), Math.round(sum[2] / covered), Math.round(alpha)], 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  fs.writeFileSync(path.join(OUT, `${size}.png`), png(size));
  console.log(`public/icon/${size}.png`);
}
