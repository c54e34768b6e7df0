import { describe, expect, it } from 'vitest';
import {
  bucketOf, pageUrl, planBundles, searchManifest, searchTypeOf, sourceKey, summarise, type SearchBundle, type SearchEntry,
} from '../../../src/search/derive/search-bundles.ts';
import { honoreeResultLine, pagefindFilters, readSearchState } from '../../../src/search/client/search-query.ts';

describe('searchTypeOf', () => {
  it('knows each page type by its path', () => {
    expect(searchTypeOf('honorees/ZQ-1/index.html')).toBe('honorees');
    expect(searchTypeOf('notices/N-1/index.html')).toBe('notices');
    expect(searchTypeOf('funds/projects/P-1/index.html')).toBe('projects');
    expect(searchTypeOf('regions/610902/index.html')).toBe('regions');
    expect(searchTypeOf('funds/index.html')).toBe('pages');
    expect(searchTypeOf('about/index.html')).toBe('pages');
  });
});

describe('planBundles', () => {
  const file = (path: string) => ({ file: path });
  const entries = [
    { type: 'honorees' as const, order: 2, source: file('honorees/c/index.html') },
    { type: 'honorees' as const, order: 0, source: file('honorees/a/index.html') },
    { type: 'honorees' as const, order: 1, source: file('honorees/b/index.html') },
    { type: 'notices' as const, order: 0, source: file('notices/n/index.html') },
  ];

  it('makes one bundle per type that fits, in list order, each carrying Pagefind’s code', () => {
    expect(planBundles(entries, 3)).toEqual([
      { name: 'honorees', type: 'honorees', primary: true, sources: [file('honorees/a/index.html'), file('honorees/b/index.html'), file('honorees/c/index.html')] },
      { name: 'notices', type: 'notices', primary: true, sources: [file('notices/n/index.html')] },
    ]);
  });

  it('orders records like files, by list position and then address', () => {
    const record = (url: string) => ({ record: { url, content: url, meta: { title: url }, filters: {} } });
    const planned = planBundles([
      { type: 'projects', order: 0, source: record('/funds/projects/P-2/') },
      { type: 'projects', order: 0, source: record('/funds/projects/P-1/') },
    ]);
    expect(planned.map((bundle) => bundle.sources.map(sourceKey))).toEqual([['/funds/projects/P-1/', '/funds/projects/P-2/']]);
  });

  it('describes the bundles of both phases for the search page, types without pages left out', () => {
    const fromRecords = [{ name: 'projects', type: 'projects' as const, pages: 4 }];
    expect(searchManifest([...fromRecords, ...planBundles(entries, 3).map(summarise)])).toEqual({
      version: 1,
      types: [
        { type: 'honorees', label: '人物', bundles: [{ name: 'honorees', pages: 3 }] },
        { type: 'notices', label: '公示', bundles: [{ name: 'notices', pages: 1 }] },
        { type: 'projects', label: '项目', bundles: [{ name: 'projects', pages: 4 }] },
      ],
    });
  });
});

