// Where a view of the funds table lives. Year and county are path segments, because each pair is a
// static page that reads without JavaScript (/funds/2025/610902/page/2/); the finer filters and the
// sort order are query parameters that the enhanced table applies (?category=基础设施&sort=rate).
// Paths here are site-relative; pages and scripts pass them through href() for the base path.
import { DEFAULT_SORT, isSortKey, isStaticView, type FundQuery } from './funds-query.ts';

/** A static view: one year or all years, the whole city or one county. */
export interface FundView {
  year?: number;
  countyCode?: string;
}

const YEAR = /^\d{4}$/;
const COUNTY = /^\d{6}$/;
const PAGE = /^[1-9]\d{0,5}$/;

/** The Astro rest parameter of a view page: undefined for /funds/, else "2025", "610902", "2025/610902/page/2". */
export function viewParam(view: FundView, page = 1): string | undefined {
  const segments = [view.year === undefined ? undefined : String(view.year), view.countyCode, page > 1 ? `page/${page}` : undefined];
  const param = segments.filter(Boolean).join('/');
  return param === '' ? undefined : param;
}

export function viewPath(view: FundView, page = 1): string {
  const param = viewParam(view, page);
  return param ? `/funds/${param}/` : '/funds/';
}

/** A view's name in download file names: 2025-610902, all-610902, 2025-all, all-all. */
export function viewKey(view: FundView): string {
  return `${view.year ?? 'all'}-${view.countyCode ?? 'all'}`;
}

/** Reads a view page's path (without the base path); undefined when it is not one. */
export function parseViewPath(path: string): (FundView & { page: number }) | undefined {
  const match = /^\/funds\/(.*?)\/?$/.exec(path);
  if (!match) return undefined;
  const segments = (match[1] ?? '').split('/').filter(Boolean);
  const view: FundView & { page: number } = { page: 1 };
  let at = 0;
  const year = segments[at];
  if (year && YEAR.test(year)) {
    view.year = Number(year);
    at += 1;
  }
  const county = segments[at];
  if (county && COUNTY.test(county)) {
    view.countyCode = county;
    at += 1;
  }
  const page = segments[at + 1];
  if (segments[at] === 'page' && page && PAGE.test(page)) {
    view.page = Number(page);
    at += 2;
  }
  return at === segments.length ? view : undefined;
}

const TEXT_PARAMS = [
  ['township', 'townshipCode'],
  ['category', 'category'],
  ['source', 'source'],
  ['status', 'status'],
  ['q', 'text'],
] as const;

/** The query a location shows: the view from the path, the rest from the search string. */
export function queryFromLocation(path: string, search: URLSearchParams): FundQuery | undefined {
  const view = parseViewPath(path);
  if (!view) return undefined;
  const query: FundQuery = { ...DEFAULT_SORT, page: view.page };
  if (view.year !== undefined) query.year = view.year;
  if (view.countyCode) query.countyCode = view.countyCode;
  // Tolerate ?year= and ?county= written by hand; the path wins when both are given.
  const year = search.get('year');
  if (query.year === undefined && year && YEAR.test(year)) query.year = Number(year);
  const county = search.get('county');
  if (!query.countyCode && county && COUNTY.test(county)) query.countyCode = county;
  for (const [param, field] of TEXT_PARAMS) {
    const value = search.get(param)?.trim();
    if (value) query[field] = value;
  }
  const sort = search.get('sort');
  if (sort && isSortKey(sort)) query.sort = sort;
  const order = search.get('order');
  if (order === 'asc' || order === 'desc') query.order = order;
  const page = search.get('page');
  if (page && PAGE.test(page)) query.page = Number(page);
  return query;
}

/**
 * The address of a query: a static page when it is one, else the view's page plus a search string.
 * A county with no projects in the chosen year has no page of its own (`hasView` says which exist), so
 * its code goes into the search string of the year's page instead and a reload still finds a page.
 */
export function locationOfQuery(query: FundQuery, hasView: (view: FundView) => boolean = () => true): string {
  const year: FundView = query.year !== undefined ? { year: query.year } : {};
  const full: FundView = { ...year, ...(query.countyCode ? { countyCode: query.countyCode } : {}) };
  const view = hasView(full) ? full : year;
  if (isStaticView(query) && view === full) return viewPath(view, query.page);
  const search = new URLSearchParams();
  if (view !== full && query.countyCode) search.set('county', query.countyCode);
  for (const [param, field] of TEXT_PARAMS) {
    const value = query[field];
    if (value) search.set(param, value);
  }
  if (query.sort !== DEFAULT_SORT.sort || query.order !== DEFAULT_SORT.order) {
    search.set('sort', query.sort);
    search.set('order', query.order);
  }
  if (query.page > 1) search.set('page', String(query.page));
  return `${viewPath(view)}?${search.toString()}`;
}

/** The tables of a view that can be downloaded. */
export const DOWNLOAD_TABLES = ['projects', 'by-year', 'by-category', 'by-source', 'by-area'] as const;
export type DownloadTableName = (typeof DOWNLOAD_TABLES)[number];

/** A static download of a view's table: /funds/downloads/2025-610902-by-source.csv. */
export function downloadPath(view: FundView, table: DownloadTableName, format: 'csv' | 'json'): string {
  return `/funds/downloads/${downloadFile(view, table, format)}`;
}

export function downloadFile(view: FundView, table: DownloadTableName, format: 'csv' | 'json'): string {
  return `${viewKey(view)}-${table}.${format}`;
}
