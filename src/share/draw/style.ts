// The share images' fonts and colours: the site's own (src/styles/global.css), dark text on white.
import type { GlyphFont } from '../glyph-font.ts';
import type { PublicityState } from '../../notices/derive/publicity.ts';
import type { SvgCanvas } from './svg-canvas.ts';

export interface ShareFonts {
  regular: GlyphFont;
  bold: GlyphFont;
}

export const COLOURS = {
  ink: '#1d1d1f',
  muted: '#4a4a50',
  accent: '#a4262c',
  onAccent: '#ffffff',
  paper: '#ffffff',
  line: '#d6d3cc',
  sample: '#fff4d6',
  sampleInk: '#4d3800',
} as const;

export const STATE_COLOURS: Record<PublicityState, string> = { upcoming: '#0b57a4', active: '#1e6b34', ended: '#4a4a50' };

/** The band across the top: the site's name, and 示例数据 on the right when the release is sample data. */
export function headerBand(canvas: SvgCanvas, fonts: ShareFonts, label: string, sample: boolean, { height, size, margin }: { height: number; size: number; margin: number }): void {
  canvas.rect(0, 0, canvas.width, height, COLOURS.accent);
  const baseline = Math.round(height / 2 + size * 0.36);
  canvas.text(label, margin, baseline, { font: fonts.bold, size, fill: COLOURS.onAccent });
  if (sample) sampleMark(canvas, fonts, canvas.width - margin, baseline, size);
}

/** 示例数据 on a pale yellow tag, ending at x: the same mark as the site's sample banner. */
export function sampleMark(canvas: SvgCanvas, fonts: ShareFonts, right: number, baseline: number, size: number): void {
  const text = '示例数据';
  const width = size * text.length;
  const pad = Math.round(size * 0.3);
  canvas.rect(right - width - 2 * pad, baseline - size - pad / 2 + size * 0.12, width + 2 * pad, size + pad * 1.2, COLOURS.sample);
  canvas.text(text, right - pad, baseline, { font: fonts.bold, size, fill: COLOURS.sampleInk }, 'end');
}
