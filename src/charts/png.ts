// PNG downloads: the standalone SVGs rasterised at build time by resvg with a CJK font from the npm registry.
// resvg lays out each <text> against the font file (measured here: ~50 ms of CPU per label, 1–2 s per
// chart), so rendering runs on libuv's thread pool (renderAsync) while the pages go on being written.
import { renderAsync } from '@resvg/resvg-js';
import { PNG_FONT_FAMILY } from './font.ts';

/** Twice the SVG's size: sharp on high-density screens and in print at column width. */
export const PNG_SCALE = 2;

/** One standalone SVG as PNG bytes, rendered off the JavaScript thread. */
export async function renderPng(svg: string, fontFiles: readonly string[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: PNG_FONT_FAMILY },
  });
  return image.asPng();
}
