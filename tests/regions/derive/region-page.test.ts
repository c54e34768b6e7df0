import { describe, expect, it } from 'vitest';
import { publishHonorees } from '../../../src/honorees/derive/honorees.ts';
import { publishProjects } from '../../../src/funds/derive/projects.ts';
import { indexRegionContent } from '../../../src/regions/derive/region-content.ts';
import { deriveRegionFigures } from '../../../src/regions/derive/region-figures.ts';
import { honoreeListFilter, LIST_LIMITS, regionPageLists } from '../../../src/regions/derive/region-page.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { HonoreeRow, NoticeRow, PairingRow, ProjectRow, Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '五里镇', level: 'township', parent_code: '610902' },
  { code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100' },
  { code: '610902100202', name: '新联村', level: 'village', parent_code: '610902100' },
];
const index = indexRegions(regions);
const node = (code: string) => {
  const found = index.nodes.get(code);
  if (!found) throw new Error(code);
  return found;
};

const honoree = (id: string, overrides: Partial<HonoreeRow>): HonoreeRow => ({
  id, kind: '自强标兵', name: '张明华', year: 2025, level: '村级', region_code: '610902100201', category: '勤劳致富',
  summary: '种茶', story: '种茶', consent: true, notice_id: 'N-1', status: '已表彰', ...overrides,
});
const project = (id: string, year: number, region_code: string): ProjectRow => ({
  id, year, region_code, name: id, category: '产业发展', unit: '镇政府', responsible: '李建设', start: `${year}-03-01`, end: `${year}-10-01`,
  status: '完工', beneficiary_households: 1, beneficiary_persons: 1, poor_households: 1, goal: '增收', mechanism: '分红',
});
const notice = (id: string, region_code: string, published_on: string): NoticeRow => ({
  id, type: '其他', title: id, issuer: '办公室', region_code, published_on, period_start: published_on, period_end: published_on, objection_phone: '0915-3268123', body: '正文',
});
const pairing = (village_code: string, year: number): PairingRow => ({
  year, village_code, unit: '区财政局', cadres: 1, households_paired: 1, poor_households: 1, village_visits: 4, household_visits: 2, friends_confirmed: 1, survey_calls: 1, survey_satisfied: 1,
});

const honorees = publishHonorees(
  [
    honoree('named', {}),
    honoree('masked', { consent: false, region_code: '610902100202' }),
    honoree('revoked', { status: '已撤销' }),
    honoree('city-level', { level: '市级', region_code: '610902100202' }),
    honoree('city-level-masked', { level: '市级', consent: false }),
  ],
  index,
);
const projects = publishProjects(
  [project('old', 2024, '610902100201'), project('small', 2025, '610902100'), project('big', 2025, '610902100202')],
  [
    { project_id: 'small', source: '中央财政', allocated: 100, disbursed: 0 },
    { project_id: 'big', source: '中央财政', allocated: 9_000, disbursed: 0 },
    { project_id: 'old', source: '中央财政', allocated: 99_999, disbursed: 0 },
  ],
);
const content = indexRegionContent({
  regions: index.nodes,
  honorees,
  projects,
  notices: [notice('city', '6109', '2025-01-01'), notice('county', '610902', '2025-03-01'), notice('village', '610902100201', '2025-02-01')],
  pairings: [pairing('610902100201', 2025), pairing('610902100201', 2024), pairing('610902100202', 2024)],
});

describe('regionPageLists', () => {
  it('lists named honorees on a village page, and masked ones only on their township page', () => {
    expect(regionPageLists(node('610902100201'), content, index.nodes).honorees.shown.map((h) => h.id)).toEqual(['named']);
    expect(regionPageLists(node('610902100202'), content, index.nodes).honorees.shown.map((h) => h.id)).toEqual(['city-level']);
    const township = regionPageLists(node('610902100'), content, index.nodes).honorees;
    expect(township.shown.map((h) => h.id).sort()).toEqual(['city-level', 'city-level-masked', 'masked', 'named']);
    expect(township.shown.find((h) => h.id === 'masked')).toMatchObject({ consent: false, name: '张**' });
  });

  it('features named city- and county-level honorees on county and city pages', () => {
    for (const code of ['610902', '6109']) {
      const lists = regionPageLists(node(code), content, index.nodes);
      expect(lists.honorees).toMatchObject({ featured: true, total: 1 });
      expect(lists.honorees.shown[0]?.id).toBe('city-level');
    }
  });

  it('lists projects within the region, newest year first and largest first', () => {
    expect(regionPageLists(node('610902100'), content, index.nodes).projects.shown.map((p) => p.id)).toEqual(['big', 'small', 'old']);
    expect(regionPageLists(node('610902100201'), content, index.nodes).projects.shown.map((p) => p.id)).toEqual(['old']);
  });

  it("gives a region its own notices and, separately, its ancestors' newest first", () => {
    const village = regionPageLists(node('610902100201'), content, index.nodes);
    expect(village.notices.shown.map((n) => n.id)).toEqual(['village']);
    expect(village.noticesAbove.shown.map((n) => n.id)).toEqual(['county', 'city']);
    expect(regionPageLists(node('6109'), content, index.nodes).noticesAbove.total).toBe(0);
  });

  it("gives a village its pairings oldest first, and a township each village's latest", () => {
    expect(regionPageLists(node('610902100201'), content, index.nodes).pairings.map((p) => p.year)).toEqual([2024, 2025]);
    const township = regionPageLists(node('610902100'), content, index.nodes);
    expect(township.pairings).toEqual([]);
    expect(township.villagePairings.map((v) => [v.name, v.row.year])).toEqual([['黄沟村', 2025], ['新联村', 2024]]);
  });

  it('cuts long lists and says how many there are', () => {
    const many = publishHonorees(Array.from({ length: LIST_LIMITS.honorees + 5 }, (_, i) => honoree(`H${i}`, {})), index);
    const manyContent = indexRegionContent({ regions: index.nodes, honorees: many, projects: [], notices: [], pairings: [] });
    const township = regionPageLists(node('610902100'), manyContent, index.nodes);
    expect(township.honorees.shown).toHaveLength(LIST_LIMITS.honorees);
    expect(township.honorees.total).toBe(LIST_LIMITS.honorees + 5);
    const village = regionPageLists(node('610902100201'), manyContent, index.nodes);
    expect(village.honorees.shown).toHaveLength(LIST_LIMITS.villageHonorees);
    expect(village.honorees.total).toBe(LIST_LIMITS.honorees + 5);
  });

  it("links a village and a township to their township's honoree list, a county to its own, the city to all", () => {
    const figures = deriveRegionFigures({ regions: index.nodes, years: [2025], honorees, projects: [], indicators: [], pairings: [] });
    expect(honoreeListFilter(node('610902100201'), figures)).toEqual({ facet: 'township', slug: '610902100' });
    expect(honoreeListFilter(node('610902100'), figures)).toEqual({ facet: 'township', slug: '610902100' });
    expect(honoreeListFilter(node('610902'), figures)).toEqual({ facet: 'county', slug: '610902' });
    expect(honoreeListFilter(node('6109'), figures)).toBeUndefined();
    const nobody = deriveRegionFigures({ regions: index.nodes, years: [2025], honorees: [], projects: [], indicators: [], pairings: [] });
    expect(honoreeListFilter(node('610902100201'), nobody)).toBeUndefined();
  });
});
