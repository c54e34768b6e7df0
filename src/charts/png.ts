// PNG downloads: the standalone SVGs rasterised at build time by resvg with a CJK font from the npm registry.
// resvg lays out each <text> against the font file (measured here: ~50 ms of CPU per label, 1–2 s per
// chart), so rendering runs on libuv's thread pool (renderAsync) while the pages go on being written.
import { renderAsync } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Twice the SVG's size: sharp on high-density screens and in print at column width. */
export const PNG_SCALE = 2;

/**
 * Noto Sans SC (SIL Open Font Licence) from the npm registry's @expo-google-fonts/noto-sans-sc, which ships the
 * plain TTFs resvg reads: `npm install` is enough on any machine, and every machine renders the same PNGs. Not the
 * system's fonts, which differ from machine to machine or are missing (a fresh Debian has no CJK font).
 */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'] as const;
export const PNG_FONT_FAMILY = 'Noto Sans SC';

/** The CJK font files, or undefined when the font package is not installed (the build then fails, naming it). */
export function cjkFontFiles(): string[] | undefined {
  const require = createRequire(import.meta.url);
  try {
    const files = FONT_FILES.map((file) => require.resolve(`${FONT_PACKAGE}/${file}`));
    return files.every((file) => existsSync(file)) ? files : undefined;
  } catch {
    return undefined;
  }
}

/** What the build says when the font is missing: PNG downloads are promised on every chart page. */
export const MISSING_FONT_MESSAGE = {
  zh: `缺少图表 PNG 所需的中文字体（npm 包 ${FONT_PACKAGE}）：请运行 npm install。`,
  en: `The CJK font for chart PNGs (npm package ${FONT_PACKAGE}) is missing: run npm install.`,
};

/** One standalone SVG as PNG bytes, rendered off the JavaScript thread. */
export async function renderPng(svg: string, fontFiles: readonly string[]): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: PNG_FONT_FAMILY },
  });
  return image.asPng();
}
