import { describe, expect, it } from 'vitest';
import { regionCharts } from '../../../src/regions/derive/region-charts.ts';
import type { RegionYearFigures } from '../../../src/regions/derive/region-figures.ts';

const year = (y: number, overrides: Partial<RegionYearFigures> = {}): RegionYearFigures => ({
  year: y,
  honorees: { total: 3, selfReliance: 2, cadres: 1 },
  funds: { projects: 1, allocated: 2_000_000_00, disbursed: 1_500_000_00, beneficiaryHouseholds: 0, poorHouseholds: 0 },
  ...overrides,
});

describe('regionCharts', () => {
  it('charts honorees and funds over the years, and says the totals in words', () => {
    const charts = regionCharts({ code: '610902100', name: '五里镇', level: 'township' }, [year(2024), year(2025)]);
    expect(charts.map((chart) => chart.id)).toEqual(['region-honorees-610902100', 'region-funds-610902100']);
    expect(charts[0]).toMatchObject({ categories: ['2024', '2025'], stacked: true, unit: 'count' });
    expect(charts[0]?.series.map((series) => series.values)).toEqual([[2, 2], [1, 1]]);
    expect(charts[0]?.description).toBe('2024—2025 年五里镇共有 6 名自强标兵和交友帮扶好干部（已撤销的不计）。');
    expect(charts[1]?.description).toBe('2024—2025 年在五里镇实施的项目计划资金共 400.0 万元，已拨付 300.0 万元（75%）。');
  });

  it('adds the poverty chart when there are indicators, with null (not 0) for years without', () => {
    const poverty = { population: 1_000, poorHouseholds: 30, poorPersons: 90, exitedHouseholds: 20, exitedPersons: 60, villages: 1, villagesExited: 0 };
    const charts = regionCharts({ code: '610902100201', name: '黄沟村', level: 'village' }, [year(2024), year(2025, { poverty })]);
    const chart = charts.find((candidate) => candidate.id.startsWith('region-poverty'));
    expect(chart?.series.map((series) => series.values)).toEqual([[null, 90], [null, 60]]);
    expect(chart?.description).toContain('尚未脱贫 30 人');
    expect(charts[0]?.note).toContain('不计入村');
  });

  it('leaves out the funds chart for a region without projects', () => {
    const empty = { projects: 0, allocated: 0, disbursed: 0, beneficiaryHouseholds: 0, poorHouseholds: 0 };
    expect(regionCharts({ code: '1', name: '某村', level: 'village' }, [year(2025, { funds: empty })]).map((chart) => chart.id)).toEqual(['region-honorees-1']);
  });
});
