// A notice's share card, 600 × 600: title, state and period, issuer, and the QR code of its page.
import type { NoticeCardContent } from '../derive/share-content.ts';
import { PUBLICITY_STATE_LABELS } from '../derive/share-content.ts';
import { CARD_SIZE } from '../paths.ts';
import { textWidth, wrapText } from '../text-layout.ts';
import { COLOURS, headerBand, STATE_COLOURS, type ShareFonts } from './style.ts';
import { SvgCanvas } from './svg-canvas.ts';

const MARGIN = 36;
const QR_SIZE = 196;

export function drawNoticeCard(content: NoticeCardContent, fonts: ShareFonts): string {
  const canvas = new SvgCanvas(CARD_SIZE, CARD_SIZE, COLOURS.paper);
  const width = CARD_SIZE - 2 * MARGIN;
  headerBand(canvas, fonts, '阳光公示 · 公示', content.sample, { height: 84, size: 32, margin: MARGIN });

  const title = { font: fonts.bold, size: 40, fill: COLOURS.ink };
  let y = canvas.lines(wrapText(content.title, fonts.bold, { size: title.size, width, maxLines: 3 }), MARGIN, 148, title, 54);

  // The state as a filled tag: white on the state's colour, so it reads at thumbnail size.
  const state = PUBLICITY_STATE_LABELS[content.state];
  const stateSize = 34;
  y += 72;
  const tagWidth = textWidth(state, fonts.bold, stateSize) + 28;
  canvas.rect(MARGIN, y - stateSize - 4, tagWidth, stateSize + 20, STATE_COLOURS[content.state]);
  canvas.text(state, MARGIN + 14, y, { font: fonts.bold, size: stateSize, fill: COLOURS.onAccent });

  const small = { font: fonts.regular, size: 28, fill: COLOURS.ink };
  const textWidthBesideQr = width - QR_SIZE - 16;
  y += 56;
  y = canvas.lines(wrapText(`公示期 ${content.period}`, fonts.regular, { size: small.size, width: textWidthBesideQr, maxLines: 3 }), MARGIN, y, small, 38);
  y += 46;
  canvas.lines(wrapText(content.issuer, fonts.regular, { size: small.size, width: textWidthBesideQr, maxLines: 2 }), MARGIN, y, { ...small, fill: COLOURS.muted }, 38);

  canvas.qrCode(content.url, CARD_SIZE - QR_SIZE - 20, CARD_SIZE - QR_SIZE - 20, QR_SIZE);
  canvas.text('扫码查看', CARD_SIZE - MARGIN - QR_SIZE - 8, CARD_SIZE - MARGIN - 4, { font: fonts.regular, size: 28, fill: COLOURS.muted }, 'end');
  return canvas.toSvg();
}
