// County comparisons: how much of the allocated money was disbursed, and how well pairing (联村联户) works.
import type { PairingRow } from '../../pipeline/schemas/index.ts';
import type { PublishedProject } from '../../pipeline/derive/projects.ts';
import { formatValue } from '../format.ts';
import { containing, share, type RegionLookup } from '../regions.ts';
import type { CategoryChart } from '../spec.ts';

interface CountySums {
  code: string;
  name: string;
  sums: number[];
}

/** Adds `values(row)` into the row's county; counties in code order. */
function sumByCounty<Row>(rows: readonly Row[], regions: RegionLookup, regionOf: (row: Row) => string, values: (row: Row) => number[]): CountySums[] {
  const counties = new Map<string, CountySums>();
  for (const row of rows) {
    const county = containing(regions, regionOf(row), 'county');
    if (!county) continue;
    const add = values(row);
    let entry = counties.get(county.code);
    if (!entry) counties.set(county.code, (entry = { ...county, sums: add.map(() => 0) }));
    add.forEach((value, index) => (entry.sums[index] = (entry.sums[index] ?? 0) + value));
  }
  return [...counties.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Disbursed ÷ allocated per county over every project of the release, highest first. */
export function disbursementByCounty(projects: readonly PublishedProject[], regions: RegionLookup): CategoryChart {
  const counties = sumByCounty(projects, regions, (project) => project.region_code, (project) => [project.disbursedTotal, project.allocatedTotal])
    .map((county) => ({ ...county, rate: share(county.sums[0] ?? 0, county.sums[1] ?? 0) }))
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.code.localeCompare(b.code));
  const known = counties.filter((county) => county.rate !== null);
  const first = known[0];
  const last = known.at(-1);
  return {
    kind: 'bar',
    id: 'disbursement-by-county',
    title: '各县（区）扶贫资金拨付率',
    description: first && last
      ? `拨付率 = 已拨付资金 ÷ 计划资金。${first.name}最高（${formatValue(first.rate ?? 0, 'ratio')}），${last.name}最低（${formatValue(last.rate ?? 0, 'ratio')}）。`
      : '本期数据中没有项目资金。',
    note: '包括本期数据中各年度的全部项目。',
    categoryLabel: '县（区）',
    categories: counties.map((county) => county.name),
    series: [{ key: 'disbursementRate', label: '拨付率', values: counties.map((county) => county.rate) }],
    unit: 'ratio',
  };
}

/** Pairing coverage (paired ÷ poor households) and satisfaction (satisfied ÷ spot-check calls) per county, in the latest year. */
export function pairingByCounty(pairings: readonly PairingRow[], regions: RegionLookup): CategoryChart {
  const year = Math.max(...pairings.map((row) => row.year));
  const ofYear = pairings.filter((row) => row.year === year);
  const counties = sumByCounty(ofYear, regions, (row) => row.village_code, (row) => [row.households_paired, row.poor_households, row.survey_satisfied, row.survey_calls]);
  const coverage = counties.map((county) => share(county.sums[0] ?? 0, county.sums[1] ?? 0));
  const satisfaction = counties.map((county) => share(county.sums[2] ?? 0, county.sums[3] ?? 0));
  const lowest = lowestOf(counties.map((county) => county.name), satisfaction);
  return {
    kind: 'bar',
    id: 'pairing-by-county',
    title: ofYear.length > 0 ? `${year} 年各县（区）结对帮扶覆盖率与回访满意率` : '各县（区）结对帮扶覆盖率与回访满意率',
    description: counties.length > 0
      ? `覆盖率 = 已结对贫困户 ÷ 贫困户；满意率 = 电话回访中表示满意的户数 ÷ 回访户数。${lowest ? `满意率最低的是${lowest.name}（${formatValue(lowest.value, 'ratio')}）。` : ''}`
      : '本期数据中没有结对帮扶记录。',
    categoryLabel: '县（区）',
    categories: counties.map((county) => county.name),
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
