// Tiny inline fixtures for the chart tests: a city with two counties, three townships and a few villages.
import type { PublishedHonoree } from '../../src/honorees/derive/honorees.ts';
import type { PublishedProject } from '../../src/funds/derive/projects.ts';
import { indexRegions } from '../../src/regions/derive/regions.ts';
import type { Region } from '../../src/pipeline/schemas/index.ts';

export const regionRows: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610921', name: '汉阴县', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '关庙镇', level: 'township', parent_code: '610902', population: 20_000 },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
  { code: '610921100', name: '城关镇', level: 'township', parent_code: '610921' },
  { code: '610902100201', name: '皂树村', level: 'village', parent_code: '610902100' },
  { code: '610902101202', name: '后堰村', level: 'village', parent_code: '610902101' },
  { code: '610921100203', name: '东坡村', level: 'village', parent_code: '610921100' },
];

export const regionIndex = indexRegions(regionRows);
export const regions = regionIndex.nodes;

let serial = 0;
export function honoree(overrides: Partial<PublishedHonoree> & Pick<PublishedHonoree, 'year' | 'level'>): PublishedHonoree {
  serial += 1;
  const base = { id: `H-${serial}`, kind: '自强标兵' as const, status: '已表彰' as const, countyCode: '610902', townshipCode: '610902100', noticeId: 'N-1' };
  if (overrides.consent === false) return { ...base, consent: false, name: '张**', ...overrides } as PublishedHonoree;
  return { ...base, consent: true, name: '张明华', category: '产业发展', summary: '', paragraphs: [], ...overrides } as PublishedHonoree;
}

export function project(id: string, year: number, regionCode: string, category: string, lines: [source: string, allocated: number, disbursed: number][]): PublishedProject {
  const fundLines = lines.map(([source, allocated, disbursed]) => ({ source, allocated, disbursed, overDisbursed: disbursed > allocated })) as PublishedProject['fundLines'];
  return {
    id, year, region_code: regionCode, name: id, category, unit: '单位', responsible: '负责人', start: `${year}-01-01`, end: `${year}-12-31`, status: '完工',
    beneficiary_households: 1, beneficiary_persons: 1, poor_households: 1, goal: '', mechanism: '',
    fundLines,
    allocatedTotal: lines.reduce((sum, line) => sum + line[1], 0),
    disbursedTotal: lines.reduce((sum, line) => sum + line[2], 0),
    overDisbursed: fundLines.some((line) => line.overDisbursed),
  } as PublishedProject;
}
