// Words the funds table uses for its columns and order, shared by the server's markup and the browser's.
import type { SortKey, SortOrder } from '../derive/funds-query.ts';

export const COLUMN_LABELS: Record<SortKey, string> = {
  name: '项目',
  year: '年度',
  place: '地点',
  category: '类别',
  status: '进度',
  allocated: '计划资金',
  disbursed: '已拨付',
  rate: '拨付率',
  households: '受益户（贫困户）',
};

/** Column names of the breakdown tables (by year, category, source, place), after the row's own name. */
export const BREAKDOWN_LABELS = {
  projects: '项目数',
  allocated: '计划资金',
  disbursed: '已拨付',
  rate: '拨付率',
  share: '占计划资金',
  households: '受益户（贫困户）',
} as const;

/** Column order of the table: the money right after the name, so a phone shows it without scrolling. */
export const COLUMNS: readonly SortKey[] = ['name', 'allocated', 'disbursed', 'rate', 'year', 'place', 'category', 'status', 'households'];

const NUMERIC = new Set<SortKey>(['year', 'allocated', 'disbursed', 'rate', 'households']);

export function isNumericColumn(key: SortKey): boolean {
  return NUMERIC.has(key);
}

const SORT_WORDS: Record<SortKey, string> = {
  name: '项目名称',
  year: '年度',
  place: '区划代码',
  category: '项目类别',
  status: '进度',
  allocated: '计划资金',
  disbursed: '已拨付金额',
  rate: '拨付率',
  households: '受益户数',
};

/** 按计划资金从多到少排列 */
export function sortDescription(sort: SortKey, order: SortOrder): string {
  const numeric = isNumericColumn(sort);
  const direction = numeric ? (order === 'desc' ? '从多到少' : '从少到多') : order === 'asc' ? '顺序' : '倒序';
  if (sort === 'year') return `按年度${order === 'desc' ? '从新到旧' : '从旧到新'}排列`;
  if (sort === 'rate') return `按拨付率${order === 'desc' ? '从高到低' : '从低到高'}排列`;
  return `按${SORT_WORDS[sort]}${direction}排列`;
}

/** 共 123 个项目，按计划资金从多到少排列；第 2 页，共 3 页。 */
export function countLine(projects: string, sort: SortKey, order: SortOrder, page: number, pages: number): string {
  return `共 ${projects} 个项目，${sortDescription(sort, order)}${pages > 1 ? `；第 ${page} 页，共 ${pages} 页` : ''}。`;
}
