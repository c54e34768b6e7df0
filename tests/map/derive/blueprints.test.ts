// The four blueprints' derives: small inline cases for each rule, then the whole sample export against sums
// computed straight from its tables (the CSV rows as loaded, not the derived dataset).
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/dataset/dataset.ts';
import { publishProjects } from '../../../src/funds/derive/projects.ts';
import { deriveDynamic, dynamicYears, monthlyFile, monthRange } from '../../../src/map/derive/blueprint-dynamic.ts';
import { deriveExit, defaultExitYear } from '../../../src/map/derive/blueprint-exit.ts';
import { blueprintScale, fillsOf, legendItems } from '../../../src/map/derive/blueprint-fills.ts';
import { ZERO_FILL } from '../../../src/map/derive/class-fill.ts';
import { deriveNeeds, mainCategories } from '../../../src/map/derive/blueprint-needs.ts';
import { deriveResponsibility, responsibilityCounties, villagesOfCounty } from '../../../src/map/derive/blueprint-responsibility.ts';
import { loadExport, type ExportData } from '../../../src/pipeline/load.ts';
import type { FundLineRow, PairingRow, ProjectRow, Region } from '../../../src/pipeline/schemas/index.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';

const REGIONS: Region[] = [
  { code: '610900', name: '安康市', level: 'city' },
  { code: '610902', name: '甲县', level: 'county', parent_code: '610900' },
  { code: '610902001', name: '一镇', level: 'township', parent_code: '610902' },
  { code: '610902002', name: '二镇', level: 'township', parent_code: '610902' },
  { code: '610902001001', name: '东村', level: 'village', parent_code: '610902001' },
  { code: '610902001002', name: '西村', level: 'village', parent_code: '610902001' },
] as Region[];
const regions = indexRegions(REGIONS).nodes;

function project(id: string, region_code: string, status: ProjectRow['status'], category: ProjectRow['category'], start: string, end: string): ProjectRow {
  return { id, year: 2025, region_code, name: id, category, unit: '单位', responsible: '某某', start, end, status, beneficiary_households: 1, beneficiary_persons: 1, poor_households: 1, goal: '', mechanism: '' } as ProjectRow;
}
const line = (project_id: string, allocated: number, disbursed: number, date?: string): FundLineRow => ({ project_id, source: '中央财政', allocated, disbursed, ...(date ? { date } : {}) }) as FundLineRow;

const projects = publishProjects(
  [
    project('P1', '610902001001', '计划', '产业发展', '2025-03-01', '2025-12-01'),
    project('P2', '610902001', '在建', '基础设施', '2025-01-10', '2025-11-30'),
    project('P3', '610902002', '完工', '基础设施', '2024-11-02', '2025-02-20'),
    project('P4', '610902001002', '验收', '教育扶持', '2025-01-15', '2025-01-31'),
  ],
  [line('P1', 100_00, 0), line('P2', 500_00, 200_00, '2025-01-20'), line('P2', 300_00, 300_00, '2025-02-05'), line('P3', 50_00, 50_00, '2024-12-01'), line('P4', 70_00, 70_00)],
);

describe('需求图', () => {
  it('counts planned and under-way projects for the village and its township, money and categories', () => {
    const needs = deriveNeeds(projects, regions);
    expect(needs.total).toMatchObject({ planned: 1, underway: 1, allocated: 900_00 });
    const one = needs.townships.find((row) => row.code === '610902001');
    expect(one?.figures).toMatchObject({ planned: 1, underway: 1, allocated: 900_00 });
    expect(one && mainCategories(one.figures)).toBe('基础设施 1 个、产业发展 1 个');
    expect(needs.townships.find((row) => row.code === '610902002')?.figures).toMatchObject({ planned: 0, underway: 0, allocated: 0 });
    expect(needs.villages.map((row) => [row.code, row.townshipName, row.figures.planned])).toEqual([['610902001001', '一镇', 1]]);
  });
});

