import { describe, expect, it } from 'vitest';
import { cjkFontFiles } from '../../src/charts/font.ts';
import { PNG_SCALE, renderPng } from '../../src/charts/png.ts';
import { drawChart } from '../../src/charts/render.ts';
import type { CategoryChart } from '../../src/charts/spec.ts';

const fonts = cjkFontFiles();

describe('renderPng', () => {
  it('has its CJK font from the npm registry, whatever the machine has installed', () => {
    expect(fonts?.map((file) => file.replace(/.*node_modules\//, ''))).toEqual([
      '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    ]);
  });

  it('renders a standalone chart at twice its SVG size, with its Chinese text drawn', async () => {
    const chart = (title: string): CategoryChart => ({
      kind: 'bar', id: 'a', title, description: '', categoryLabel: '类别', categories: ['产业发展'],
      series: [{ key: 'v', label: '数量', values: [3] }], unit: 'count',
    });
    const source = { publisher: '安康市', release: '2026-11-01', license: 'CC-BY-4.0' };
    const drawing = drawChart(chart('历年自强标兵'), { standalone: { source } });
    const png = await renderPng(drawing.svg, fonts ?? []);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([drawing.width * PNG_SCALE, drawing.height * PNG_SCALE]);
    // A longer Chinese title puts more ink on the picture: the font is really used (missing glyphs draw nothing).
    const longer = await renderPng(drawChart(chart('历年自强标兵人数按级别与年度统计'), { standalone: { source } }).svg, fonts ?? []);
    expect(longer.length).toBeGreaterThan(png.length);
  });
});
