import { describe, expect, it } from 'vitest';
import { publishHonorees } from '../../../src/honorees/derive/honorees.ts';
import { fundTotals, publishProjects } from '../../../src/funds/derive/projects.ts';
import { deriveRegionFigures, type RegionFigureInputs } from '../../../src/regions/derive/region-figures.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { FundLineRow, HonoreeRow, IndicatorRow, PairingRow, ProjectRow, Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city', population: 100_000 },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109', population: 60_000 },
  { code: '610902100', name: '五里镇', level: 'township', parent_code: '610902', population: 30_000 },
  { code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100', population: 1_000 },
  { code: '610902100202', name: '新联村', level: 'village', parent_code: '610902100', population: 2_000 },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
  { code: '610902101201', name: '后堰村', level: 'village', parent_code: '610902101' },
];
const index = indexRegions(regions);

const honoree = (id: string, overrides: Partial<HonoreeRow>): HonoreeRow => ({
  id,
  kind: '自强标兵',
  name: '张明华',
  year: 2025,
  level: '村级',
  region_code: '610902100201',
  category: '勤劳致富',
  summary: '种茶',
  story: '种茶',
  consent: true,
  notice_id: 'N-1',
  status: '已表彰',
  ...overrides,
});

const project = (id: string, year: number, region_code: string): ProjectRow => ({
  id,
  year,
  region_code,
  name: '茶园',
  category: '产业发展',
  unit: '镇政府',
  responsible: '李建设',
  start: `${year}-03-01`,
  end: `${year}-10-01`,
  status: '完工',
  beneficiary_households: 10,
  beneficiary_persons: 30,
  poor_households: 4,
  goal: '增收',
  mechanism: '分红',
});

const line = (project_id: string, allocated: number, disbursed: number): FundLineRow => ({ project_id, source: '中央财政', allocated, disbursed });

const indicator = (region_code: string, year: number, poor_persons: number, exited_persons: number, population: number, village_exited?: boolean): IndicatorRow => ({
  year,
  region_code,
  population,
  poor_households: Math.ceil(poor_persons / 3),
  poor_persons,
  exited_households: Math.ceil(exited_persons / 3),
  exited_persons,
  ...(village_exited !== undefined ? { village_exited } : {}),
});

const pairing = (village_code: string, overrides: Partial<PairingRow> = {}): PairingRow => ({
  year: 2025,
  village_code,
  unit: '区财政局',
  first_secretary: '吴刚',
  cadres: 5,
  households_paired: 10,
  poor_households: 12,
  village_visits: 4,
  household_visits: 20,
  friends_confirmed: 9,
  survey_calls: 8,
  survey_satisfied: 7,
  ...overrides,
});

function inputs(overrides: Partial<RegionFigureInputs>): RegionFigureInputs {
  return { regions: index.nodes, years: [2024, 2025], honorees: [], projects: [], indicators: [], pairings: [], ...overrides };
}

const ofYear = (figures: ReturnType<typeof deriveRegionFigures>, code: string, year: number) => figures[code]?.find((entry) => entry.year === year);

