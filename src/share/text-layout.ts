// Lines of Chinese text broken to a width by the font's advances: Chinese breaks between any two characters,
// a run of Latin letters, digits and their punctuation (a phone number, an e-mail, 2026-11-03) only at a space
// or, when longer than a whole line, where it must. Closing punctuation never starts a line, opening
// punctuation never ends one (the usual 避头尾 rules). No shaping: Chinese needs none.
import type { FontMetrics } from './glyph-font.ts';

export interface WrapOptions {
  /** Font size in px. */
  size: number;
  /** Line width in px. */
  width: number;
  /** At most this many lines; the last one then ends with … */
  maxLines?: number;
}

const CLOSING = new Set([...'，。、；：！？）》」』】〕〉”’%·…,.;:!?)]}']);
const OPENING = new Set([...'（《「『【〔〈“‘([{']);
const UNBREAKABLE = /[A-Za-z0-9@._\-+/#&=~]/;
const ELLIPSIS = '…';

/** Width of `text` in px at `size`. */
export function textWidth(text: string, font: FontMetrics, size: number): number {
  let units = 0;
  for (const char of text) units += font.advance(char);
  return (units * size) / font.unitsPerEm;
}

/** Pieces no line break may fall inside: a Latin run, one Chinese character with the punctuation that clings to it. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let opening = '';
  for (const char of text) {
    const last = units.length - 1;
    const previous = last >= 0 ? units[last]!.at(-1)! : '';
    if (opening === '' && UNBREAKABLE.test(char) && UNBREAKABLE.test(previous)) {
      units[last] += char;
    } else if (OPENING.has(char)) {
      opening += char;
    } else if (opening === '' && CLOSING.has(char) && last >= 0) {
      units[last] += char;
    } else {
      units.push(opening + char);
      opening = '';
    }
  }
  if (opening !== '') units.push(opening);
  return units;
}

/** `text` broken into lines no wider than `width` (line breaks in the text are kept); leading spaces dropped. */
export function wrapText(text: string, font: FontMetrics, { size, width, maxLines }: WrapOptions): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const unit of breakUnits(paragraph)) {
      const unitWidth = textWidth(unit, font, size);
      if (line !== '' && lineWidth + unitWidth > width) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      if (line === '' && unit.trim() === '') continue;
      if (unitWidth > width) {
        // A run longer than the line (a long e-mail address or URL): cut it where it must be.
        for (const char of unit) {
          const charWidth = textWidth(char, font, size);
          if (line !== '' && lineWidth + charWidth > width) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += char;
          lineWidth += charWidth;
        }
        continue;
      }
      line += unit;
      lineWidth += unitWidth;
    }
    lines.push(line.trimEnd());
  }
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitWithEllipsis(kept[maxLines - 1]!, font, size, width);
  return kept;
}

/** `line` shortened until it and … fit in `width`. */
function fitWithEllipsis(line: string, font: FontMetrics, size: number, width: number): string {
  const chars = [...line];
  while (chars.length > 0 && textWidth(`${chars.join('')}${ELLIPSIS}`, font, size) > width) chars.pop();
  return `${chars.join('').replace(/[\s，、；：。]+$/, '')}${ELLIPSIS}`;
}
