// projects.csv: poverty-alleviation projects, with everything the fund-publicity rules require.
import { count, date, defineTable, identifier, name, oneOf, regionCode, text, year, type RowOf } from './fields.ts';

export const PROJECT_CATEGORIES = ['产业发展', '就业扶持', '教育扶持', '易地搬迁', '健康扶贫', '兜底保障', '基础设施', '其他'] as const;
export const PROJECT_STATUSES = ['计划', '在建', '完工', '验收'] as const;

/**
 * What the site itself writes in /funds/projects/ beside the projects (/funds/projects/<id>/): nothing yet but the
 * folder's index name. tests/pipeline/route-names.test.ts checks the list against src/pages/funds/projects/.
 */
export const PROJECT_ROUTE_NAMES = ['index.html'] as const;

export const projects = defineTable({
  file: 'projects.csv',
  title: { zh: '扶贫项目', en: 'Projects' },
  description: { zh: '每行一个扶贫项目', en: 'One row per project' },
  primaryKey: 'id',
  fields: {
    id: identifier({ alias: '项目编号', description: { zh: '项目编号', en: 'Project id' }, reserved: { folder: '/funds/projects/', names: PROJECT_ROUTE_NAMES } }),
    year: year({ alias: '年度', description: { zh: '项目年度', en: 'Year' } }),
    region_code: regionCode({ alias: '实施地点', description: { zh: '实施地点（乡镇或村）', en: 'Where it is carried out (township or village)' } }),
    name: name({ alias: '项目名称', description: { zh: '项目名称', en: 'Name' } }),
    category: oneOf({ alias: '项目类别', description: { zh: '项目类别', en: 'Category' }, values: PROJECT_CATEGORIES }),
    unit: name({ alias: '实施单位', description: { zh: '实施单位', en: 'Implementing unit' } }),
    responsible: name({ alias: '责任人', description: { zh: '责任人（公职人员）', en: 'Responsible official' } }),
    start: date({ alias: '开工日期', description: { zh: '开工日期', en: 'Start date' } }),
    end: date({ alias: '完工日期', description: { zh: '完工日期', en: 'End date' } }),
    status: oneOf({ alias: '进度', description: { zh: '进度', en: 'Status' }, values: PROJECT_STATUSES }),
    beneficiary_households: count({ alias: '受益户数', description: { zh: '受益户数', en: 'Households benefiting' } }),
    beneficiary_persons: count({ alias: '受益人数', description: { zh: '受益人数', en: 'People benefiting' } }),
    poor_households: count({ alias: '其中贫困户', description: { zh: '受益户中的贫困户数', en: 'Of which poor households' } }),
    goal: text({ alias: '绩效目标', description: { zh: '绩效目标', en: 'Performance goal' } }),
    mechanism: text({ alias: '带贫减贫机制', description: { zh: '带贫减贫机制', en: 'How it benefits poor households' } }),
    notice_id: identifier({ alias: '公示编号', description: { zh: '公布该项目的公示编号', en: 'Notice that announced the project' } }, false),
    // Added after format v1's first exports: optional, so those still build (a notice then says 「未填报」), and last,
    // so the open data's earlier columns keep their places.
    task: text({ alias: '建设任务', description: { zh: '建设任务（建设内容和规模）', en: 'Construction task: what is built or done, and how much' } }, false),
    subsidy_standard: text({ alias: '补助标准', description: { zh: '补助标准（如每户、每亩、每人的补助金额）', en: 'Subsidy standard (e.g. per household, mu or person)' } }, false),
  },
});

export type ProjectRow = RowOf<typeof projects>;
