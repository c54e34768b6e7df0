// The six filters of the honoree list, shared by the build and the browser: their names, the filter files'
// shape (see honoree-filter-data.ts), the state in the URL and the list's paths. Dependency-free.

export const FACETS = ['kind', 'year', 'level', 'county', 'township', 'category'] as const;
export type Facet = (typeof FACETS)[number];

/** What the list calls each filter, in Chinese. */
export const FACET_LABELS: Record<Facet, string> = {
  kind: '类别',
  year: '年度',
  level: '级别',
  county: '县（区）',
  township: '乡镇（街道）',
  category: '事迹类型',
};

export interface FacetEntry {
  slug: string;
  label: string;
  /** A township's county, as an index into the county values. */
  county?: number;
  /**
   * Honorees with this value, over all honorees: the counts a list shows beside its own filter's values (/honorees/year/2025/
   * offers the other years with theirs). Not in the list pages' HTML: one corrected honoree would change them on every page.
   */
  count: number;
}

/** One shard: the honorees of one year, level and county (values as indexes into the facet values). */
export interface ShardInfo {
  /** Its file beside the index (2024-shi-ji-610902.json), as the funds manifest names its chunks. */
  file: string;
  year: number;
  level: number;
  county: number;
  rows: number;
  /** List position of its first honoree. */
  first: number;
}

/**
 * [position in the full list, id, name (masked without consent), kind, township, category] with filter
 * values as indexes; category is -1 for an honoree without consent, who has none to show.
 */
export type ShardRow = [number, string, string, number, number, number];

export interface FilterIndex {
  version: 1;
  pageSize: number;
  facets: Record<Facet, FacetEntry[]>;
  /** Honorees per combination, [kind, level, year, county, category, count]: enough to count any filter but township. */
  cube: number[][];
  shards: ShardInfo[];
}

/** The chosen value of each filter, as an index into its values. A township implies its county. */
export type Selection = Partial<Record<Facet, number>>;

export interface FilterState {
  selection: Selection;
  page: number;
}

/** `/honorees/`, `/honorees/page/2/`, `/honorees/year/2025/`, `/honorees/year/2025/page/2/` (without the base path). */
export function listPath(filter?: { facet: Facet; slug: string }, page = 1): string {
  const param = listParam(filter, page);
  return param ? `/honorees/${param}/` : '/honorees/';
}

/** The rest parameter of the list route; undefined for the first page of everyone. */
export function listParam(filter?: { facet: Facet; slug: string }, page = 1): string | undefined {
  const parts = [...(filter ? [filter.facet, filter.slug] : []), ...(page > 1 ? ['page', String(page)] : [])];
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** Reads ?kind=…&year=…&page=… ; unknown values are ignored, a township brings its county along. */
export function readState(params: URLSearchParams, index: FilterIndex): FilterState {
  const selection: Selection = {};
  for (const facet of FACETS) {
    const slug = params.get(facet);
    const position = slug === null ? -1 : index.facets[facet].findIndex((entry) => entry.slug === slug);
    if (position >= 0) selection[facet] = position;
  }
  return withTownshipCounty({ selection, page: Math.max(1, Math.floor(Number(params.get('page'))) || 1) }, index);
}

/** A township belongs to one county: choosing it chooses the county, choosing another county drops it. */
export function withTownshipCounty(state: FilterState, index: FilterIndex): FilterState {
  const { township } = state.selection;
  if (township === undefined) return state;
  const county = index.facets.township[township]?.county;
  const { township: _dropped, ...withoutTownship } = state.selection;
  if (county === undefined || county < 0) return { ...state, selection: withoutTownship };
  if (state.selection.county !== undefined && state.selection.county !== county) return { ...state, selection: withoutTownship };
  return { ...state, selection: { ...state.selection, county } };
}

/** The filters a person chose (a township's county is not a choice of its own). */
export function chosenFilters(selection: Selection): Facet[] {
  return FACETS.filter((facet) => selection[facet] !== undefined && !(facet === 'county' && selection.township !== undefined));
}

/** The query string of a state, in filter order: ?year=2025&level=shi-ji&page=2 (empty for everyone, page 1). */
export function stateSearch(state: FilterState, index: FilterIndex): string {
  const params = new URLSearchParams();
  for (const facet of chosenFilters(state.selection)) {
    const slug = index.facets[facet][state.selection[facet] ?? -1]?.slug;
    if (slug) params.set(facet, slug);
  }
  if (state.page > 1) params.set('page', String(state.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The static page that shows a state without JavaScript: everyone or one filter. Undefined for combinations. */
export function staticPath(state: FilterState, index: FilterIndex): string | undefined {
  const chosen = chosenFilters(state.selection);
  if (chosen.length > 1) return undefined;
  const facet = chosen[0];
  if (facet === undefined) return listPath(undefined, state.page);
  const slug = index.facets[facet][state.selection[facet] ?? -1]?.slug;
  return slug ? listPath({ facet, slug }, state.page) : undefined;
}

/** Page numbers a pager shows: the first, the last and two either side of the current one; 0 marks a gap. */
export function pagerPages(page: number, pageCount: number): number[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((candidate) => candidate >= 1 && candidate <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((candidate, position) => (position > 0 && candidate - (shown[position - 1] ?? 0) > 1 ? [0, candidate] : [candidate]));
}

/** The line under a name in every list: 2025 年 · 市级自强标兵 · 产业发展 · 汉滨区关庙镇 (no category when masked). */
export function entryLine(entry: { year: number; level: string; kind: string; category?: string | undefined; county: string; township: string }): string {
  return [`${entry.year} 年`, `${entry.level}${entry.kind}`, ...(entry.category ? [entry.category] : []), `${entry.county}${entry.township}`].join(' · ');
}
