import { PNG } from 'pngjs';

/**
 * The picture every baked badge shows: a gold rosette seal with a navy disc and a white tick,
 * 256 × 256, transparent around it. Drawn here once rather than kept as a file, so that the build
 * copies no asset and the picture is reviewable as code; the credential is what differs per badge.
 */
const SIZE = 256;
const CENTRE = SIZE / 2;

type Rgb = readonly [number, number, number];
const GOLD: Rgb = [201, 162, 39];
const LIGHT_GOLD: Rgb = [236, 205, 110];
const NAVY: Rgb = [31, 58, 104];
const WHITE: Rgb = [255, 255, 255];

/** A shape as its signed distance in pixels from a point to its edge (negative inside). */
type Shape = (x: number, y: number) => number;

const disc =
  (radius: number): Shape =>
  (x, y) =>
    Math.hypot(x - CENTRE, y - CENTRE) - radius;

/** A disc whose edge waves in and out `points` times: the scalloped rim of a seal. */
const rosette =
  (radius: number, depth: number, points: number): Shape =>
  (x, y) =>
    Math.hypot(x - CENTRE, y - CENTRE) -
    (radius + depth * Math.cos(points * Math.atan2(y - CENTRE, x - CENTRE)));

const ring =
  (radius: number, width: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - CENTRE, y - CENTRE) - radius) - width / 2;

/** A stroke of the given width along a polyline, with round joins and ends. */
const stroke =
  (points: readonly (readonly [number, number])[], width: number): Shape =>
  (x, y) => {
    let nearest = Infinity;
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [dx, dy] = [points[i]![0] - ax, points[i]![1] - ay];
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    return nearest - width / 2;
  };

/** Back to front; each layer is painted over the ones before it, its edge anti-aliased. */
const LAYERS: readonly (readonly [Shape, Rgb])[] = [
  [rosette(118, 6, 24), GOLD],
  [ring(100, 4), LIGHT_GOLD],
  [disc(92), NAVY],
  [ring(84, 2), LIGHT_GOLD],
  [
    stroke(
      [
        [88, 130],
        [116, 158],
        [170, 98],
      ],
      18,
    ),
    WHITE,
  ],
];

/** The picture's RGBA samples, row after row. */
function pixels(): Buffer {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [shape, colour] of LAYERS) {
        const cover = Math.max(0, Math.min(1, 0.5 - shape(x + 0.5, y + 0.5)));
        if (cover === 0) continue;
        // The layer over what is below it ("over" compositing, straight alpha).
        const under = a * (1 - cover);
        a = cover + under;
        r = (colour[0] * cover + r * under) / a;
        g = (colour[1] * cover + g * under) / a;
        b = (colour[2] * cover + b * under) / a;
      }
      const at = (y * SIZE + x) * 4;
      rgba[at] = Math.round(r);
      rgba[at + 1] = Math.round(g);
      rgba[at + 2] = Math.round(b);
      rgba[at + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

let drawn: Buffer | undefined;

/** The badge picture as a PNG file (written by pngjs), drawn on first use and kept. */
export function badgeImage(): Buffer {
  if (drawn) return drawn;
  const png = new PNG({ width: SIZE, height: SIZE });
  png.data = pixels();
  // Rows unfiltered and zlib's default strategy: for this flat-coloured picture that is 12 KB,
  // where pngjs's defaults (adaptive filtering, run-length strategy) made 23 KB.
  drawn = PNG.sync.write(png, { deflateLevel: 9, filterType: 0, deflateStrategy: 0 });
  return drawn;
}