describe('planBundles over a type too large for one bundle', () => {
  const SLICE = 100;
  /** Honorees of 2022–2025 in list order (newest year first): 2025 and 2024 need buckets, 2023 fits, 2022 is small. */
  const SIZES: Record<number, number> = { 2025: 700, 2024: 260, 2023: 90, 2022: 12 };
  const honoree = (year: number, number: number, summary = '') => {
    const url = `/honorees/ZQ-${year}-${String(number).padStart(5, '0')}/`;
    return { url, content: `${url} ${summary}`, meta: { title: url, summary }, filters: { year: [String(year)] } };
  };
  type Honoree = ReturnType<typeof honoree>;
  const all = (): Honoree[] => Object.entries(SIZES).sort(([a], [b]) => Number(b) - Number(a))
    .flatMap(([year, size]) => Array.from({ length: size }, (_, number) => honoree(Number(year), number + 1)));
  const entriesOf = (records: readonly Honoree[]): SearchEntry[] =>
    records.map((record, order) => ({ type: 'honorees', order, year: Number(record.filters.year[0]), source: { record } }));
  const plan = (records: readonly Honoree[]) => planBundles(entriesOf(records), SLICE);
  /** Each bundle's name → its records, in order, as text. */
  const contents = (bundles: SearchBundle[]) => new Map(bundles.map((bundle) => [bundle.name, JSON.stringify(bundle)]));
  /** The names of the bundles whose content differs between two plans (or that only one of them has). */
  const changed = (before: SearchBundle[], after: SearchBundle[]) => {
    const [a, b] = [contents(before), contents(after)];
    return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
  };
  const bundleOf = (bundles: SearchBundle[], url: string) => bundles.find((bundle) => bundle.sources.some((source) => sourceKey(source) === url))?.name;

  it('splits it by year, newest first, a year too large for one bundle into a power of two of buckets by address', () => {
    const bundles = plan(all());
    const names = bundles.map((bundle) => bundle.name);
    // 2025: 700 pages need at least 8 buckets of 100 (7 would do on average; a power of two and the hash's spread decide).
    const of2025 = names.filter((name) => name.startsWith('honorees-2025-'));
    const of2024 = names.filter((name) => name.startsWith('honorees-2024-'));
    expect([8, 16]).toContain(Math.max(...of2025.map((name) => Number(name.split('-').at(-1)))));
    expect([4, 8]).toContain(Math.max(...of2024.map((name) => Number(name.split('-').at(-1)))));
    expect(names.slice(of2025.length + of2024.length)).toEqual(['honorees-2023', 'honorees-2022']);
    expect(names.slice(0, of2025.length)).toEqual(of2025);
    // Every page exactly once, no bundle over the limit, only the first carrying Pagefind's code.
    expect(bundles.flatMap((bundle) => bundle.sources.map(sourceKey)).sort()).toEqual(all().map((record) => record.url).sort());
    expect(Math.max(...bundles.map((bundle) => bundle.sources.length))).toBeLessThanOrEqual(SLICE);
    expect(bundles.map((bundle) => bundle.primary)).toEqual(bundles.map((_, at) => at === 0));
    // A bucket keeps the list's order.
    for (const bundle of bundles) {
      const urls = bundle.sources.map(sourceKey);
      expect(urls).toEqual([...urls].sort());
    }
  });

  it('is a pure function of the pages: the same bundles whatever order they come in', () => {
    const shuffled = entriesOf(all()).reverse();
    expect(planBundles(shuffled, SLICE)).toEqual(plan(all()));
  });

  it('changes only the bundle of a record that is removed, added or changed', () => {
    const records = all();
    const before = plan(records);
    const removed = records[123] as Honoree;
    expect(changed(before, plan(records.filter((record) => record !== removed)))).toEqual([bundleOf(before, removed.url)]);

    const added = honoree(2025, 999);
    const withAdded = plan([...records.slice(0, 5), added, ...records.slice(5)]);
    expect(changed(before, withAdded)).toEqual([bundleOf(withAdded, added.url)]);

    const edited = records.map((record, at) => (at === 400 ? honoree(Number(record.filters.year[0]), Number(record.url.slice(-6, -1)), '改过的摘要') : record));
    expect(edited[400]?.url).toBe(records[400]?.url);
    expect(changed(before, plan(edited))).toEqual([bundleOf(before, (records[400] as Honoree).url)]);

    // An old year's record changes none of the newest year's bundles, nor the first.
    const oldOne = records.findIndex((record) => record.url.includes('-2022-'));
    expect(changed(before, plan(records.filter((_, at) => at !== oldOne)))).toEqual(['honorees-2022']);
  });

  it('keeps its buckets until a year outgrows them, then splits each in two', () => {
    expect(bucketOf('/honorees/ZQ-2025-00001/', 1)).toBe(0);
    for (const record of all()) {
      const inFour = bucketOf(record.url, 4);
      expect([inFour, inFour + 4]).toContain(bucketOf(record.url, 8));
    }
  });
});

describe('pageUrl', () => {
  it('turns a built file into the address Pagefind links to', () => {
    expect(pageUrl('honorees/ZQ-1/index.html')).toBe('/honorees/ZQ-1/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('search state', () => {
  it('reads the query, the type (人物 by default, as the header box sends none) and honoree filters', () => {
    expect(readSearchState(new URLSearchParams('q=+张明华+&year=2025&level=shi-ji&unknown=1'))).toEqual({
      query: '张明华',
      type: 'honorees',
      filters: { year: '2025', level: 'shi-ji' },
    });
    expect(readSearchState(new URLSearchParams('q=x&type=notices')).type).toBe('notices');
    expect(readSearchState(new URLSearchParams('q=x&type=nonsense')).type).toBe('honorees');
  });

  it('asks Pagefind for the values the profiles declare, and only for honorees', () => {
    const state = readSearchState(new URLSearchParams('q=x&year=2025&township=610902100'));
    const value = (facet: string, slug: string) => (facet === 'township' ? `汉滨区关庙镇:${slug}` : slug);
    expect(pagefindFilters(state, value)).toEqual({ year: '2025', township: '汉滨区关庙镇:610902100' });
    expect(pagefindFilters({ ...state, type: 'notices' }, value)).toEqual({});
  });

  it('describes an honoree result from its metadata', () => {
    expect(honoreeResultLine({ year: '2025', level: '市级', kind: '自强标兵', place: '汉滨区 关庙镇' })).toBe('2025 年 · 市级自强标兵 · 汉滨区 关庙镇');
  });
});
