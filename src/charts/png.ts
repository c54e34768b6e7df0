// PNG downloads: the standalone SVGs rasterised at build time by resvg with the system's CJK font.
// resvg lays out each <text> against the font file (measured here: ~50 ms of CPU per label, 1–2 s per
// chart), so rendering runs on libuv's thread pool (renderAsync) while the pages go on being written.
import { renderAsync } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';

/** Twice the SVG's size: sharp on high-density screens and in print at column width. */
export const PNG_SCALE = 2;

/** Noto Sans CJK as Debian (fonts-noto-cjk) and Fedora/Arch install it. */
const CJK_FONT_FILES = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
  ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'],
] as const;

/** The CJK font files on this machine, or undefined: without them PNGs would lose every Chinese character. */
export function cjkFontFiles(): string[] | undefined {
  for (const family of CJK_FONT_FILES) {
    const present = family.filter((file) => existsSync(file));
    if (present.length > 0) return present;
  }
  return undefined;
}

/** One standalone SVG as PNG bytes, rendered off the JavaScript thread. */
export async function renderPng(svg: string, fontFiles: readonly string[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return image.asPng();
}
