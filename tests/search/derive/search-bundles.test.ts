import { describe, expect, it } from 'vitest';
import { pageUrl, planBundles, searchManifest, searchTypeOf, sourceKey, summarise } from '../../../src/search/derive/search-bundles.ts';
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

  it('makes one bundle per type, split into slices in list order, the first carrying Pagefind’s code', () => {
    expect(planBundles(entries, 2)).toEqual([
      { name: 'honorees', type: 'honorees', primary: true, sources: [file('honorees/a/index.html'), file('honorees/b/index.html')] },
      { name: 'honorees-2', type: 'honorees', primary: false, sources: [file('honorees/c/index.html')] },
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
    expect(searchManifest([...fromRecords, ...planBundles(entries, 2).map(summarise)])).toEqual({
      version: 1,
      types: [
        { type: 'honorees', label: '人物', bundles: [{ name: 'honorees', pages: 2 }, { name: 'honorees-2', pages: 1 }] },
        { type: 'notices', label: '公示', bundles: [{ name: 'notices', pages: 1 }] },
        { type: 'projects', label: '项目', bundles: [{ name: 'projects', pages: 4 }] },
      ],
    });
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
