// The notice list's filters (type × county × year) as static pages: every combination, pre-grouped once,
// so a phone without JavaScript filters by following a link and the build never scans the notices per page.
import type { NoticeRow } from '../../pipeline/schemas/index.ts';
import { NOTICE_TYPES } from '../../pipeline/schemas/notices.ts';
import { sortForPublicity } from './notice-order.ts';

export type NoticeType = (typeof NOTICE_TYPES)[number];

/** The token for "any value" in a filter path. */
export const ANY = 'all';

/** URL segments for the types: ASCII, so filter links stay readable when copied into a chat. */
export const NOTICE_TYPE_SLUGS: Record<NoticeType, string> = {
  标兵评选: 'role-models',
  干部评选: 'cadres',
  资金项目: 'funds',
  脱贫退出: 'poverty-exit',
  结对帮扶: 'pairing',
  其他: 'other',
};

export interface NoticeFilter {
  /** A type slug or ANY. */
  type: string;
  /** A county code or ANY. */
  area: string;
  /** A year (of publication) or ANY. */
  year: string;
}

export interface FacetOption {
  value: string;
  label: string;
}

export interface NoticeFacets {
  types: FacetOption[];
  /** Counties in code order. */
  areas: FacetOption[];
  /** Years of publication, newest first. */
  years: FacetOption[];
}

export interface NoticeListings<T> {
  facets: NoticeFacets;
  /** Every combination of the facets (empty ones included), keyed by filterKey, each in publicity order. */
  byFilter: Map<string, T[]>;
}

export const UNFILTERED: NoticeFilter = { type: ANY, area: ANY, year: ANY };

/** `role-models/610902/2026`: the filter's path segments below /notices/list/. */
export function filterKey(filter: NoticeFilter): string {
  return `${filter.type}/${filter.area}/${filter.year}`;
}

export function isUnfiltered(filter: NoticeFilter): boolean {
  return filter.type === ANY && filter.area === ANY && filter.year === ANY;
}

export interface County {
  code: string;
  name: string;
}

/**
 * Groups the notices under every filter combination. A notice whose scope is the whole city (no county)
 * concerns every county, so it is listed under each of them.
 */
export function noticeListings<T extends Pick<NoticeRow, 'id' | 'type' | 'published_on' | 'period_start' | 'period_end'>>(
  notices: readonly T[],
  counties: readonly County[],
  countyOf: (notice: T) => string | undefined,
  today: string,
): NoticeListings<T> {
  const years = [...new Set(notices.map((notice) => notice.published_on.slice(0, 4)))].sort().reverse();
  const facets: NoticeFacets = {
    types: NOTICE_TYPES.map((type) => ({ value: NOTICE_TYPE_SLUGS[type], label: type })),
    areas: counties.map((county) => ({ value: county.code, label: county.name })),
    years: years.map((year) => ({ value: year, label: `${year} 年` })),
  };
  const byFilter = new Map<string, T[]>();
  for (const type of [ANY, ...facets.types.map((option) => option.value)]) {
    for (const area of [ANY, ...facets.areas.map((option) => option.value)]) {
      for (const year of [ANY, ...years]) byFilter.set(filterKey({ type, area, year }), []);
    }
  }
  const allCounties = counties.map((county) => county.code);
  for (const notice of notices) {
    const county = countyOf(notice);
    const areas = [ANY, ...(county ? [county] : allCounties)];
    for (const type of [ANY, NOTICE_TYPE_SLUGS[notice.type]]) {
      for (const area of areas) {
        for (const year of [ANY, notice.published_on.slice(0, 4)]) byFilter.get(filterKey({ type, area, year }))?.push(notice);
      }
    }
  }
  const periodOf = (notice: T) => ({ id: notice.id, start: notice.period_start, end: notice.period_end });
  for (const [key, list] of byFilter) byFilter.set(key, sortForPublicity(list, periodOf, today));
  return { facets, byFilter };
}
