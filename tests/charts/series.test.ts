import { describe, expect, it } from 'vitest';
import { disbursementByCounty, pairingByCounty } from '../../src/charts/counties/series.ts';
import { exitTargetsByCounty } from '../../src/charts/exit-targets/series.ts';
import { fundsByCategory, fundsBySource, fundsByYear } from '../../src/charts/funds/series.ts';
import { honoreesByCategory, honoreesByYear, UNDISCLOSED_CATEGORY } from '../../src/charts/honorees/series.ts';
import { povertyOverYears } from '../../src/charts/poverty/series.ts';
import { deriveRegionFigures, type RegionFigureInputs } from '../../src/regions/derive/region-figures.ts';
import type { IndicatorRow, PairingRow, TargetRow } from '../../src/pipeline/schemas/index.ts';
import { honoree, project, regions } from './fixtures.ts';

describe('honorees per year by level', () => {
  const honorees = [
    honoree({ year: 2024, level: '村级' }),
    honoree({ year: 2024, level: '市级' }),
    honoree({ year: 2025, level: '村级' }),
    honoree({ year: 2025, level: '村级', consent: false }),
    honoree({ year: 2025, level: '镇级' }),
    honoree({ year: 2025, level: '县级', kind: '交友帮扶好干部' }),
  ];

  it('counts each level per year, stacked, for one kind of honour', () => {
    const chart = honoreesByYear(honorees);
    expect(chart.categories).toEqual(['2024', '2025']);
    expect(chart.series.map((series) => [series.label, series.values])).toEqual([
      ['村级', [1, 2]], ['镇级', [0, 1]], ['县级', [0, 0]], ['市级', [1, 0]],
    ]);
    expect(chart.stacked).toBe(true);
    expect(chart.description).toBe('2024—2025 年共评选自强标兵 5 名；人数最多的是 2025 年，3 名。');
  });

  it('counts the cadres apart', () => {
    const chart = honoreesByYear(honorees, '交友帮扶好干部');
    expect(chart.id).toBe('cadres-by-year');
    expect(chart.categories).toEqual(['2025']);
    expect(chart.series.find((series) => series.label === '县级')?.values).toEqual([1]);
  });
});

describe('honorees by category', () => {
  it('counts honorees without consent only as 未公开事迹, last, so their deeds stay private', () => {
    const chart = honoreesByCategory([
      honoree({ year: 2025, level: '村级', category: '孝老爱亲' }),
      honoree({ year: 2025, level: '村级', category: '产业发展' }),
      honoree({ year: 2025, level: '村级', category: '产业发展' }),
      honoree({ year: 2025, level: '村级', consent: false }),
    ]);
    expect(chart.categories).toEqual(['产业发展', '孝老爱亲', UNDISCLOSED_CATEGORY]);
    expect(chart.series[0]?.values).toEqual([2, 1, 1]);
    expect(chart.description).toContain('「产业发展」，2 名，占 50.0%');
  });
});

describe('funds', () => {
  const projects = [
    project('P1', 2024, '610902100201', '产业发展', [['中央财政', 500_000_00, 500_000_00], ['县级财政', 120_000_50, 80_000_00]]),
    project('P2', 2025, '610921100', '基础设施', [['省级财政', 800_000_00, 600_000_00]]),
    project('P3', 2025, '610902101202', '产业发展', [['中央财政', 100_00, 0]]),
  ];

  it('sums allocated and disbursed per category in whole fen, categories in the export format order', () => {
    const chart = fundsByCategory(projects);
    expect(chart.categories).toEqual(['产业发展', '基础设施']);
    expect(chart.series.map((series) => series.values)).toEqual([[620_100_50, 800_000_00], [580_000_00, 600_000_00]]);
    expect(chart.unit).toBe('fen');
  });

  it('sums fund lines per source, and the rows add up to the total of every project', () => {
    const chart = fundsBySource(projects);
    expect(chart.categories).toEqual(['中央财政', '省级财政', '县级财政']);
    const allocated = chart.series[0]?.values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    expect(allocated).toBe(projects.reduce((sum, entry) => sum + entry.allocatedTotal, 0));
  });

  it('draws years as columns, oldest first, and says the totals', () => {
    const chart = fundsByYear(projects);
    expect(chart.kind).toBe('column');
    expect(chart.categories).toEqual(['2024', '2025']);
    expect(chart.description).toBe('计划资金共 142.0 万元，已拨付 118.0 万元（83.1%）；最多的是「2025」，计划 80.0 万元。');
  });
});

