// Registered poor households and households that left poverty, year by year (脱贫退出), for a region.
import type { RegionYearFigures } from '../../regions/derive/region-figures.ts';
import { formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';

/**
 * From the region figures (a township's own row stands for its villages, otherwise its villages are
 * summed, so nothing is counted twice); years without poverty figures are left out.
 */
export function povertyOverYears(figures: readonly RegionYearFigures[]): CategoryChart {
  const years = figures.flatMap((entry) => (entry.poverty ? [{ year: entry.year, ...entry.poverty }] : []));
  const last = years.at(-1);
  return {
    kind: 'line',
    id: 'poverty-over-years',
    title: '历年建档立卡贫困户与已脱贫户',
    description: last && last.poorHouseholds > 0
      ? `${last.year} 年建档立卡贫困户 ${formatValue(last.poorHouseholds, 'count')} 户，其中已脱贫 ${formatValue(last.exitedHouseholds, 'count')} 户（${formatValue(last.exitedHouseholds / last.poorHouseholds, 'ratio')}）。`
      : '本期数据中没有脱贫指标。',
    categoryLabel: '年度',
    categories: years.map((entry) => String(entry.year)),
    series: [
      { key: 'poorHouseholds', label: '建档立卡贫困户', values: years.map((entry) => entry.poorHouseholds) },
      { key: 'exitedHouseholds', label: '已脱贫户', values: years.map((entry) => entry.exitedHouseholds) },
    ],
    unit: 'count',
  };
}
