// PNG downloads: the standalone SVGs rasterised at build time by resvg with the system's CJK font.
// Loading a CJK font takes resvg a second or more per renderer (measured here: 1–3 s, rendering itself
// ~0.1 s), so all charts are stacked into one sheet, rendered once, and cut apart row by row.
import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { RenderedChart } from './render.ts';

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

/** Every chart as PNG bytes, in the order given; one renderer for all of them. */
export function rasterise(charts: readonly RenderedChart[], fontFiles: readonly string[]): Buffer[] {
  const width = Math.ceil(Math.max(0, ...charts.map((chart) => chart.width)));
  const tops: number[] = [];
  let sheetHeight = 0;
  const sheets = charts.map((chart) => {
    tops.push(sheetHeight);
    const markup = `<g transform="translate(0,${sheetHeight})">${chart.svg.replace(/^<\?xml[^>]*\?>\s*/, '')}</g>`;
    sheetHeight += Math.ceil(chart.height);
    return markup;
  });
  const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${sheetHeight}" viewBox="0 0 ${width} ${sheetHeight}">${sheets.join('')}</svg>`;
  const image = new Resvg(sheet, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'Noto Sans CJK SC' },
  }).render();
  const rowBytes = image.width * 4;
  const pixels = image.pixels;
  return charts.map((chart, index) => {
    const top = (tops[index] ?? 0) * PNG_SCALE;
    const rows = Math.ceil(chart.height) * PNG_SCALE;
    const columns = Math.ceil(chart.width) * PNG_SCALE;
    const cut = Buffer.alloc(columns * 4 * rows);
    for (let row = 0; row < rows; row += 1) {
      const from = (top + row) * rowBytes;
      pixels.copy(cut, row * columns * 4, from, from + columns * 4);
    }
    return encodePng(cut, columns, rows);
  });
}

/** An RGBA image as PNG: IHDR, one zlib stream of unfiltered scanlines, IEND (ISO/IEC 15948). */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}
