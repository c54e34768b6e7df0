import { describe, expect, it } from 'vitest';
import { breakdown, disbursementRate, shareOfAllocation, totalShare, totalsOf } from '../../../src/funds/derive/funds-breakdown.ts';
import { placeLabel, throughSource } from '../../../src/funds/derive/funds-summary.ts';
import { fundTotals } from '../../../src/funds/derive/projects.ts';
import { byId, published, summaries } from './funds-fixture.ts';

describe('summariseProject', () => {
  it('places a village project in its county and township and sums its lines per source', () => {
    expect(byId('P-1')).toMatchObject({
      countyCode: '610902',
      countyName: '汉滨区',
      townshipCode: '610902100',
      townshipName: '关庙镇',
      villageName: '皂树村',
      allocated: 68_000_051,
      disbursed: 61_000_001,
      bySource: [
        { source: '中央财政', allocated: 50_000_000, disbursed: 50_000_000 },
        { source: '县级财政', allocated: 15_000_051, disbursed: 11_000_001 },
        { source: '社会帮扶', allocated: 3_000_000, disbursed: 0 },
      ],
    });
    expect(placeLabel(byId('P-1'), true)).toBe('汉滨区 关庙镇 皂树村');
    expect(placeLabel(byId('P-1'), false)).toBe('关庙镇 皂树村');
  });

  it('keeps a township project without a village and a project without lines at zero', () => {
    expect(byId('P-2')).toMatchObject({ townshipName: '城关镇', overDisbursed: true });
    expect(byId('P-2').villageName).toBeUndefined();
    expect(byId('P-4')).toMatchObject({ allocated: 0, disbursed: 0, bySource: [] });
  });

  it('sees a project through one source: that source only, nothing when it has none', () => {
    expect(throughSource(byId('P-1'), '县级财政')).toMatchObject({ allocated: 15_000_051, disbursed: 11_000_001 });
    expect(throughSource(byId('P-3'), '省级财政')).toMatchObject({ allocated: 0, disbursed: 0, bySource: [] });
  });
});

describe('totals and breakdowns', () => {
  const total = totalsOf(summaries);

  it('gives the same totals as fundTotals over the projects themselves', () => {
    expect(total).toEqual(fundTotals(published));
    expect(total).toMatchObject({ projects: 4, allocated: 148_001_058, disbursed: 121_001_504 });
  });

  it.each(['year', 'category', 'county', 'township', 'source'] as const)('adds up to the total by %s, to the fen', (dimension) => {
    const rows = breakdown(summaries, dimension);
    expect(rows.reduce((sum, row) => sum + row.totals.allocated, 0)).toBe(total.allocated);
    expect(rows.reduce((sum, row) => sum + row.totals.disbursed, 0)).toBe(total.disbursed);
  });

  it('orders rows as asked, newest year first, and counts a project once under each of its sources', () => {
    expect(breakdown(summaries, 'year').map((row) => row.key)).toEqual(['2025', '2024']);
    expect(breakdown(summaries, 'category', ['产业发展', '易地搬迁', '基础设施']).map((row) => row.label)).toEqual(['产业发展', '易地搬迁', '基础设施']);
    const central = breakdown(summaries, 'source', ['中央财政']).find((row) => row.key === '中央财政');
    expect(central?.totals).toMatchObject({ projects: 3, allocated: 50_001_007, disbursed: 50_001_503 });
  });

  it('rates and shares: no value (undefined, never NaN) when nothing was allocated', () => {
    expect(disbursementRate({ allocated: 200, disbursed: 150 })).toBe(0.75);
    expect(disbursementRate(byId('P-4'))).toBeUndefined();
    const [first] = breakdown(summaries, 'county');
    expect(shareOfAllocation(first!, total)).toBeCloseTo(68_000_058 / 148_001_058);
    expect(shareOfAllocation(first!, { ...total, allocated: 0 })).toBeUndefined();
    expect(totalShare(total)).toBe(1);
    expect(totalShare({ ...total, allocated: 0 })).toBeUndefined();
  });
});
