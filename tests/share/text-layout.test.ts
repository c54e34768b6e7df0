import { describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../src/share/glyph-font.ts';
import { breakUnits, textWidth, wrapText } from '../../src/share/text-layout.ts';

/** A font where a Chinese character is 1 em and anything ASCII half of one: widths are easy to count. */
const font: FontMetrics = { unitsPerEm: 1000, advance: (char) => (char.charCodeAt(0) < 0x80 ? 500 : 1000) };

describe('breakUnits', () => {
  it('keeps Latin runs, phone numbers and e-mail addresses whole', () => {
    expect(breakUnits('电话0915-3268123，邮箱a.b@example.cn')).toEqual(['电', '话', '0915-3268123，', '邮', '箱', 'a.b@example.cn']);
  });
  it('holds closing punctuation to the character before and opening punctuation to the one after', () => {
    expect(breakUnits('名单（共5人）。')).toEqual(['名', '单', '（共', '5', '人）。']);
  });
});

describe('wrapText', () => {
  it('fills each line up to the width with Chinese text', () => {
    // 10 px a character at size 10: 40 px holds four.
    expect(wrapText('安康市自强标兵评选公示', font, { size: 10, width: 40 })).toEqual(['安康市自', '强标兵评', '选公示']);
  });
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('安康市自，强标兵', font, { size: 10, width: 40 });
    expect(lines.every((line) => !/^[，。、）]/.test(line))).toBe(true);
    expect(lines.join('')).toBe('安康市自，强标兵');
  });
  it('moves a phone number to the next line instead of cutting it', () => {
    // 电话 + space = 25 px, the number 40 px: 65 px do not fit in 60.
    expect(wrapText('电话 0915-326', font, { size: 10, width: 60 })).toEqual(['电话', '0915-326']);
  });
  it('cuts a run longer than a whole line where it must', () => {
    const lines = wrapText('yangguang.example.org/notices/N1/', font, { size: 10, width: 50 });
    expect(lines.join('')).toBe('yangguang.example.org/notices/N1/');
    expect(lines.every((line) => textWidth(line, font, 10) <= 50)).toBe(true);
  });
  it('keeps the text’s own line breaks', () => {
    expect(wrapText('甲乙\n丙', font, { size: 10, width: 100 })).toEqual(['甲乙', '丙']);
  });
  it('ends the last allowed line with an ellipsis that fits', () => {
    const lines = wrapText('一二三四五六七八九十', font, { size: 10, width: 40, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, font, 10)).toBeLessThanOrEqual(40);
  });
});
