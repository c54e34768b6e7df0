import { describe, expect, it } from 'vitest';
import { facetKey, facetValues } from '../../../src/honorees/derive/honoree-facets.ts';
import { filterFiles } from '../../../src/honorees/derive/honoree-filter-data.ts';
import { planShards, resolvePage } from '../../../src/honorees/client/honoree-filter-query.ts';
import { FACETS, pagerPages, readState, stateSearch, staticPath, type FilterIndex, type FilterState, type ShardRow } from '../../../src/honorees/derive/honoree-filters.ts';
import { compareListOrder } from '../../../src/honorees/derive/honoree-list.ts';
import type { PublishedHonoree } from '../../../src/honorees/derive/honorees.ts';
import { consented, masked, regionNames } from './honoree-fixture.ts';

/** 400 honorees spread over years, levels, kinds, townships and categories by a fixed recipe (no randomness). */
function population(): PublishedHonoree[] {
  const townships = [['610902', '610902100'], ['610902', '610902101'], ['610921', '610921100']] as const;
  const levels = ['村级', '镇级', '县级', '市级'] as const;
  return Array.from({ length: 400 }, (_, n) => {
    const [countyCode, townshipCode] = townships[(n * 7) % 3]!;
    const base = { year: 2022 + (n % 4), level: levels[Math.floor(n / 4) % 4]!, countyCode, townshipCode, kind: n % 9 === 0 ? ('交友帮扶好干部' as const) : ('自强标兵' as const) };
    const id = `H-${String(n).padStart(3, '0')}`;
    return n % 6 === 0 ? masked(id, base) : consented(id, { ...base, category: ['产业发展', '孝老爱亲', '自主创业'][n % 3]!, name: `张${n}` });
  });
}

const honorees = population();
const values = facetValues(honorees, regionNames);
const { index, shards } = filterFiles(honorees, values);
const json = JSON.parse(JSON.stringify(index)) as FilterIndex;

function expected(params: Record<string, string>, page: number): string[] {
  const wanted = Object.entries(params).map(([facet, slug]) => [facet, values[facet as (typeof FACETS)[number]].find((value) => value.slug === slug)?.key]);
  return [...honorees]
    .sort(compareListOrder)
    .filter((honoree) => wanted.every(([facet, key]) => facetKey(honoree, facet as (typeof FACETS)[number]) === key))
    .slice((page - 1) * json.pageSize, page * json.pageSize)
    .map((honoree) => honoree.id);
}

function run(state: FilterState) {
  const plan = planShards(state, json);
  const loaded = new Map<string, ShardRow[]>(plan.files.map((file) => [file, shards.get(file) ?? []]));
  return { plan, result: resolvePage(state, json, plan, loaded) };
}

describe('filter files', () => {
  it('splits everyone into shards by year, level and county, none empty', () => {
    expect(index.shards.reduce((sum, shard) => sum + shard.rows, 0)).toBe(honorees.length);
    expect(index.shards.every((shard) => shard.rows > 0 && shards.get(shard.file)?.length === shard.rows)).toBe(true);
  });

  it('keeps only the masked name and no category of an honoree without consent', () => {
    const rows = [...shards.values()].flat();
    const row = rows.find(([, id]) => id === 'H-000');
    expect(row?.[2]).toBe('王**');
    expect(row?.[5]).toBe(-1);
  });
});

