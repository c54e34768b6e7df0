// Registered poor households and households that left poverty, year by year (脱贫退出).
import type { IndicatorRow } from '../../pipeline/schemas/index.ts';
import { formatValue } from '../format.ts';
import type { RegionLookup } from '../regions.ts';
import type { CategoryChart } from '../spec.ts';

/**
 * Per year, the sum over villages; a year whose export has township rows only sums townships instead.
 * Never both: a township's row already contains its villages.
 */
export function povertyOverYears(indicators: readonly IndicatorRow[], regions: RegionLookup): CategoryChart {
  const byYear = new Map<number, { village: [number, number, boolean]; township: [number, number, boolean] }>();
  for (const row of indicators) {
    const level = regions.get(row.region_code)?.level;
    if (level !== 'village' && level !== 'township') continue;
    let entry = byYear.get(row.year);
    if (!entry) byYear.set(row.year, (entry = { village: [0, 0, false], township: [0, 0, false] }));
    const sums = entry[level];
    sums[0] += row.poor_households;
    sums[1] += row.exited_households;
    sums[2] = true;
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const sums = years.map((year) => {
    const entry = byYear.get(year)!;
    return entry.village[2] ? entry.village : entry.township;
  });
  const last = sums.at(-1);
  return {
    kind: 'line',
    id: 'poverty-over-years',
    title: '历年建档立卡贫困户与已脱贫户',
    description: last && last[0] > 0
      ? `${years.at(-1)} 年建档立卡贫困户 ${formatValue(last[0], 'count')} 户，其中已脱贫 ${formatValue(last[1], 'count')} 户（${formatValue(last[1] / last[0], 'ratio')}）。`
      : '本期数据中没有脱贫指标。',
    note: '按各村数据汇总；某年只有乡镇数据时按乡镇汇总。',
    categoryLabel: '年度',
    categories: years.map(String),
    series: [
      { key: 'poorHouseholds', label: '建档立卡贫困户', values: sums.map((entry) => entry[0]) },
      { key: 'exitedHouseholds', label: '已脱贫户', values: sums.map((entry) => entry[1]) },
    ],
    unit: 'count',
  };
}