describe('county comparisons', () => {
  const counties = (inputs: Partial<Omit<RegionFigureInputs, 'regions' | 'years'>>, years: number[]) => {
    const figures = deriveRegionFigures({ regions, years, honorees: [], projects: [], indicators: [], pairings: [], ...inputs });
    return [...regions.values()].filter((node) => node.level === 'county').map((node) => ({ code: node.code, name: node.name, figures: figures[node.code] ?? [] }));
  };

  it('gives each county its disbursement rate over all years, highest first, and no rate where nothing was allocated', () => {
    const chart = disbursementByCounty(counties({
      projects: [
        project('P1', 2024, '610902100201', '产业发展', [['中央财政', 1000, 500]]),
        project('P2', 2025, '610902101', '产业发展', [['中央财政', 1000, 1000]]),
        project('P3', 2025, '610921100203', '产业发展', [['中央财政', 0, 0]]),
      ],
    }, [2024, 2025]));
    expect(chart.categories).toEqual(['汉滨区', '汉阴县']);
    expect(chart.series[0]?.values).toEqual([0.75, null]);
    expect(chart.description).toBe('拨付率 = 已拨付资金 ÷ 计划资金。汉滨区为 75.0%。');
  });

  const pairing = (year: number, village: string, paired: number, poor: number, satisfied: number, calls: number): PairingRow => ({
    year, village_code: village, unit: '单位', cadres: 1, households_paired: paired, poor_households: poor,
    village_visits: 4, household_visits: 2, friends_confirmed: 0, survey_calls: calls, survey_satisfied: satisfied,
  });

  it('compares pairing coverage and satisfaction in the latest year only', () => {
    const chart = pairingByCounty(counties({
      pairings: [
        pairing(2024, '610902100201', 0, 10, 0, 10),
        pairing(2025, '610902100201', 9, 10, 4, 5),
        pairing(2025, '610902101202', 10, 10, 5, 5),
        pairing(2025, '610921100203', 5, 10, 0, 0),
      ],
    }, [2024, 2025]));
    expect(chart.title).toContain('2025 年');
    expect(chart.categories).toEqual(['汉滨区', '汉阴县']);
    expect(chart.series.map((series) => series.values)).toEqual([[0.95, 0.5], [0.9, null]]);
    expect(chart.description).toContain('满意率最低的是汉滨区（90.0%）');
  });
});

describe('poverty over the years', () => {
  const row = (year: number, code: string, poor: number, exited: number): IndicatorRow => ({
    year, region_code: code, population: 1000, poor_households: poor, poor_persons: poor * 3, exited_households: exited, exited_persons: exited * 3,
  });

  it("counts a township's own row instead of its villages, never both, and skips years without figures", () => {
    const figures = deriveRegionFigures({
      regions, years: [2023, 2024, 2025], honorees: [], projects: [], pairings: [],
      indicators: [
        row(2023, '610902100', 500, 100),
        row(2024, '610902100', 90, 45),
        row(2024, '610902100201', 40, 20),
        row(2024, '610921100203', 60, 30),
      ],
    });
    const chart = povertyOverYears(figures['6109'] ?? []);
    expect(chart.categories).toEqual(['2023', '2024']);
    expect(chart.series.map((series) => series.values)).toEqual([[500, 150], [100, 75]]);
    expect(chart.description).toBe('2024 年建档立卡贫困户 150 户，其中已脱贫 75 户（50.0%）。');
  });
});

