// A notice's poster (「保存图片」): 750 px wide, every text at least 28 px, for villagers to save and forward in a
// WeChat group. The first page carries title, issuer, period and how to object; the attached names or projects
// follow and run on over further pages when long, each page under a height that keeps it well within 300 KB;
// every page ends with the QR code of the notice page and 第 n 张 共 m 张.
import type { NoticePosterContent } from '../derive/share-content.ts';
import type { FontMetrics } from '../glyph-font.ts';
import { POSTER_WIDTH } from '../paths.ts';
import { wrapText } from '../text-layout.ts';
import { COLOURS, headerBand, type ShareFonts } from './style.ts';
import { SvgCanvas, type TextStyle } from './svg-canvas.ts';

const MARGIN = 40;
const TEXT_WIDTH = POSTER_WIDTH - 2 * MARGIN;
/** A page of the poster is at most this tall (a phone shows it in a few swipes; PNG size stays well under 300 KB). */
export const POSTER_MAX_HEIGHT = 2400;
const BAND = 96;
const FOOTER = 330;
/** The smallest text on a poster, in px at 750 px width. */
export const POSTER_MIN_TEXT = 28;

type Weight = 'regular' | 'bold';
interface Row {
  text: string;
  weight: Weight;
  size: number;
  /** Distance from the previous row's baseline to this one's. */
  advance: number;
  fill: string;
}

export interface PosterPage {
  rows: Row[];
  height: number;
}

const rowsOf = (text: string, fonts: Record<Weight, FontMetrics>, weight: Weight, size: number, lineHeight: number, fill: string, gapBefore = 0, maxLines?: number): Row[] =>
  wrapText(text, fonts[weight], { size, width: TEXT_WIDTH, ...(maxLines ? { maxLines } : {}) }).map((line, index) => ({
    text: line,
    weight,
    size,
    advance: index === 0 ? lineHeight + gapBefore : lineHeight,
    fill,
  }));

/** The poster's pages, laid out but not drawn (pure given the font's advances). */
export function layoutPoster(content: NoticePosterContent, fonts: Record<Weight, FontMetrics>): PosterPage[] {
  const first: Row[] = [
    ...rowsOf(content.title, fonts, 'bold', 44, 60, COLOURS.ink, 24),
    ...rowsOf(`发布单位：${content.issuer}`, fonts, 'regular', 30, 44, COLOURS.ink, 20),
    ...rowsOf(`公示期：${content.period}`, fonts, 'bold', 32, 46, COLOURS.ink, 8),
    ...rowsOf('如有异议，请在公示期内反映：', fonts, 'regular', 30, 44, COLOURS.muted, 28),
    ...content.objection.flatMap((line, index) => rowsOf(line, fonts, 'bold', index === 0 ? 36 : 30, index === 0 ? 52 : 44, COLOURS.ink)),
    ...(content.listHeading ? rowsOf(content.listHeading, fonts, 'bold', 34, 50, COLOURS.accent, 36) : []),
  ];
  const continuation = (page: number): Row[] => [
    ...rowsOf(content.title, fonts, 'bold', 34, 48, COLOURS.ink, 24, 2),
    ...rowsOf(`${content.listHeading ?? '名单'}（续，第 ${page} 张）`, fonts, 'regular', 30, 44, COLOURS.accent, 8),
  ];
  // The list as blocks that stay together: a heading with at least its first line.
  const blocks: { heading: Row[]; lines: Row[] }[] = content.groups.map((group) => {
    const heading = rowsOf(group.heading, fonts, 'bold', 30, 44, COLOURS.accent, 24);
    const lines = group.entries.flatMap((entry) => rowsOf(entry, fonts, 'regular', 30, 44, COLOURS.ink, 12));
    return { heading, lines };
  });

  const pages: PosterPage[] = [];
  let rows = first;
  let height = BAND + sum(first);
  const finish = () => {
    pages.push({ rows, height: height + FOOTER });
  };
  for (const block of blocks) {
    let lines = block.lines;
    let heading = block.heading;
    while (lines.length > 0) {
      const room = POSTER_MAX_HEIGHT - FOOTER - height - sum(heading);
      let fit = 0;
      let used = 0;
      while (fit < lines.length && used + lines[fit]!.advance <= room) used += lines[fit++]!.advance;
      if (fit === 0 && rows.length > 0) {
        finish();
        rows = continuation(pages.length + 1);
        height = BAND + sum(rows);
        continue;
      }
      fit = Math.max(fit, 1);
      rows = [...rows, ...heading, ...lines.slice(0, fit)];
      height += sum(heading) + sum(lines.slice(0, fit));
      lines = lines.slice(fit);
      heading = lines.length > 0 ? rowsOf(`${block.heading.map((row) => row.text).join('')}（续）`, fonts, 'bold', 30, 44, COLOURS.accent, 24) : [];
    }
  }
  finish();
  return pages;
}

export function drawPosterPage(content: NoticePosterContent, page: PosterPage, number: number, of: number, fonts: ShareFonts): string {
  const canvas = new SvgCanvas(POSTER_WIDTH, page.height, COLOURS.paper);
  headerBand(canvas, fonts, '阳光公示 · 公示', content.sample, { height: BAND, size: 34, margin: MARGIN });
  let y = BAND;
  for (const row of page.rows) {
    y += row.advance;
    const style: TextStyle = { font: fonts[row.weight], size: row.size, fill: row.fill };
    canvas.text(row.text, MARGIN, y, style);
  }
  // The footer: a rule, the QR code, what it does, the address, and which page this is.
  const top = page.height - FOOTER + 24;
  canvas.rect(MARGIN, top, TEXT_WIDTH, 2, COLOURS.line);
  const qr = 260;
  canvas.qrCode(content.url, MARGIN - 10, top + 24, qr);
  const x = MARGIN + qr + 10;
  const width = POSTER_WIDTH - MARGIN - x;
  const small = { font: fonts.regular, size: 28, fill: COLOURS.muted };
  let line = top + 80;
  line = canvas.lines(wrapText('长按识别二维码，查看公示全文和最新状态', fonts.bold, { size: 30, width }), x, line, { font: fonts.bold, size: 30, fill: COLOURS.ink }, 42);
  line = canvas.lines(wrapText(content.url.replace(/^https?:\/\//, ''), fonts.regular, { size: 28, width, maxLines: 3 }), x, line + 46, small, 38);
  canvas.text(`第 ${number} 张 共 ${of} 张`, x, line + 50, { font: fonts.bold, size: 30, fill: COLOURS.ink });
  return canvas.toSvg();
}

function sum(rows: readonly Row[]): number {
  return rows.reduce((total, row) => total + row.advance, 0);
}
