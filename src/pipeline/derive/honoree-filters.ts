// The six filters of the honoree list and how the browser combines them from the pre-split filter files
// (see honoree-filter-data.ts): the state in the URL, which shards a page of results needs, and that page
// and the counts once the shards are loaded. Dependency-free, so the page script and the build share it.

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
}

/** One shard: the honorees of one year, level and county (values as indexes into the facet values). */
export interface ShardInfo {
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

/** A row with every filter value spelled out, for display and counting. */
export interface ListRow {
  position: number;
  id: string;
  name: string;
  kind: number;
  year: number;
  level: number;
  county: number;
  township: number;
  category: number;
}

export interface ResultPage {
  total: number;
  page: number;
  pageCount: number;
  rows: ListRow[];
  /** For each filter and value: how many honorees match if that value is chosen instead (other filters kept). */
  counts: Record<Facet, number[]>;
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

type CubeFacet = 'kind' | 'level' | 'year' | 'county' | 'category';
const CUBE_COLUMN: Record<CubeFacet, number> = { kind: 0, level: 1, year: 2, county: 3, category: 4 };
const CUBE_FACETS = Object.keys(CUBE_COLUMN) as CubeFacet[];

function cubeMatches(cell: readonly number[], selection: Selection, except?: Facet): boolean {
  return CUBE_FACETS.every((facet) => facet === except || selection[facet] === undefined || cell[CUBE_COLUMN[facet]] === selection[facet]);
}

/** Honorees matching the selection, township aside (the cube has no townships). */
function cubeTotal(index: FilterIndex, selection: Selection): number {
  return index.cube.reduce((sum, cell) => sum + (cubeMatches(cell, selection) ? (cell[5] ?? 0) : 0), 0);
}

function cubeCounts(index: FilterIndex, selection: Selection, facet: CubeFacet): number[] {
  const counts = index.facets[facet].map(() => 0);
  for (const cell of index.cube) {
    const value = cell[CUBE_COLUMN[facet]] ?? -1;
    if (value >= 0 && cubeMatches(cell, selection, facet)) counts[value] = (counts[value] ?? 0) + (cell[5] ?? 0);
  }
  return counts;
}

/**
 * Which shards to fetch. With a county (or township) chosen: all of that county's shards, so every count,
 * townships included, comes from the rows. Otherwise the cube gives the counts and only the year-and-level
 * blocks that the requested page overlaps are fetched, and of those only shards with a match.
 */
export interface ShardPlan {
  files: string[];
  /** Matches before the first fetched block (list position of its first match among all matches). */
  offset: number;
  byCounty: boolean;
}

export function planShards(state: FilterState, index: FilterIndex): ShardPlan {
  const { selection } = state;
  if (selection.county !== undefined) {
    return { files: index.shards.filter((shard) => shard.county === selection.county).map((shard) => shard.file), offset: 0, byCounty: true };
  }
  const blocks = new Map<string, ShardInfo[]>();
  for (const shard of [...index.shards].sort((a, b) => a.first - b.first)) {
    const key = `${shard.year}/${shard.level}`;
    const block = blocks.get(key);
    if (block) block.push(shard);
    else blocks.set(key, [shard]);
  }
  const total = cubeTotal(index, selection);
  const page = Math.min(state.page, Math.max(1, Math.ceil(total / index.pageSize)));
  const start = (page - 1) * index.pageSize;
  const end = start + index.pageSize;
  const files: string[] = [];
  let seen = 0;
  let offset: number | undefined;
  for (const shards of blocks.values()) {
    const { year, level } = shards[0] ?? { year: -1, level: -1 };
    if ((selection.year ?? year) !== year || (selection.level ?? level) !== level) continue;
    const counts = shards.map((shard) => cubeTotal(index, { ...selection, year, level, county: shard.county }));
    const matches = counts.reduce((sum, count) => sum + count, 0);
    if (matches > 0 && seen + matches > start && seen < end) {
      offset ??= seen;
      shards.forEach((shard, position) => {
        if ((counts[position] ?? 0) > 0) files.push(shard.file);
      });
    }
    seen += matches;
  }
  return { files, offset: offset ?? 0, byCounty: false };
}

function rowsOf(index: FilterIndex, loaded: ReadonlyMap<string, readonly ShardRow[]>, files: readonly string[]): ListRow[] {
  const shards = new Map(index.shards.map((shard) => [shard.file, shard]));
  const rows: ListRow[] = [];
  for (const file of files) {
    const shard = shards.get(file);
    if (!shard) continue;
    for (const [position, id, name, kind, township, category] of loaded.get(file) ?? []) {
      rows.push({ position, id, name, kind, year: shard.year, level: shard.level, county: shard.county, township, category });
    }
  }
  return rows.sort((a, b) => a.position - b.position);
}

function rowMatches(row: ListRow, selection: Selection, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || selection[facet] === undefined || row[facet] === selection[facet]);
}

/** The requested page (clamped to the last) and the counts, from the shards the plan named. */
export function resolvePage(state: FilterState, index: FilterIndex, plan: ShardPlan, loaded: ReadonlyMap<string, readonly ShardRow[]>): ResultPage {
  const { selection } = state;
  const rows = rowsOf(index, loaded, plan.files);
  const matching = rows.filter((row) => rowMatches(row, selection));
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, index.facets[facet].map(() => 0)])) as Record<Facet, number[]>;
  let total: number;
  if (plan.byCounty) {
    total = matching.length;
    for (const facet of FACETS) {
      if (facet === 'county') continue;
      for (const row of rows) if (row[facet] >= 0 && rowMatches(row, selection, facet)) counts[facet][row[facet]] = (counts[facet][row[facet]] ?? 0) + 1;
    }
    const { township: _township, ...withoutTownship } = selection;
    counts.county = cubeCounts(index, withoutTownship, 'county');
  } else {
    total = cubeTotal(index, selection);
    for (const facet of CUBE_FACETS) counts[facet] = cubeCounts(index, selection, facet);
  }
  const pageCount = Math.max(1, Math.ceil(total / index.pageSize));
  const page = Math.min(state.page, pageCount);
  const start = (page - 1) * index.pageSize - plan.offset;
  return { total, page, pageCount, rows: matching.slice(Math.max(0, start), Math.max(0, start + index.pageSize)), counts };
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
