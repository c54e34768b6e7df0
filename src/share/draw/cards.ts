// The cards without a notice behind them: one per kind × level × year of honorees (the person's name is in the
// page's title and description, not in the picture: a few dozen images instead of one per person), and the site's.
import type { HonoreeGroupContent, SiteCardContent } from '../derive/share-content.ts';
import { CARD_SIZE } from '../paths.ts';
import { textWidth, wrapText } from '../text-layout.ts';
import { COLOURS, headerBand, type ShareFonts } from './style.ts';
import { SvgCanvas } from './svg-canvas.ts';

const MARGIN = 36;

export function drawHonoreeCard(content: HonoreeGroupContent, fonts: ShareFonts): string {
  const canvas = new SvgCanvas(CARD_SIZE, CARD_SIZE, COLOURS.paper);
  headerBand(canvas, fonts, '阳光公示 · 表彰', content.sample, { height: 84, size: 32, margin: MARGIN });
  centred(canvas, content.year, 250, { font: fonts.bold, size: 56, fill: COLOURS.accent });
  const honourSize = textWidth(content.honour, fonts.bold, 60) <= CARD_SIZE - 2 * MARGIN ? 60 : 48;
  centred(canvas, content.honour, 340, { font: fonts.bold, size: honourSize, fill: COLOURS.ink });
  canvas.rect(MARGIN * 3, 400, CARD_SIZE - MARGIN * 6, 3, COLOURS.accent);
  wrapText(content.publisher, fonts.regular, { size: 28, width: CARD_SIZE - 2 * MARGIN, maxLines: 2 }).forEach((line, index) =>
    centred(canvas, line, 470 + index * 40, { font: fonts.regular, size: 28, fill: COLOURS.muted }),
  );
  return canvas.toSvg();
}

export function drawSiteCard(content: SiteCardContent, fonts: ShareFonts): string {
  const canvas = new SvgCanvas(CARD_SIZE, CARD_SIZE, COLOURS.paper);
  headerBand(canvas, fonts, content.title, content.sample, { height: 84, size: 32, margin: MARGIN });
  centred(canvas, content.title, 280, { font: fonts.bold, size: 96, fill: COLOURS.accent });
  centred(canvas, '公示 · 标兵 · 资金 · 地图', 370, { font: fonts.regular, size: 36, fill: COLOURS.ink });
  wrapText(content.publisher, fonts.regular, { size: 28, width: CARD_SIZE - 2 * MARGIN, maxLines: 2 }).forEach((line, index) =>
    centred(canvas, line, 470 + index * 40, { font: fonts.regular, size: 28, fill: COLOURS.muted }),
  );
  return canvas.toSvg();
}

function centred(canvas: SvgCanvas, line: string, baseline: number, style: Parameters<SvgCanvas['text']>[3]): void {
  canvas.text(line, (canvas.width - textWidth(line, style.font, style.size)) / 2, baseline, style);
}
