// A tiny inline export for the funds tests: two counties, three townships, projects with several sources.
import { publishProjects, type PublishedProject } from '../../../src/funds/derive/projects.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import { summariseProject, type FundProjectSummary } from '../../../src/funds/derive/funds-summary.ts';
import type { FundLineRow, ProjectRow, Region } from '../../../src/pipeline/schemas/index.ts';

export const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610921', name: '汉阴县', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '关庙镇', level: 'township', parent_code: '610902' },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
  { code: '610921100', name: '城关镇', level: 'township', parent_code: '610921' },
  { code: '610902100201', name: '皂树村', level: 'village', parent_code: '610902100' },
];

function project(id: string, year: number, region: string, category: ProjectRow['category'], extra: Partial<ProjectRow> = {}): ProjectRow {
  return {
    id, year, region_code: region, name: `${id} 项目`, category, unit: '镇人民政府', responsible: '李建设（镇长）',
    start: `${year}-03-01`, end: `${year}-10-31`, status: '完工', beneficiary_households: 100, beneficiary_persons: 300,
    poor_households: 30, goal: '目标', mechanism: '机制', ...extra,
  };
}

export const projectRows: ProjectRow[] = [
  project('P-1', 2025, '610902100201', '产业发展', { name: '皂树村茶园提质增效项目', beneficiary_households: 120, poor_households: 45 }),
  project('P-2', 2025, '610921100', '基础设施', { name: '城关镇安全饮水工程', status: '在建', beneficiary_households: 860, poor_households: 210 }),
  project('P-3', 2024, '610902101', '易地搬迁', { name: '张滩镇安置点配套工程', status: '验收' }),
  project('P-4', 2024, '610902100', '产业发展', { name: '关庙镇魔芋加工厂', status: '计划' }),
];

const line = (project_id: string, source: FundLineRow['source'], allocated: number, disbursed: number): FundLineRow => ({ project_id, source, allocated, disbursed });

/** Amounts in fen; one line over-disbursed (P-2), one project (P-4) with nothing allocated yet. */
export const fundLineRows: FundLineRow[] = [
  line('P-1', '中央财政', 50_000_000, 50_000_000),
  line('P-1', '县级财政', 12_000_050, 8_000_000),
  line('P-1', '县级财政', 3_000_001, 3_000_001),
  line('P-1', '社会帮扶', 3_000_000, 0),
  line('P-2', '省级财政', 80_000_000, 60_000_000),
  line('P-2', '中央财政', 1_000, 1_500),
  line('P-3', '中央财政', 7, 3),
];

export const regionIndex = indexRegions(regions);
export const published: PublishedProject[] = publishProjects(projectRows, fundLineRows);
export const summaries: FundProjectSummary[] = published.map((row) => summariseProject(row, regionIndex.nodes));
export const byId = (id: string) => summaries.find((summary) => summary.id === id)!;
