// How the browser combines the list's filters from the pre-split filter files: which shards a page of results
// needs, then that page and the counts once they are loaded. Dependency-free, so unit tests pin it.
import { FACETS, type Facet, type FilterIndex, type FilterState, type Selection, type ShardInfo, type ShardRow } from '../derive/honoree-filters.ts';

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
