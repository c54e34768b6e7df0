import { describe, expect, it } from 'vitest';
import { facetLookup, facetValues, slugify } from '../../../src/honorees/derive/honoree-facets.ts';
import { consented, honorees, masked, regionNames } from './honoree-fixture.ts';

describe('slugify', () => {
  it('writes Chinese labels in toneless pinyin joined by hyphens', () => {
    expect(slugify('交友帮扶好干部')).toBe('jiao-you-bang-fu-hao-gan-bu');
    expect(slugify('市级')).toBe('shi-ji');
    expect(slugify('绿色产业')).toBe('lv-se-chan-ye');
  });

  it('keeps digits and Latin letters together', () => {
    expect(slugify('AB 类 2025')).toBe('ab-lei-2025');
  });
});

describe('facetValues', () => {
  const values = facetValues(honorees, regionNames);

  it('counts every value and orders them as the list shows them', () => {
    expect(values.year.map((value) => [value.slug, value.label, value.count])).toEqual([
      ['2025', '2025 年', 3],
      ['2024', '2024 年', 2],
    ]);
    expect(values.level.map((value) => value.key)).toEqual(['市级', '县级', '村级']);
    expect(values.kind.map((value) => [value.key, value.count])).toEqual([['自强标兵', 4], ['交友帮扶好干部', 1]]);
    expect(values.county.map((value) => [value.slug, value.label, value.count])).toEqual([['610902', '汉滨区', 3], ['610921', '汉阴县', 2]]);
  });

  it('gives each township its county', () => {
    expect(values.township.map((value) => [value.label, value.county])).toEqual([
      ['关庙镇', '610902'],
      ['张滩镇', '610902'],
      ['城关镇', '610921'],
    ]);
  });

  it('never counts the category of an honoree without consent', () => {
    const total = values.category.reduce((sum, value) => sum + value.count, 0);
    expect(total).toBe(honorees.filter((honoree) => honoree.consent).length);
    expect(values.category[0]).toMatchObject({ key: '产业发展', slug: 'chan-ye-fa-zhan', count: 2 });
  });

  it('makes slugs unique when two categories read the same in pinyin', () => {
    const clash = facetValues([masked('X'), consented('Y', { category: '事迹' }), consented('Z', { category: '史记' })], regionNames);
    expect(clash.category.map((value) => value.slug).sort()).toEqual(['shi-ji', 'shi-ji-2']);
  });

  it('looks values up by slug and by key', () => {
    const lookup = facetLookup(values);
    expect(lookup.bySlug('level', 'shi-ji')?.key).toBe('市级');
    expect(lookup.byKey('township', '610921100')?.label).toBe('城关镇');
    expect(lookup.bySlug('year', '1999')).toBeUndefined();
  });
});