describe('combined filters', () => {
  const cases: Record<string, string>[] = [
    { year: '2024', level: 'shi-ji' },
    { kind: 'zi-qiang-biao-bing', category: 'chan-ye-fa-zhan' },
    { county: '610902', year: '2023' },
    { township: '610902101', level: 'cun-ji' },
    { kind: 'jiao-you-bang-fu-hao-gan-bu', level: 'xian-ji' },
  ];

  for (const params of cases) {
    it(`matches brute force for ${JSON.stringify(params)} on every page`, () => {
      const first = run(readState(new URLSearchParams(params), json)).result;
      expect(first.total).toBeGreaterThan(0);
      for (let page = 1; page <= first.pageCount; page += 1) {
        const { result } = run(readState(new URLSearchParams({ ...params, page: String(page) }), json));
        expect(result.rows.map((row) => row.id)).toEqual(expected(params, page));
      }
      const all = honorees.filter((honoree) => Object.entries(params).every(([facet, slug]) =>
        values[facet as (typeof FACETS)[number]].find((value) => value.slug === slug)?.key === facetKey(honoree, facet as (typeof FACETS)[number])));
      expect(first.total).toBe(all.length);
    });
  }

  it('counts each value as if it were chosen instead, the other filters kept', () => {
    const { result } = run(readState(new URLSearchParams({ year: '2024', level: 'shi-ji' }), json));
    const levelCount = (slug: string) => result.counts.level[json.facets.level.findIndex((entry) => entry.slug === slug)];
    expect(levelCount('cun-ji')).toBe(honorees.filter((honoree) => honoree.year === 2024 && honoree.level === '村级').length);
    const yearCount = result.counts.year[json.facets.year.findIndex((entry) => entry.slug === '2022')];
    expect(yearCount).toBe(honorees.filter((honoree) => honoree.year === 2022 && honoree.level === '市级').length);
  });

  it('counts townships from the county rows once a county is chosen', () => {
    const { plan, result } = run(readState(new URLSearchParams({ county: '610902', year: '2025' }), json));
    expect(plan.byCounty).toBe(true);
    const township = json.facets.township.findIndex((entry) => entry.slug === '610902101');
    expect(result.counts.township[township]).toBe(honorees.filter((honoree) => honoree.townshipCode === '610902101' && honoree.year === 2025).length);
  });

  it('fetches only the shards the page overlaps when no county is chosen', () => {
    const { plan } = run(readState(new URLSearchParams({ level: 'shi-ji', kind: 'zi-qiang-biao-bing' }), json));
    expect(plan.byCounty).toBe(false);
    expect(plan.files.length).toBeLessThan(json.shards.length);
    expect(plan.files.every((file) => json.shards.find((shard) => shard.file === file)?.level === json.facets.level.findIndex((entry) => entry.slug === 'shi-ji'))).toBe(true);
  });

  it('clamps a page past the end to the last page', () => {
    const { result } = run(readState(new URLSearchParams({ year: '2024', level: 'shi-ji', page: '99' }), json));
    expect(result.page).toBe(result.pageCount);
    expect(result.rows.length).toBeGreaterThan(0);
  });
});

describe('filter state in the URL', () => {
  it('reads known values, ignores unknown ones and brings a township’s county along', () => {
    const state = readState(new URLSearchParams({ township: '610921100', year: '1999', page: '2' }), json);
    expect(state.page).toBe(2);
    expect(state.selection.year).toBeUndefined();
    expect(json.facets.county[state.selection.county ?? -1]?.slug).toBe('610921');
    expect(stateSearch(state, json)).toBe('?township=610921100&page=2');
  });

  it('drops a township that is not in the chosen county', () => {
    const state = readState(new URLSearchParams({ county: '610902', township: '610921100' }), json);
    expect(state.selection.township).toBeUndefined();
    expect(stateSearch(state, json)).toBe('?county=610902');
  });

  it('names the static page for one filter or none, and none for a combination', () => {
    expect(staticPath(readState(new URLSearchParams({ township: '610921100' }), json), json)).toBe('/honorees/township/610921100/');
    expect(staticPath(readState(new URLSearchParams({ page: '3' }), json), json)).toBe('/honorees/page/3/');
    expect(staticPath(readState(new URLSearchParams({ year: '2024', level: 'shi-ji' }), json), json)).toBeUndefined();
  });
});

describe('pagerPages', () => {
  it('shows the ends and two pages either side, with gaps', () => {
    expect(pagerPages(5, 40)).toEqual([1, 0, 3, 4, 5, 6, 7, 0, 40]);
    expect(pagerPages(1, 3)).toEqual([1, 2, 3]);
    expect(pagerPages(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pagerPages(1, 1)).toEqual([1]);
  });
});