describe('动态图', () => {
  it('puts dated money, starts and finishes in their months, with no gap between months', () => {
    const dynamic = deriveDynamic(projects, regions);
    expect(dynamic.months).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(dynamic.undatedLines).toBe(2);
    const jan = dynamic.months.indexOf('2025-01');
    // P2 (在建) and P4 (验收) start in January; P4 also finishes then; P1 is only planned.
    expect(dynamic.totals[jan]).toEqual({ disbursed: 200_00, started: 2, finished: 1 });
    expect(dynamic.byMonth[jan]?.[dynamic.townships.indexOf('610902001')]).toEqual({ disbursed: 200_00, started: 2, finished: 1 });
    expect(dynamic.totals[dynamic.months.indexOf('2025-02')]).toEqual({ disbursed: 300_00, started: 0, finished: 1 });
    expect(dynamicYears(dynamic)).toEqual([2024, 2025]);
    const file = monthlyFile(dynamic, 2025);
    expect(file.months).toEqual(['2025-01', '2025-02']);
    // Published in yuan with the fen (bare fen could read as a phone number), exact back to the fen.
    expect(file.disbursed[0]).toEqual(dynamic.byMonth[jan]?.map((cell) => cell.disbursed / 100));
    expect(file.disbursed.flat().map((yuan) => Math.round(yuan * 100))).toEqual(dynamic.byMonth.filter((_, index) => dynamic.months[index]?.startsWith('2025-')).flat().map((cell) => cell.disbursed));
  });

  it('counts months across a new year', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('2024-05', '2024-05')).toEqual(['2024-05']);
  });
});

describe('责任图', () => {
  const pairing = (village_code: string, year: number, village_visits: number, household_visits: number, households_paired: number): PairingRow =>
    ({ year, village_code, unit: '某局', first_secretary: '张三', cadres: 3, households_paired, poor_households: households_paired + 1, village_visits, household_visits, friends_confirmed: 0, survey_calls: 0, survey_satisfied: 0 }) as PairingRow;

  it('takes the latest year and judges each village by both norms', () => {
    const blueprint = deriveResponsibility([pairing('610902001001', 2024, 1, 0, 5), pairing('610902001001', 2025, 4, 10, 5), pairing('610902001002', 2025, 4, 9, 5)], regions);
    expect(blueprint.year).toBe(2025);
    expect(blueprint.villages.map((village) => [village.code, village.unitNormMet, village.householdNormMet])).toEqual([
      ['610902001001', true, true],
      ['610902001002', true, false],
    ]);
    const one = blueprint.townships.find((row) => row.code === '610902001');
    expect(one).toMatchObject({ villages: 2, villagesMeetingBothNorms: 1, normShare: 0.5, householdsPaired: 10, poorHouseholds: 12 });
    expect(blueprint.townships.find((row) => row.code === '610902002')).toMatchObject({ villages: 0, normShare: undefined });
    expect(responsibilityCounties(blueprint, regions)).toEqual([{ code: '610902', name: '甲县', villages: 2, villagesMeetingBothNorms: 1 }]);
    expect(villagesOfCounty(blueprint, regions, '610902')).toHaveLength(2);
  });
});

describe('the maps\' classes', () => {
  it('gives 0 its own class when asked, and regions without a value no fill', () => {
    const values = new Map<string, number | undefined>([['a', 0], ['b', 5], ['c', 50], ['d', undefined]]);
    const scale = blueprintScale(values.values(), 'count', 'YlGn', '无');
    const fills = fillsOf(scale, values);
    expect(fills['a']).toBe(ZERO_FILL);
    expect(fills['b']).not.toBe(fills['c']);
    expect(fills['d']).toBeUndefined();
    // 0 is not among the classed values: the classes start above it.
    expect(scale.breaks.length).toBe(1);
    const items = legendItems(scale);
    expect(items.map((item) => item.label)).toEqual(['无', `低于 ${scale.breaks[0]}`, `${scale.breaks[0]} 及以上`, '无数据']);
    expect(items.map((item) => item.color)).toEqual([ZERO_FILL, fills['b'], fills['c'], undefined]);
  });
});

