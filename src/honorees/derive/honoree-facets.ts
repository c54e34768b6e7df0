// The six filters of the honoree list — kind, year, level, county, township, category: their values,
// URL slugs and how many honorees each value holds.
import { pinyin } from 'pinyin-pro';
import { HONOREE_KINDS, HONOREE_LEVELS } from '../../pipeline/schemas/honorees.ts';
import { FACETS, type Facet } from './honoree-filters.ts';
import type { PublishedHonoree } from './honorees.ts';

export interface FacetValue {
  /** The honoree's own value: the kind or level as written, the year, a region code, the category. */
  key: string;
  /** How the value appears in URLs (/honorees/<facet>/<slug>/, ?<facet>=<slug>): ASCII, stable across builds. */
  slug: string;
  label: string;
  count: number;
  /** A township's county code. */
  county?: string;
}

export type FacetValues = Record<Facet, FacetValue[]>;

/**
 * The value an honoree has for a filter. A masked honoree (no consent) has no category: PIPL consent covers
 * the story, and the category is part of it.
 */
export function facetKey(honoree: PublishedHonoree, facet: Facet): string | undefined {
  switch (facet) {
    case 'kind':
      return honoree.kind;
    case 'year':
      return String(honoree.year);
    case 'level':
      return honoree.level;
    case 'county':
      return honoree.countyCode;
    case 'township':
      return honoree.townshipCode;
    case 'category':
      return honoree.consent ? honoree.category : undefined;
  }
}

/** 交友帮扶好干部 → jiao-you-bang-fu-hao-gan-bu; digits and Latin letters are kept as they are. */
export function slugify(label: string): string {
  const syllables = pinyin(label, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Values of every filter with their counts, in the order the list shows them. */
export function facetValues(honorees: readonly PublishedHonoree[], regionNames: ReadonlyMap<string, string>): FacetValues {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const countyOf = new Map<string, string>();
  for (const honoree of honorees) {
    for (const facet of FACETS) {
      const key = facetKey(honoree, facet);
      if (key !== undefined) counts[facet].set(key, (counts[facet].get(key) ?? 0) + 1);
    }
    countyOf.set(honoree.townshipCode, honoree.countyCode);
  }
  const byRank = (order: readonly string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const name = (code: string) => regionNames.get(code) ?? code;
  const values = (facet: Facet, order: (a: string, b: string) => number, label: (key: string) => string, slug: (key: string) => string) =>
    [...counts[facet]]
      .sort(([a], [b]) => order(a, b))
      .map(([key, count]): FacetValue => ({ key, slug: slug(key), label: label(key), count }));
  const byCode = (a: string, b: string) => a.localeCompare(b);
  const levelsTopDown = [...HONOREE_LEVELS].reverse();
  return {
    kind: uniqueSlugs(values('kind', byRank(HONOREE_KINDS), (key) => key, slugify)),
    year: values('year', (a, b) => Number(b) - Number(a), (key) => `${key} 年`, (key) => key),
    level: uniqueSlugs(values('level', byRank(levelsTopDown), (key) => key, slugify)),
    county: values('county', byCode, name, (key) => key),
    township: values('township', byCode, name, (key) => key).map((value) => ({ ...value, county: countyOf.get(value.key) ?? '' })),
    category: uniqueSlugs(
      values('category', (a, b) => (counts.category.get(b) ?? 0) - (counts.category.get(a) ?? 0) || a.localeCompare(b, 'zh-CN'), (key) => key, slugify),
    ),
  };
}

/** Two labels with the same pinyin (or none at all) still get distinct slugs: -2, -3 … in list order. */
function uniqueSlugs(values: FacetValue[]): FacetValue[] {
  const seen = new Set<string>();
  return values.map((value) => {
    const base = value.slug || 'x';
    let slug = base;
    for (let suffix = 2; seen.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    seen.add(slug);
    return { ...value, slug };
  });
}

/** Looks a filter value up by its slug or by the honoree's key. */
export interface FacetLookup {
  bySlug(facet: Facet, slug: string): FacetValue | undefined;
  byKey(facet: Facet, key: string): FacetValue | undefined;
}

export function facetLookup(values: FacetValues): FacetLookup {
  const slugs = new Map(FACETS.map((facet) => [facet, new Map(values[facet].map((value) => [value.slug, value]))]));
  const keys = new Map(FACETS.map((facet) => [facet, new Map(values[facet].map((value) => [value.key, value]))]));
  return {
    bySlug: (facet, slug) => slugs.get(facet)?.get(slug),
    byKey: (facet, key) => keys.get(facet)?.get(key),
  };
}
