// A tiny release as the derive step sees it: regions, a consenting, a non-consenting and a revoked honoree,
// a notice, a project with three fund lines (two from one source).
import { publishHonorees } from '../../../src/honorees/derive/honorees.ts';
import type { OpenDataSource } from '../../../src/open-data/derive/open-data.ts';
import { publishProjects } from '../../../src/funds/derive/projects.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { FundLineRow, HonoreeRow, NoticeRow, ProjectRow, Region } from '../../../src/pipeline/schemas/index.ts';

export const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '五里镇', level: 'township', parent_code: '610902', population: 21000 },
  { code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100', population: 1850 },
];

export const honoree: HonoreeRow = {
  id: 'ZQ-1',
  kind: '自强标兵',
  name: '张明华',
  gender: '男',
  year: 2026,
  level: '村级',
  region_code: '610902100201',
  category: '勤劳致富',
  summary: '种茶致富',
  story: '第一段。\n\n第二段。',
  photo: 'zq-1.png',
  consent: true,
  notice_id: 'N-1',
  status: '已表彰',
  award: '奖金 500 元',
};

export const honorees: HonoreeRow[] = [
  honoree,
  { ...honoree, id: 'ZQ-2', name: '李秀英', gender: '女', consent: false, photo: undefined, story: '不公开的事迹' },
  { ...honoree, id: 'ZQ-3', name: '王建国', status: '已撤销', story: '撤销者的事迹' },
];

export const notice: NoticeRow = {
  id: 'N-1',
  type: '标兵评选',
  title: '=HYPERLINK("http://evil")',
  issuer: '五里镇人民政府',
  region_code: '610902100',
  published_on: '2026-10-20',
  period_start: '2026-10-21',
  period_end: '2026-10-27',
  objection_phone: '0915-3268123',
  objection_email: undefined,
  objection_address: undefined,
  body: '正文',
};

export const project: ProjectRow = {
  id: 'XM-1',
  year: 2026,
  region_code: '610902100201',
  name: '黄沟村茶园',
  category: '产业发展',
  unit: '五里镇人民政府',
  responsible: '李建设',
  start: '2026-03-01',
  end: '2026-10-31',
  status: '在建',
  beneficiary_households: 120,
  beneficiary_persons: 380,
  poor_households: 45,
  goal: '新建茶园 200 亩',
  mechanism: '土地入股分红',
  notice_id: 'N-1',
};

export const fundLines: FundLineRow[] = [
  { project_id: 'XM-1', source: '中央财政', allocated: 50_000_000, disbursed: 50_000_000, date: '2026-04-10' },
  { project_id: 'XM-1', source: '县级财政', allocated: 12_000_050, disbursed: 8_000_000, date: undefined },
  { project_id: 'XM-1', source: '县级财政', allocated: 3_000_000, disbursed: 0, date: undefined },
];

export const regionIndex = indexRegions(regions);

export function source(overrides: { honorees?: HonoreeRow[]; notices?: NoticeRow[]; projects?: ProjectRow[]; fundLines?: FundLineRow[] } = {}): OpenDataSource {
  return {
    regions: [...regionIndex.nodes.values()],
    honorees: publishHonorees(overrides.honorees ?? honorees, regionIndex),
    notices: overrides.notices ?? [notice],
    projects: publishProjects(overrides.projects ?? [project], overrides.fundLines ?? fundLines),
    pairings: [],
    indicators: [],
    targets: [],
  };
}
