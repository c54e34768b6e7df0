import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/draw/svg.ts';
import { wrapText } from '../../src/charts/draw/wrap.ts';

describe('wrapText', () => {
  it('breaks Chinese anywhere, keeping every line within the width', () => {
    const lines = wrapText('历年自强标兵人数按级别与年度统计', 20, 100);
    expect(lines.join('')).toBe('历年自强标兵人数按级别与年度统计');
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe('历年自强标');
  });

  it('moves a Latin word that would break to the next line whole', () => {
    expect(wrapText('数据版本 2026年11月1日 · 许可 CC-BY-4.0', 12, 200)).toEqual(['数据版本 2026年11月1日 · 许可', 'CC-BY-4.0']);
  });
});
