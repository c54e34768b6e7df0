// What the project table shows: filters, sort order and page, applied the same way at build time
// (the static pages) and in the browser (the enhanced table).
import { disbursementRate } from './funds-breakdown.ts';
import { throughSource, type FundProjectSummary, type FundSource, type ProjectCategory, type ProjectStatus } from './funds-summary.ts';

export const SORT_KEYS = ['allocated', 'disbursed', 'rate', 'households', 'year', 'name', 'place', 'category', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export interface FundFilters {
  year?: number;
  countyCode?: string;
  townshipCode?: string;
  category?: string;
  /** Only projects drawing on this source, and only this source's money counted. */
  source?: string;
  status?: string;
  /** Words in the project's name, id or place. */
  text?: string;
}

export interface FundQuery extends FundFilters {
  sort: SortKey;
  order: SortOrder;
  /** 1-based. */
  page: number;
}

export const PAGE_SIZE = 50;
/** Where did the money go: the largest allocations first. */
export const DEFAULT_SORT: { sort: SortKey; order: SortOrder } = { sort: 'allocated', order: 'desc' };
/** The order a column sorts in when first chosen: amounts largest first, words from A. */
export const FIRST_ORDER: Record<SortKey, SortOrder> = {
  allocated: 'desc',
  disbursed: 'desc',
  rate: 'desc',
  households: 'desc',
  year: 'desc',
  name: 'asc',
  place: 'asc',
  category: 'asc',
  status: 'asc',
};

export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
// The schema's orders, repeated so the browser bundle does not pull in zod: typed by the schema, so a value it
// does not declare fails the type check, and a test keeps order and completeness equal.
export const STATUS_ORDER: readonly ProjectStatus[] = ['计划', '在建', '完工', '验收'];
export const CATEGORY_ORDER: readonly ProjectCategory[] = ['产业发展', '就业扶持', '教育扶持', '易地搬迁', '健康扶贫', '兜底保障', '基础设施', '其他'];

/** A project with nothing allocated has no rate; it sorts as the lowest rate of all. */
function rateOf(summary: FundProjectSummary): number {
  return disbursementRate(summary) ?? -1;
}

const COMPARE: Record<SortKey, (a: FundProjectSummary, b: FundProjectSummary) => number> = {
  allocated: (a, b) => a.allocated - b.allocated,
  disbursed: (a, b) => a.disbursed - b.disbursed,
  rate: (a, b) => rateOf(a) - rateOf(b),
  households: (a, b) => a.households - b.households,
  year: (a, b) => a.year - b.year,
  name: (a, b) => collator.compare(a.name, b.name),
  place: (a, b) => a.regionCode.localeCompare(b.regionCode),
  category: (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
};

/** Sorted by the key, ties always by project id ascending, so every page boundary is the same everywhere. */
export function compareProjects(sort: SortKey, order: SortOrder) {
  const direction = order === 'asc' ? 1 : -1;
  return (a: FundProjectSummary, b: FundProjectSummary) => direction * COMPARE[sort](a, b) || a.id.localeCompare(b.id);
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function matchesFilters(summary: FundProjectSummary, filters: FundFilters): boolean {
  if (filters.year !== undefined && summary.year !== filters.year) return false;
  if (filters.countyCode && summary.countyCode !== filters.countyCode) return false;
  if (filters.townshipCode && summary.townshipCode !== filters.townshipCode) return false;
  if (filters.category && summary.category !== filters.category) return false;
  if (filters.status && summary.status !== filters.status) return false;
  if (filters.source && !summary.bySource.some((amount) => amount.source === filters.source)) return false;
  if (filters.text) {
    const haystack = normalise(`${summary.name} ${summary.id} ${summary.countyName ?? ''}${summary.townshipName ?? ''}${summary.villageName ?? ''}`);
    if (!normalise(filters.text).split(' ').every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** Every project the query selects, in its order (not yet paged); with a source filter, seen through that source. */
export function selectProjects(summaries: readonly FundProjectSummary[], query: FundQuery): FundProjectSummary[] {
  const selected: FundProjectSummary[] = [];
  for (const summary of summaries) {
    if (!matchesFilters(summary, query)) continue;
    selected.push(query.source ? throughSource(summary, query.source as FundSource) : summary);
  }
  return selected.sort(compareProjects(query.sort, query.order));
}

export function pageCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / PAGE_SIZE));
}

/** The rows of a 1-based page; a page past the end shows the last one. */
export function pageOf<T>(rows: readonly T[], page: number): { rows: T[]; page: number; pages: number } {
  const pages = pageCount(rows.length);
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { rows: rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages };
}

/** Whether a query is exactly a static page of the site (year and county only, default order). */
export function isStaticView(query: FundQuery): boolean {
  return (
    !query.townshipCode && !query.category && !query.source && !query.status && !query.text &&
    query.sort === DEFAULT_SORT.sort && query.order === DEFAULT_SORT.order
  );
}