describe('the whole sample', () => {
  let data: ExportData;
  let dataset: ReturnType<typeof deriveDataset>;
  let sampleRegions: ReturnType<typeof indexRegions>['nodes'];
  beforeAll(async () => {
    const loaded = await loadExport('data');
    if (!loaded.data) throw new Error('the sample export in data/ must load');
    data = loaded.data;
    dataset = deriveDataset(data, loaded.problems, '2026-11-03');
    sampleRegions = new Map(dataset.regions.map((node) => [node.code, node]));
  }, 120_000);

  it('需求图: the planned money of planned and under-way projects, summed over townships, is the fund lines\' allocated', () => {
    const open = new Set(data.projects.filter((row) => row.status === '计划' || row.status === '在建').map((row) => row.id));
    const allocated = data.fundLines.filter((row) => open.has(row.project_id)).reduce((sum, row) => sum + row.allocated, 0);
    const needs = deriveNeeds(dataset.projects, sampleRegions);
    expect(open.size).toBeGreaterThan(0);
    expect(needs.total.allocated).toBe(allocated);
    expect(needs.total.planned + needs.total.underway).toBe(open.size);
    expect(needs.townships.reduce((sum, row) => sum + row.figures.allocated, 0)).toBe(allocated);
    const inVillages = data.projects.filter((row) => open.has(row.id) && sampleRegions.get(row.region_code)?.level === 'village').length;
    expect(needs.villages.reduce((sum, row) => sum + row.figures.planned + row.figures.underway, 0)).toBe(inVillages);
  });

  it('动态图: every dated line\'s money, every start and finish lands in exactly one month, and the yearly files hold the same', () => {
    const dynamic = deriveDynamic(dataset.projects, sampleRegions);
    const dated = data.fundLines.filter((row) => row.date);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(dynamic.totals.map((month) => month.disbursed))).toBe(sum(dated.map((row) => row.disbursed)));
    expect(dynamic.undatedLines).toBe(data.fundLines.length - dated.length);
    expect(sum(dynamic.totals.map((month) => month.started))).toBe(data.projects.filter((row) => row.status !== '计划').length);
    expect(sum(dynamic.totals.map((month) => month.finished))).toBe(data.projects.filter((row) => row.status === '完工' || row.status === '验收').length);
    const files = dynamicYears(dynamic).map((year) => monthlyFile(dynamic, year));
    expect(files.flatMap((file) => file.months)).toEqual(dynamic.months);
    // Every project lies in a township, so the townships add up to the city in every month.
    expect(sum(files.flatMap((file) => file.disbursed.flat().map((yuan) => Math.round(yuan * 100))))).toBe(sum(dynamic.totals.map((month) => month.disbursed)));
    expect(sum(files.flatMap((file) => file.started.flat()))).toBe(sum(dynamic.totals.map((month) => month.started)));
  });

  it('责任图: each village of the latest year once, norms judged from the rows as given', () => {
    const latest = Math.max(...data.pairings.map((row) => row.year));
    const rows = data.pairings.filter((row) => row.year === latest);
    const blueprint = deriveResponsibility(dataset.pairings, sampleRegions);
    expect(blueprint.villages).toHaveLength(rows.length);
    const meeting = rows.filter((row) => row.village_visits >= 4 && row.household_visits >= 2 * row.households_paired).length;
    expect(blueprint.townships.reduce((total, row) => total + row.villagesMeetingBothNorms, 0)).toBe(meeting);
    expect(responsibilityCounties(blueprint, sampleRegions).reduce((total, county) => total + county.villages, 0)).toBe(rows.length);
  });

  it('退出图: the city\'s exits of a year are the townships\' cumulative exits less last year\'s, and villages that exited are those newly 摘帽', () => {
    const exit = deriveExit(dataset.regionFigures, sampleRegions, dataset.meta.years);
    expect(exit.years.length).toBeGreaterThan(0);
    const townshipRows = (year: number) => data.indicators.filter((row) => row.year === year && sampleRegions.get(row.region_code)?.level === 'township');
    const exitedVillages = (year: number) => new Set(data.indicators.filter((row) => row.year === year && row.village_exited === true).map((row) => row.region_code));
    for (const entry of exit.byYear) {
      const now = townshipRows(entry.year);
      const before = townshipRows(entry.year - 1);
      if (now.length === 0 || before.length === 0) continue;
      const persons = now.reduce((sum, row) => sum + row.exited_persons, 0) - before.reduce((sum, row) => sum + row.exited_persons, 0);
      expect(entry.total?.actual.persons, `${entry.year}`).toBe(persons);
      const previously = exitedVillages(entry.year - 1);
      const newly = [...exitedVillages(entry.year)].filter((code) => !previously.has(code)).sort();
      expect(entry.villagesExited.map((row) => row.code).sort(), `${entry.year}`).toEqual(newly);
    }
    const withTargets = exit.byYear.filter((entry) => entry.targets > 0).map((entry) => entry.year);
    expect(withTargets).toEqual([...new Set(data.targets.map((row) => row.year))].sort());
    expect(defaultExitYear(exit)).toBe(withTargets.at(-1));
  });
});
