// The CJK font chart PNGs are drawn with: found without loading the renderer, so that the build can check it
// before Astro starts (src/build/build-site.ts, problem chart-font-missing).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC (SIL Open Font Licence) from the npm registry's @expo-google-fonts/noto-sans-sc, which ships the
 * plain TTFs resvg reads: `npm install` is enough on any machine, and every machine renders the same PNGs. Not the
 * system's fonts, which differ from machine to machine or are missing (a fresh Debian has no CJK font).
 */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'] as const;
export const PNG_FONT_FAMILY = 'Noto Sans SC';

/** The CJK font files, or undefined when the font package is not installed (the build then fails: chart-font-missing). */
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
