// Draws the extension icon (images/icon.png, 128×128) without an image editor, so the
// icon can be regenerated on any machine: a keyhole between curly braces, i.e. a
// secret referenced from code. Shapes are signed distance functions, 4× supersampled.
//   node scripts/make-icon.mjs [out.png] [size]
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';

const out = process.argv[2] ?? new URL('../images/icon.png', import.meta.url).pathname;
const SIZE = Number(process.argv[3] ?? 128);
const SS = 4;

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function quad(p0, p1, p2, n = 16) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n,
      u = 1 - t;
    pts.push([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]]);
  }
  return pts;
}

// A left curly brace in a 0..1 unit box, as a polyline; the right one is its mirror.
function brace(mirror) {
  const pts = [
    ...quad([0.75, 0], [0.4, 0], [0.4, 0.2]),
    ...quad([0.4, 0.2], [0.4, 0.5], [0.05, 0.5]).slice(1),
    ...quad([0.05, 0.5], [0.4, 0.5], [0.4, 0.8]).slice(1),
    ...quad([0.4, 0.8], [0.4, 1], [0.75, 1]).slice(1),
  ];
  return mirror ? pts.map(([x, y]) => [1 - x, y]) : pts;
}

function place(pts, x, y, w, h) {
  return pts.map(([px, py]) => [x + px * w, y + py * h]);
}

const leftBrace = place(brace(false), 0.1, 0.24, 0.2, 0.52);
const rightBrace = place(brace(true), 0.7, 0.24, 0.2, 0.52);

function polyDist(px, py, pts) {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, segDist(px, py, pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]));
  return d;
}

function roundedRectDist(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r,
    hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx,
    qy = Math.abs(py - cy) - hy;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

// Keyhole: a circle on top of a trapezoid.
function keyholeDist(px, py) {
  const circle = Math.hypot(px - 0.5, py - 0.43) - 0.095;
  const top = 0.45,
    bottom = 0.69,
    halfTop = 0.035,
    halfBottom = 0.075;
  const t = Math.max(0, Math.min(1, (py - top) / (bottom - top)));
  const half = halfTop + (halfBottom - halfTop) * t;
  const trap = Math.max(Math.abs(px - 0.5) - half, top - py, py - bottom);
  return Math.min(circle, trap);
}

const BG_TOP = [0x2b, 0x3a, 0x8f];
const BG_BOTTOM = [0x12, 0x7a, 0x8a];
const FG = [0xff, 0xff, 0xff];
const KEY = [0xff, 0xc8, 0x3d];

function sample(x, y) {
  // Returns premultiplied [r, g, b, a] in 0..1.
  const bg = roundedRectDist(x, y, 0.02, 0.02, 0.98, 0.98, 0.2);
  if (bg > 0) return [0, 0, 0, 0];
  const mix = (a, b, t) => a.map((v, i) => (v + (b[i] - v) * t) / 255);
  let c = mix(BG_TOP, BG_BOTTOM, y);
  if (polyDist(x, y, leftBrace) < 0.035 || polyDist(x, y, rightBrace) < 0.035) c = FG.map((v) => v / 255);
  if (keyholeDist(x, y) < 0) c = KEY.map((v) => v / 255);
  return [...c, 1];
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let j = 0; j < SIZE; j++) {
  raw[j * (SIZE * 4 + 1)] = 0; // filter: none
  for (let i = 0; i < SIZE; i++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sj = 0; sj < SS; sj++) {
      for (let si = 0; si < SS; si++) {
        const [pr, pg, pb, pa] = sample((i + (si + 0.5) / SS) / SIZE, (j + (sj + 0.5) / SS) / SIZE);
        r += pr * pa;
        g += pg * pa;
        b += pb * pa;
        a += pa;
      }
    }
    const o = j * (SIZE * 4 + 1) + 1 + i * 4;
    const n = SS * SS;
    raw[o] = a ? Math.round((r / a) * 255) : 0;
    raw[o + 1] = a ? Math.round((g / a) * 255) : 0;
    raw[o + 2] = a ? Math.round((b / a) * 255) : 0;
    raw[o + 3] = Math.round((a / n) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`${out}: ${SIZE}×${SIZE}, ${png.length} bytes`);
