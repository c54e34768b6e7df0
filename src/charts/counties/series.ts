// County comparisons: how much of the allocated money was disbursed, and how well pairing (联村联户) works.
// Built on the region figures the map and region pages use, so every page shows the same rates.
import { disbursementRate } from '../../funds/derive/funds-breakdown.ts';
import { sumAmounts } from '../../funds/derive/money.ts';
import type { RegionYearFigures } from '../../regions/derive/region-figures.ts';
import { regionRates } from '../../regions/derive/region-rates.ts';
import { formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';

/** A county with its figures, one entry per dataset year. */
export interface CountyFigures {
  code: string;
  name: string;
  figures: readonly RegionYearFigures[];
}

/** Disbursed ÷ allocated per county over every project of the release, highest first. */
export function disbursementByCounty(counties: readonly CountyFigures[]): CategoryChart {
  const rated = counties
    .map((county) => {
      // A chart series marks a missing value with null (its JSON form), not undefined.
      return { ...county, rate: disbursementRate(sumAmounts(county.figures.map((entry) => entry.funds))) ?? null };
    })
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.code.localeCompare(b.code));
  const known = rated.filter((county) => county.rate !== null);
  const first = known[0];
  const last = known.at(-1);
  return {
    kind: 'bar',
    id: 'disbursement-by-county',
    title: '各县（区）扶贫资金拨付率',
    description: `拨付率 = 已拨付资金 ÷ 计划资金。${
      !first || !last ? '本期数据中没有项目资金。'
      : first === last ? `${first.name}为 ${formatValue(first.rate ?? 0, 'ratio')}。`
      : `${first.name}最高（${formatValue(first.rate ?? 0, 'ratio')}），${last.name}最低（${formatValue(last.rate ?? 0, 'ratio')}）。`}`,
    note: '包括本期数据中各年度的全部项目。',
    categoryLabel: '县（区）',
    categories: rated.map((county) => county.name),
    series: [{ key: 'disbursementRate', label: '拨付率', values: rated.map((county) => county.rate) }],
    unit: 'ratio',
  };
}

/**
 * Pairing coverage (paired ÷ poor households) and satisfaction (satisfied ÷ spot-check calls) per county,
 * in the latest year any county has pairing figures for; counties in code order.
 */
export function pairingByCounty(counties: readonly CountyFigures[]): CategoryChart {
  const years = counties.flatMap((county) => county.figures.filter((entry) => entry.pairing).map((entry) => entry.year));
  const year = years.length > 0 ? Math.max(...years) : undefined;
  const sorted = [...counties].sort((a, b) => a.code.localeCompare(b.code));
  const rates = sorted.map((county) => {
    const ofYear = county.figures.find((entry) => entry.year === year);
    return ofYear ? regionRates(ofYear) : {};
  });
  const coverage = rates.map((rate) => rate.pairingCoverage ?? null);
  const satisfaction = rates.map((rate) => rate.satisfaction ?? null);
  const lowest = lowestOf(sorted.map((county) => county.name), satisfaction);
  return {
    kind: 'bar',
    id: 'pairing-by-county',
    title: year !== undefined ? `${year} 年各县（区）结对帮扶覆盖率与回访满意率` : '各县（区）结对帮扶覆盖率与回访满意率',
    description: year !== undefined
      ? `覆盖率 = 已结对贫困户 ÷ 贫困户；满意率 = 电话回访中表示满意的户数 ÷ 回访户数。${lowest ? `满意率最低的是${lowest.name}（${formatValue(lowest.value, 'ratio')}）。` : ''}`
      : '本期数据中没有结对帮扶记录。',
    categoryLabel: '县（区）',
    categories: sorted.map((county) => county.name),
    series: [
      { key: 'pairingCoverage', label: '结对覆盖率', values: coverage },
      { key: 'satisfaction', label: '回访满意率', values: satisfaction },
    ],
    unit: 'ratio',
  };
}

function lowestOf(names: readonly string[], values: readonly (number | null)[]): { name: string; value: number } | undefined {
  let lowest: { name: string; value: number } | undefined;
  values.forEach((value, index) => {
    if (value !== null && (!lowest || value < lowest.value)) lowest = { name: names[index] ?? '', value };
  });
  return lowest;
}
