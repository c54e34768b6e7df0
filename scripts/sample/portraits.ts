// Abstract portrait silhouettes for the sample honorees who consented to a photo.
//
// They are deliberately not faces: the sample must show how photos are laid out
// without depicting anyone. Colours vary per honoree so pages look distinct.

import type { Gender } from './person-names.ts';
import { encodePng } from './png.ts';
import type { Random } from './random.ts';

export const PORTRAIT_WIDTH = 240;
export const PORTRAIT_HEIGHT = 300;

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;

const BACKGROUNDS: readonly Rgb[] = [
  [222, 235, 247],
  [232, 240, 224],
  [250, 236, 222],
  [238, 230, 245],
  [245, 242, 220],
];
const SKIN: readonly Rgb[] = [
  [241, 210, 178],
  [226, 188, 152],
  [208, 166, 128],
];
const CLOTHES: readonly Rgb[] = [
  [52, 92, 148],
  [140, 52, 52],
  [64, 112, 84],
  [96, 96, 104],
  [180, 120, 40],
];
const HAIR: Rgb = [48, 40, 36];

const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (x, y) => {
    const dx = (x - cx) / rx;
    const dy = (y - cy) / ry;
    return dx * dx + dy * dy <= 1;
  };
const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** Layers from back to front; the front-most layer containing a point gives its colour. */
function layers(gender: Gender, random: Random): [Shape, Rgb][] {
  const skin = random.pick(SKIN);
  const clothes = random.pick(CLOTHES);
  const head = ellipse(120, 120, 44, 52);
  const body: [Shape, Rgb][] = [
    [ellipse(120, 318, 112, 118), clothes],
    [rect(104, 160, 136, 206), skin],
    [head, skin],
  ];
  if (gender === '女') return [[ellipse(120, 142, 60, 84), HAIR], ...body];
  // Short hair: the top of the head, above a gently curved hairline.
  const hairline: Shape = (x, y) => head(x, y) && y < 96 + ((x - 120) / 44) ** 2 * 14;
  return [...body, [hairline, HAIR]];
}

export function drawPortrait(gender: Gender, random: Random): Buffer {
  const background = random.pick(BACKGROUNDS);
  const shapes = layers(gender, random);
  // Which layer covers each pixel corner (-1: background); each pixel averages its four
  // corners, a cheap 2×2 supersampling that smooths the outlines.
  const gridWidth = PORTRAIT_WIDTH + 1;
  const cover = new Int8Array(gridWidth * (PORTRAIT_HEIGHT + 1));
  for (let y = 0; y <= PORTRAIT_HEIGHT; y++) {
    for (let x = 0; x <= PORTRAIT_WIDTH; x++) {
      let layer = shapes.length - 1;
      while (layer >= 0 && !shapes[layer]![0](x, y)) layer -= 1;
      cover[y * gridWidth + x] = layer;
    }
  }
  const pixels = new Uint8Array(PORTRAIT_WIDTH * PORTRAIT_HEIGHT * 3);
  const colours = shapes.map(([, colour]) => colour);
  for (let y = 0; y < PORTRAIT_HEIGHT; y++) {
    // A faint vertical gradient behind the figure.
    const shade = 1 - (y / PORTRAIT_HEIGHT) * 0.08;
    const backdrop: Rgb = [background[0] * shade, background[1] * shade, background[2] * shade];
    const colourOf = (corner: number): Rgb => {
      const layer = cover[corner]!;
      return layer < 0 ? backdrop : colours[layer]!;
    };
    for (let x = 0; x < PORTRAIT_WIDTH; x++) {
      const top = y * gridWidth + x;
      const a = colourOf(top);
      const b = colourOf(top + 1);
      const c = colourOf(top + gridWidth);
      const d = colourOf(top + gridWidth + 1);
      const i = (y * PORTRAIT_WIDTH + x) * 3;
      for (let channel = 0; channel < 3; channel++) {
        pixels[i + channel] = Math.round((a[channel]! + b[channel]! + c[channel]! + d[channel]!) / 4);
      }
    }
  }
  return encodePng({ width: PORTRAIT_WIDTH, height: PORTRAIT_HEIGHT, pixels });
}