describe('deriveRegionFigures', () => {
  it('gives every region one entry per year, zeros where nothing happened', () => {
    const figures = deriveRegionFigures(inputs({}));
    expect(Object.keys(figures)).toHaveLength(regions.length);
    expect(figures['610902101']?.map((entry) => entry.year)).toEqual([2024, 2025]);
    expect(ofYear(figures, '610902101', 2025)).toEqual({
      year: 2025,
      honorees: { total: 0, selfReliance: 0, cadres: 0 },
      funds: { projects: 0, allocated: 0, disbursed: 0, beneficiaryHouseholds: 0, poorHouseholds: 0 },
    });
  });

  it('counts published honorees up the hierarchy; revoked ones never, masked ones at their township only', () => {
    const published = publishHonorees(
      [
        honoree('H1', {}),
        honoree('H2', { consent: false }),
        honoree('H3', { status: '已撤销' }),
        honoree('H4', { kind: '交友帮扶好干部', region_code: '610902100', level: '镇级' }),
        honoree('H5', { year: 2024, region_code: '610902101201' }),
      ],
      index,
    );
    const figures = deriveRegionFigures(inputs({ honorees: published }));
    expect(ofYear(figures, '610902100201', 2025)?.honorees).toEqual({ total: 1, selfReliance: 1, cadres: 0 });
    expect(ofYear(figures, '610902100', 2025)?.honorees).toEqual({ total: 3, selfReliance: 2, cadres: 1 });
    expect(ofYear(figures, '610902', 2025)?.honorees.total).toBe(3);
    expect(ofYear(figures, '6109', 2025)?.honorees.total).toBe(3);
    expect(ofYear(figures, '6109', 2024)?.honorees.total).toBe(1);
  });

  it('totals funds with fundTotals over the projects located in the region, by project year', () => {
    const projects = publishProjects(
      [project('P1', 2025, '610902100201'), project('P2', 2025, '610902100'), project('P3', 2025, '610902101201'), project('P4', 2024, '610902100')],
      [line('P1', 100_00, 50_00), line('P1', 20_00, 20_00), line('P2', 300_00, 300_00), line('P3', 5_00, 7_00), line('P4', 1_00, 0)],
    );
    const figures = deriveRegionFigures(inputs({ projects }));
    expect(ofYear(figures, '610902100', 2025)?.funds).toEqual(fundTotals(projects.filter((p) => ['P1', 'P2'].includes(p.id))));
    expect(ofYear(figures, '610902100', 2025)?.funds.allocated).toBe(420_00);
    expect(ofYear(figures, '6109', 2025)?.funds).toMatchObject({ projects: 3, allocated: 425_00, disbursed: 377_00 });
    expect(ofYear(figures, '6109', 2024)?.funds).toMatchObject({ projects: 1, allocated: 1_00, disbursed: 0 });
  });

  it("uses a region's own indicator row when it has one, else sums its parts", () => {
    const figures = deriveRegionFigures(
      inputs({
        indicators: [
          // 五里镇 states its own figures (covering villages not listed): they stand.
          indicator('610902100', 2025, 900, 300, 30_000),
          indicator('610902100201', 2025, 90, 30, 1_000, false),
          indicator('610902100202', 2025, 60, 60, 2_000, true),
          // 张滩镇 has no row of its own: its one village is its figure.
          indicator('610902101201', 2025, 120, 100, 4_000, true),
        ],
      }),
    );
    expect(ofYear(figures, '610902100', 2025)?.poverty).toEqual({
      population: 30_000, poorHouseholds: 300, poorPersons: 900, exitedHouseholds: 100, exitedPersons: 300, villages: 2, villagesExited: 1,
    });
    expect(ofYear(figures, '610902101', 2025)?.poverty).toMatchObject({ population: 4_000, poorPersons: 120, villages: 1, villagesExited: 1 });
    expect(ofYear(figures, '610902', 2025)?.poverty).toMatchObject({ population: 34_000, poorPersons: 1_020, exitedPersons: 400, villages: 3, villagesExited: 2 });
    expect(ofYear(figures, '610902', 2024)?.poverty).toBeUndefined();
  });

  it('takes residents from the indicator row of the year, else regions.csv, else the sum of the parts', () => {
    const figures = deriveRegionFigures(inputs({ indicators: [indicator('610902100', 2025, 900, 300, 31_000), indicator('610902101201', 2025, 10, 0, 4_000)] }));
    expect(ofYear(figures, '610902100', 2025)?.population).toBe(31_000);
    expect(ofYear(figures, '610902100', 2024)?.population).toBe(30_000);
    expect(ofYear(figures, '610902', 2025)?.population).toBe(60_000);
    expect(ofYear(figures, '610902101', 2025)?.population).toBe(4_000);
    expect(ofYear(figures, '610902101', 2024)?.population).toBeUndefined();
  });

  it('sums pairings over villages and counts the villages meeting each visit norm', () => {
    const figures = deriveRegionFigures(
      inputs({
        pairings: [
          pairing('610902100201'),
          pairing('610902100202', { village_visits: 3, household_visits: 19 }),
          pairing('610902101201', { year: 2024 }),
        ],
      }),
    );
    expect(ofYear(figures, '610902100201', 2025)?.pairing).toMatchObject({ villages: 1, villagesMeetingUnitNorm: 1, villagesMeetingHouseholdNorm: 1 });
    expect(ofYear(figures, '610902100', 2025)?.pairing).toEqual({
      villages: 2, cadres: 10, householdsPaired: 20, poorHouseholds: 24, villageVisits: 7, householdVisits: 39,
      friendsConfirmed: 18, surveyCalls: 16, surveySatisfied: 14, villagesMeetingUnitNorm: 1, villagesMeetingHouseholdNorm: 1,
    });
    expect(ofYear(figures, '6109', 2025)?.pairing?.villages).toBe(2);
    expect(ofYear(figures, '610902101', 2025)?.pairing).toBeUndefined();
  });
});
