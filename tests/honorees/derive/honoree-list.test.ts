import { describe, expect, it } from 'vitest';
import { facetKey, facetValues } from '../../../src/honorees/derive/honoree-facets.ts';
import { filterFiles } from '../../../src/honorees/derive/honoree-filter-data.ts';
import { FACETS, listParam, listPath } from '../../../src/honorees/derive/honoree-filters.ts';
import { listViews, pageCount } from '../../../src/honorees/derive/honoree-list.ts';
import { honorees, regionNames } from './honoree-fixture.ts';

describe('listViews', () => {
  const views = listViews(honorees, facetValues(honorees, regionNames), regionNames);

  it('lists everyone newest first, 市级 before lower levels, then by id', () => {
    expect(views[0]?.filter).toBeUndefined();
    expect(views[0]?.entries.map((entry) => entry.id)).toEqual(['A-4', 'A-2', 'A-1', 'A-3', 'A-5']);
  });

  it('has one list per filter value, in the same order', () => {
    const county = views.find((view) => view.filter?.facet === 'county' && view.filter.value.key === '610902');
    expect(county?.entries.map((entry) => entry.id)).toEqual(['A-4', 'A-1', 'A-3']);
    const category = views.find((view) => view.filter?.facet === 'category' && view.filter.value.key === '产业发展');
    expect(category?.entries.map((entry) => entry.id)).toEqual(['A-1', 'A-5']);
  });

  it('shows an honoree without consent by masked name, level, year and township only', () => {
    const entry = views[0]?.entries.find((candidate) => candidate.id === 'A-2');
    expect(entry).toEqual({ id: 'A-2', name: '王**', consent: false, kind: '自强标兵', level: '县级', year: 2025, township: '城关镇', county: '汉阴县' });
  });

  it('never lists an honoree without consent under a category', () => {
    const categories = views.filter((view) => view.filter?.facet === 'category');
    expect(categories.flatMap((view) => view.entries).some((entry) => !entry.consent)).toBe(false);
  });
});

describe('list URLs', () => {
  it('are stable paths for everyone, one filter and their pages', () => {
    expect(listPath()).toBe('/honorees/');
    expect(listPath(undefined, 3)).toBe('/honorees/page/3/');
    expect(listPath({ facet: 'year', slug: '2025' })).toBe('/honorees/year/2025/');
    expect(listPath({ facet: 'level', slug: 'shi-ji' }, 2)).toBe('/honorees/level/shi-ji/page/2/');
    expect(listParam()).toBeUndefined();
    expect(listParam({ facet: 'township', slug: '610902100' }, 2)).toBe('township/610902100/page/2');
  });

  it('count pages of 50, at least one', () => {
    expect([0, 1, 50, 51].map(pageCount)).toEqual([1, 1, 1, 2]);
  });
});

describe('list counts', () => {
  const views = listViews(honorees, facetValues(honorees, regionNames), regionNames);
  const view = (facet: string, key: string) => views.find((candidate) => candidate.filter?.facet === facet && candidate.filter.value.key === key);

  it('counts the other filters’ values within the list', () => {
    expect(view('year', '2025')?.counts.level.get('市级')).toBe(1);
    expect(view('year', '2025')?.counts.county.get('610921')).toBe(1);
    expect(views[0]?.counts.year.get('2024')).toBe(2);
  });

  it('leaves out the list’s own filter: its siblings’ counts are over all honorees, and the filter index has them', () => {
    expect(view('year', '2025')?.counts.year.size).toBe(0);
    const { index } = filterFiles(honorees, facetValues(honorees, regionNames));
    expect(index.facets.year.find((entry) => entry.slug === '2024')?.count).toBe(2);
    for (const facet of FACETS) {
      for (const entry of index.facets[facet]) {
        const value = facetValues(honorees, regionNames)[facet].find((each) => each.slug === entry.slug);
        expect(entry.count).toBe(honorees.filter((honoree) => facetKey(honoree, facet) === value?.key).length);
      }
    }
  });
});
