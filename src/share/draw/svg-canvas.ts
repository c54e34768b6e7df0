// One image being drawn: text written as glyph outlines (each glyph's outline once in <defs>, placed with <use>),
// rectangles and the QR code, into a standalone SVG that resvg renders without any font.
import QRCode from 'qrcode';
import { escapeXml } from '../../site/escape.ts';
import type { GlyphFont } from '../glyph-font.ts';
import { textWidth } from '../text-layout.ts';

export interface TextStyle {
  font: GlyphFont;
  /** px */
  size: number;
  fill: string;
}

export class SvgCanvas {
  readonly width: number;
  readonly height: number;
  readonly #defs = new Map<string, string>();
  readonly #body: string[] = [];

  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    this.rect(0, 0, width, height, background);
  }

  rect(x: number, y: number, width: number, height: number, fill: string): void {
    this.#body.push(`<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${escapeXml(fill)}"/>`);
  }

  /** One line of text with its baseline at y, starting at x (or ending there when `align` is end). */
  text(line: string, x: number, y: number, { font, size, fill }: TextStyle, align: 'start' | 'end' = 'start'): void {
    const scale = size / font.unitsPerEm;
    const left = align === 'end' ? x - textWidth(line, font, size) : x;
    const uses: string[] = [];
    let at = 0;
    for (const char of line) {
      const glyph = font.glyph(char);
      if (glyph.path !== '') {
        const id = `${font.id}${glyph.index}`;
        if (!this.#defs.has(id)) this.#defs.set(id, `<path id="${id}" d="${glyph.path}"/>`);
        uses.push(at === 0 ? `<use href="#${id}"/>` : `<use href="#${id}" x="${at}"/>`);
      }
      at += glyph.advance;
    }
    if (uses.length > 0) this.#body.push(`<g fill="${escapeXml(fill)}" transform="translate(${round(left)} ${round(y)}) scale(${round(scale, 5)})">${uses.join('')}</g>`);
  }

  /** Several lines, `lineHeight` px apart, the first baseline at y; returns the y below the last line. */
  lines(lines: readonly string[], x: number, y: number, style: TextStyle, lineHeight: number): number {
    lines.forEach((line, index) => this.text(line, x, y + index * lineHeight, style));
    return y + (lines.length - 1) * lineHeight;
  }

  /**
   * The QR code of `url` centred in the `size` px square at x, y, quiet zone (2 modules) included, dark on white.
   * Modules are whole pixels, so every module edge is sharp and the code scans from a screenshot.
   */
  qrCode(url: string, x: number, y: number, size: number): void {
    // Error correction M, as on the printed notice: a photo of a phone screen still scans.
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const count = modules.size + 4;
    const cell = Math.max(1, Math.floor(size / count));
    const offset = Math.floor((size - cell * count) / 2);
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (!modules.get(row, column)) continue;
        // Runs of dark modules in a row as one rectangle: a shorter path, and no seams between modules.
        let run = 1;
        while (column + run < modules.size && modules.get(row, column + run)) run++;
        d += `M${column + 2} ${row + 2}h${run}v1h-${run}z`;
        column += run - 1;
      }
    }
    this.rect(x, y, size, size, '#fff');
    this.#body.push(`<path fill="#000" transform="translate(${x + offset} ${y + offset}) scale(${cell})" d="${d}"/>`);
  }

  toSvg(): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}"><defs>${[...this.#defs.values()].join('')}</defs>${this.#body.join('')}</svg>`;
  }
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
