// An image's SVG (text already outlines) → PNG: resvg without any font, then a palette PNG by sharp (libimagequant),
// which makes a card ~10 KB instead of ~34 KB as resvg writes it. Both run off the JavaScript thread.
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

/**
 * What decides the PNG besides the SVG: part of every cache key, so changing a setting here (or upgrading the
 * renderer) makes every image again. 16 colours hold the few flat colours and their anti-aliased edges; no
 * dithering (flat text and QR modules need none, and dithered noise compresses badly).
 */
const PALETTE = { palette: true, colors: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;
export const RENDER_SETTINGS = `resvg-js@2 no-fonts; sharp png ${JSON.stringify(PALETTE)}; v1`;

export async function renderSharePng(svg: string): Promise<Buffer> {
  const rendered = await renderAsync(svg, { font: { loadSystemFonts: false } });
  const { width, height } = rendered;
  // The RGBA pixels go to the palette as they are: every image paints an opaque background, and for opaque pixels
  // the PNG is byte for byte the one written after removeAlpha(), whose extra copy of the pixels cost ~25 % of the
  // encoding (measured over the 932 images at 100,000 honorees: 3.5 s → 2.7 s of CPU for a third of them).
  return sharp(rendered.pixels, { raw: { width, height, channels: 4 } }).png(PALETTE).toBuffer();
}
