import { describe, expect, it } from 'vitest';
import { geometryForD3 } from '../../src/charts/draw/rewind.ts';
import { embedCode, iframeCode } from '../../src/charts/embed-code.ts';
import { renderChartSvg } from '../../src/charts/render.ts';
import type { CategoryChart, ChartSpec, ChoroplethChart } from '../../src/charts/spec.ts';
import { chartCsv, chartTable } from '../../src/charts/table.ts';

const funds: CategoryChart = {
  kind: 'bar',
  id: 'funds',
  title: '资金 <按类别> & 来源',
  description: '说明',
  categoryLabel: '项目类别',
  categories: ['产业发展', '<script>alert(1)</script>'],
  series: [
    { key: 'allocated', label: '计划资金', values: [12_000_050, 3_000_000] },
    { key: 'disbursed', label: '已拨付', values: [10_000_000, null] },
  ],
  unit: 'fen',
};

const source = { publisher: '安康市脱贫办', release: '2026-11-01', license: 'CC-BY-4.0', url: 'https://example.org/charts/#funds' };

/** The data-value of every drawn mark, as [category, series, value]. */
function drawnValues(svg: string): string[][] {
  return [...svg.matchAll(/data-series="([^"]*)" data-category="([^"]*)" data-value="([^"]*)"/g)].map((match) => [match[2]!, match[1]!, match[3]!]);
}

/** The CSV cells as [category, series, value], series named by the chart's keys. */
function csvValues(spec: CategoryChart): string[][] {
  const [, ...rows] = chartCsv(spec).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  return rows.flatMap((row) => {
    const [category, ...cells] = row.split(',');
    return cells.flatMap((cell, index) => (cell === '' ? [] : [[category!, spec.series[index]!.key, cell]]));
  });
}

describe('renderChartSvg', () => {
  it.each<CategoryChart['kind']>(['bar', 'column', 'line'])('puts on every %s mark the exact CSV value it draws', (kind) => {
    const spec = { ...funds, kind, categories: ['产业发展', '就业扶持'] };
    const svg = renderChartSvg(spec);
    expect(drawnValues(svg).sort()).toEqual(csvValues(spec).sort());
    expect(drawnValues(svg)).toContainEqual(['产业发展', 'allocated', '120000.50']);
  });

  it('escapes every data string, so no data becomes markup', () => {
    const svg = renderChartSvg(funds, { standalone: { source } });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('<title>资金 &lt;按类别&gt; &amp; 来源</title>');
  });

  it('draws the title and the source line inside a standalone SVG, and neither inside a page SVG', () => {
    const standalone = renderChartSvg(funds, { standalone: { source } });
    expect(standalone).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(standalone).toContain('来源：安康市脱贫办 · 数据版本 2026年11月1日 · 许可 CC-BY-4.0');
    expect(standalone).toContain('https://example.org/charts/#funds');
    const inline = renderChartSvg(funds);
    expect(inline).not.toContain('来源：');
    expect(inline).toContain('role="img"');
    expect(inline).toContain('aria-label="资金 &lt;按类别&gt; &amp; 来源"');
  });

  it('says 无数据 for a missing value instead of drawing a zero-length bar', () => {
    const svg = renderChartSvg(funds);
    expect(svg).toContain('>无数据</text>');
    expect(drawnValues(svg).filter(([category]) => category!.includes('script'))).toHaveLength(1);
  });

  it('keeps pattern ids unique per chart, so two charts on one page do not share them', () => {
    expect(renderChartSvg(funds, { idPrefix: 'a' })).toContain('id="a-pattern-1"');
    expect(renderChartSvg(funds, { idPrefix: 'b' })).toContain('fill="url(#b-pattern-1)"');
  });
});

describe('choropleth', () => {
  // Counter-clockwise outer rings, as RFC 7946 GeoJSON has them.
  const square = (x: number): ChoroplethChart['regions'][number]['geometry'] => ({
    type: 'Polygon',
    coordinates: [[[x, 32], [x + 0.1, 32], [x + 0.1, 32.1], [x, 32.1], [x, 32]]],
  });
  const map: ChoroplethChart = {
    kind: 'choropleth',
    id: 'map',
    title: '地图',
    description: '说明',
    regionLabel: '乡镇',
    valueLabel: '每万人受表彰人数',
    unit: 'decimal',
    regions: [
      { code: '1', name: '甲镇', value: 1.25, geometry: square(109) },
      { code: '2', name: '乙镇', value: null, geometry: square(109.1) },
    ],
    schematic: true,
  };

  it('draws each region as its own outline, not the whole globe, whatever the ring winding', () => {
    const svg = renderChartSvg(map);
    const paths = [...svg.matchAll(/<path d="M([^"]+)"[^>]*data-code="(\d)"/g)];
    expect(paths).toHaveLength(2);
    // Two equal squares side by side: each spans about half the width (read inside out, each would span all of it).
    for (const [, d] of paths) {
      const xs = d!.split(/[MLZ]/).filter(Boolean).map((point) => Number(point.split(',')[0]));
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.6 * 400);
    }
    expect(svg).toMatch(/data-code="1" data-category="甲镇" data-value="1.25"><title>甲镇：1.3<\/title>/);
    expect(svg).toContain(`fill="url(#chart-map-nodata)"`);
    expect(svg).toContain('示意边界');
    const rewound = geometryForD3(square(109));
    expect(rewound.coordinates[0]).toEqual([...square(109).coordinates[0]!].reverse());
  });

  it('tables and CSVs name every region with its code', () => {
    expect(chartCsv(map)).toBe('\uFEFF区划代码,乡镇,每万人受表彰人数\r\n1,甲镇,1.25\r\n2,乙镇,\r\n');
    expect(chartTable(map).rows).toEqual([['甲镇', '1.3'], ['乙镇', '—']]);
  });
});

describe('data table', () => {
  it('adds a total column to stacked charts', () => {
    const stacked: ChartSpec = { ...funds, kind: 'column', stacked: true, unit: 'count', series: [
      { key: 'a', label: '村级', values: [1, 2] },
      { key: 'b', label: '镇级', values: [3, null] },
    ] };
    expect(chartTable(stacked)).toEqual({
      header: ['项目类别', '村级', '镇级', '合计'],
      rows: [['产业发展', '1', '3', '4'], ['<script>alert(1)</script>', '2', '—', '2']],
    });
  });
});

describe('embed code', () => {
  it('is an iframe that works alone plus our resize script, with attribute values escaped', () => {
    const code = embedCode({ embedUrl: 'https://example.org/embed/a/', scriptUrl: 'https://example.org/embed.js', title: '资金 "按类别"', height: 480.4 });
    expect(code).toBe(
      '<iframe src="https://example.org/embed/a/" title="资金 &quot;按类别&quot;" width="100%" height="480" style="width:100%;max-width:720px;border:0" loading="lazy" data-yangguang-chart></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
    expect(iframeCode({ embedUrl: 'https://example.org/embed/a/', title: 't', height: 1 })).not.toContain('<script');
  });
});

describe('source line', () => {
  it('says so when the figures are sample data', () => {
    const svg = renderChartSvg(funds, { standalone: { source: { ...source, sample: true } } });
    const sourceGroup = svg.slice(svg.indexOf('class="chart-source"'));
    const lines = [...sourceGroup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join('');
    expect(lines).toContain('许可 CC-BY-4.0 · 示例数据，数字均为虚构');
  });
});
