// The files behind the list's combined filters (JavaScript only): a small index with every filter value and
// the count of each combination, and the honorees split by year, level and county so that the browser
// fetches only the few shards a page of results needs — never one file with everyone.
import { facetKey, type FacetValues } from './honoree-facets.ts';
import { FACETS, type Facet, type FilterIndex, type ShardRow } from './honoree-filters.ts';
import { compareListOrder, PAGE_SIZE } from './honoree-list.ts';
import type { PublishedHonoree } from './honorees.ts';

export interface FilterFiles {
  index: FilterIndex;
  /** Rows of each shard by file name (2024-shi-ji-610902.json), in list order. */
  shards: Map<string, ShardRow[]>;
}

export function shardName(year: string, level: string, county: string): string {
  return `${year}-${level}-${county}.json`;
}

export function filterFiles(honorees: readonly PublishedHonoree[], values: FacetValues): FilterFiles {
  const position = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(values[facet].map((value, index) => [value.key, index]))]),
  ) as Record<Facet, Map<string, number>>;
  const at = (facet: Facet, honoree: PublishedHonoree): number => {
    const key = facetKey(honoree, facet);
    return key === undefined ? -1 : (position[facet].get(key) ?? -1);
  };
  const cube = new Map<string, number[]>();
  const shards = new Map<string, ShardRow[]>();
  const shardCells = new Map<string, [number, number, number]>();
  [...honorees].sort(compareListOrder).forEach((honoree, ordinal) => {
    const kind = at('kind', honoree);
    const level = at('level', honoree);
    const year = at('year', honoree);
    const county = at('county', honoree);
    const category = at('category', honoree);
    const cell = `${kind},${level},${year},${county},${category}`;
    const counted = cube.get(cell);
    if (counted) counted[5] = (counted[5] ?? 0) + 1;
    else cube.set(cell, [kind, level, year, county, category, 1]);
    const name = shardName(values.year[year]?.slug ?? '', values.level[level]?.slug ?? '', values.county[county]?.slug ?? '');
    const rows = shards.get(name);
    const row: ShardRow = [ordinal, honoree.id, honoree.name, kind, at('township', honoree), category];
    if (rows) rows.push(row);
    else {
      shards.set(name, [row]);
      shardCells.set(name, [year, level, county]);
    }
  });
  const strip = (facet: Facet) =>
    values[facet].map((value) => ({ slug: value.slug, label: value.label, ...(value.county ? { county: position.county.get(value.county) ?? -1 } : {}), count: value.count }));
  return {
    index: {
      version: 1,
      pageSize: PAGE_SIZE,
      facets: { kind: strip('kind'), year: strip('year'), level: strip('level'), county: strip('county'), township: strip('township'), category: strip('category') },
      cube: [...cube.values()],
      shards: [...shards].map(([name, rows]) => {
        const [year, level, county] = shardCells.get(name) ?? [-1, -1, -1];
        return { file: name, year, level, county, rows: rows.length, first: rows[0]?.[0] ?? 0 };
      }),
    },
    shards,
  };
}