describe('exit targets by county', () => {
  const indicator = (year: number, code: string, exitedPersons: number, exitedHouseholds: number, villageExited?: boolean): IndicatorRow => ({
    year, region_code: code, population: 5000, poor_households: 400, poor_persons: 1200, exited_households: exitedHouseholds, exited_persons: exitedPersons,
    ...(villageExited !== undefined ? { village_exited: villageExited } : {}),
  });
  const target = (year: number, code: string, persons: number, households: number, villages?: number, channel?: TargetRow['channel']): TargetRow => ({
    year, region_code: code, exit_persons: persons, exit_households: households, exit_villages: villages, channel,
  });
  const figures = deriveRegionFigures({
    regions, years: [2023, 2024, 2025], honorees: [], projects: [], pairings: [],
    indicators: [
      indicator(2023, '610902100', 100, 30), indicator(2024, '610902100', 160, 50), indicator(2025, '610902100', 200, 62),
      indicator(2023, '610902101', 50, 20), indicator(2024, '610902101', 90, 30), indicator(2025, '610902101', 95, 31),
      indicator(2023, '610902100201', 10, 3, false), indicator(2024, '610902100201', 20, 6, true),
      indicator(2024, '610921100', 70, 20),
    ],
    targets: [
      target(2024, '610902', 80, 30, 1), // actual 100 people, 30 households, 1 village: met
      target(2024, '610902', 50, 20, undefined, '产业发展'),
      target(2024, '610902', 30, 10, undefined, '兜底保障'),
      target(2025, '610902', 60, 10, 0), // actual 45 / 13: people not met; villages unknown
      target(2024, '610921', 10, 5), // no 2023 figures: actual unknown
      target(2025, '610902100201', 5, 2, undefined, '就业扶持'), // only a channel row: the total is its sum; no 2025 figures
    ],
  });

  it('sets each region its target against this year\'s running totals less last year\'s, a county by its townships', () => {
    expect(figures['610902']?.find((entry) => entry.year === 2025)?.exits).toEqual({ persons: 45, households: 13 });
    expect(figures['610902']?.find((entry) => entry.year === 2024)?.exitTarget).toEqual({
      year: 2024,
      persons: { target: 80, actual: 100, rate: 1.25, met: true },
      households: { target: 30, actual: 30, rate: 1, met: true },
      villages: { target: 1, actual: 1, rate: 1, met: true },
      channels: [
        { channel: '产业发展', persons: 50, households: 20 },
        { channel: '兜底保障', persons: 30, households: 10 },
      ],
      met: true,
    });
    const county2025 = figures['610902']?.find((entry) => entry.year === 2025)?.exitTarget;
    expect(county2025?.persons).toEqual({ target: 60, actual: 45, rate: 0.75, met: false });
    // No village has rows in both 2024 and 2025: villages exited cannot be counted, which is not 0.
    expect(county2025?.villages).toEqual({ target: 0 });
    expect(county2025?.met).toBe(false);
    expect(figures['610921']?.find((entry) => entry.year === 2024)?.exitTarget).toEqual({
      year: 2024, persons: { target: 10 }, households: { target: 5 }, channels: [],
    });
    expect(figures['610902100201']?.find((entry) => entry.year === 2025)?.exitTarget?.persons).toEqual({ target: 5 });
    expect(figures['610902100']?.some((entry) => entry.exitTarget)).toBe(false);
  });

  it('charts the completion rate of people per county and target year, no value where it cannot be said', () => {
    const counties = [...regions.values()].filter((node) => node.level === 'county').map((node) => ({ code: node.code, name: node.name, figures: figures[node.code] ?? [] }));
    const chart = exitTargetsByCounty(counties);
    expect(chart.id).toBe('exit-targets-by-county');
    expect(chart.title).toBe('脱贫目标完成情况');
    expect(chart.categories).toEqual(['汉滨区', '汉阴县']);
    expect(chart.series.map((series) => [series.label, series.values])).toEqual([
      ['2024 年完成率', [1.25, null]],
      ['2025 年完成率', [0.75, null]],
    ]);
    expect(chart.description).toContain('2024 年 1 个县（区）中 1 个完成脱贫人数目标；2025 年 1 个县（区）中 0 个完成脱贫人数目标');
  });
});
