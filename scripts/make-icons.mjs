// Draws the add-in's icons into assets/: a green rounded sheet with white marks, anti-aliased by 4×4
// supersampling. Run `node scripts/make-icons.mjs` after changing a design; the PNGs are committed.
//   icon-{16,32,64,80,128}.png         the add-in (grid + tick); 32/64 for the manifest, 16/32/80 for the group
//   {insert,check,narrate,consolidate,selftest}-{16,32,80}.png   the ribbon buttons
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const SUBSAMPLES = 4;
const GREEN = [30, 113, 69, 255];
const WHITE = [255, 255, 255, 255];
const FAINT_WHITE = [255, 255, 255, 95];

// Shapes in unit coordinates (0..1 across the icon); each answers "is this point inside?".
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
/** A stroke from (ax, ay) to (bx, by) with round caps, half-width w. */
const stroke = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= w * w;
};
const union = (...shapes) => (x, y) => shapes.some((shape) => shape(x, y));
/** Strokes of half-width w through the points [x, y] in turn. */
const polyline = (w, ...points) => union(...points.slice(1).map(([bx, by], i) => stroke(...points[i], bx, by, w)));

const SHEET = roundRect(0.04, 0.04, 0.96, 0.96, 0.16);
const TICK = (w) => polyline(w, [0.27, 0.53], [0.44, 0.7], [0.76, 0.33]);

/** Layers drawn bottom to top: [shape, rgba]. `size` lets small icons drop detail that would only blur. */
const DESIGNS = {
  icon: (size) => [
    [SHEET, GREEN],
    ...(size >= 32
      ? [[union(...[0.35, 0.5, 0.65].map((y) => stroke(0.2, y, 0.8, y, 0.012)), stroke(0.4, 0.2, 0.4, 0.8, 0.012)), FAINT_WHITE]]
      : []),
    [TICK(size >= 32 ? 0.07 : 0.085), WHITE],
  ],
  insert: () => [
    [SHEET, GREEN],
    [union(stroke(0.5, 0.24, 0.5, 0.76, 0.08), stroke(0.24, 0.5, 0.76, 0.5, 0.08)), WHITE],
  ],
  check: () => [
    [SHEET, GREEN],
    [TICK(0.08), WHITE],
  ],
  narrate: () => [
    [SHEET, GREEN],
    [union(stroke(0.24, 0.3, 0.76, 0.3, 0.06), stroke(0.24, 0.5, 0.76, 0.5, 0.06), stroke(0.24, 0.7, 0.56, 0.7, 0.06)), WHITE],
  ],
  consolidate: () => [
    [SHEET, GREEN],
    // Σ: the sum of the units' reports.
    [polyline(0.065, [0.7, 0.25], [0.3, 0.25], [0.53, 0.5], [0.3, 0.75], [0.7, 0.75]), WHITE],
  ],
  selftest: () => [
    [SHEET, GREEN],
    // A pulse line: the add-in checking its own health in this Excel.
    [polyline(0.06, [0.18, 0.55], [0.36, 0.55], [0.46, 0.28], [0.56, 0.76], [0.65, 0.55], [0.82, 0.55]), WHITE],
  ],
};

function render(layers, size) {
  const png = new PNG({ width: size, height: size });
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average premultiplied colour over the subsamples; each subsample composites the layers "over".
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const [shape, [lr, lg, lb, la]] of layers) {
            if (!shape(x, y)) continue;
            const alpha = la / 255;
            cr = lr * alpha + cr * (1 - alpha);
            cg = lg * alpha + cg * (1 - alpha);
            cb = lb * alpha + cb * (1 - alpha);
            ca = alpha + ca * (1 - alpha);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = a / n;
      png.data[i] = alpha ? Math.round(r / n / alpha) : 0;
      png.data[i + 1] = alpha ? Math.round(g / n / alpha) : 0;
      png.data[i + 2] = alpha ? Math.round(b / n / alpha) : 0;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync(OUT, { recursive: true });
const files = [
  ...[16, 32, 64, 80, 128].map((size) => ['icon', size]),
  ...['insert', 'check', 'narrate', 'consolidate', 'selftest'].flatMap((name) => [16, 32, 80].map((size) => [name, size])),
];
for (const [name, size] of files) {
  const file = path.join(OUT, `${name}-${size}.png`);
  writeFileSync(file, render(DESIGNS[name](size), size));
  console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
}
