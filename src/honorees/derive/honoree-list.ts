// The honoree list as static pages that need no JavaScript: everyone newest first, and one list per value of
// each filter (/honorees/year/2025/, /honorees/township/610902100/ …), 50 to a page.
import { facetKey, facetLookup, type FacetValue, type FacetValues } from './honoree-facets.ts';
import { FACETS, type Facet } from './honoree-filters.ts';
import type { PublishedHonoree } from './honorees.ts';

export const PAGE_SIZE = 50;

/** One line of the list: what anyone may see of the honoree, and nothing more. */
export interface ListEntry {
  id: string;
  /** The name, or the masked name (张**) without consent. */
  name: string;
  consent: boolean;
  kind: PublishedHonoree['kind'];
  level: PublishedHonoree['level'];
  year: number;
  township: string;
  county: string;
  /** Only with consent. */
  category?: string;
}

/** A list: all honorees, or those with one value of one filter. */
export interface ListView {
  filter?: { facet: Facet; value: FacetValue };
  entries: ListEntry[];
  /**
   * For each filter value, how many honorees the list would hold with that value chosen as well. None for the list's
   * own filter: its sibling values' counts are over all honorees, so one corrected honoree would change them on every
   * page of every list (~15,000 pages at 100,000 honorees, each rendered again by an incremental build); the filter
   * script shows them from filter/index.json.
   */
  counts: Record<Facet, Map<string, number>>;
}

const LEVEL_RANK: Record<PublishedHonoree['level'], number> = { 市级: 0, 县级: 1, 镇级: 2, 村级: 3 };

/** Newest year first, then 市级 before 县级, 镇级 and 村级, then by id: the order of every list. */
export function compareListOrder(a: PublishedHonoree, b: PublishedHonoree): number {
  return b.year - a.year || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function listEntry(honoree: PublishedHonoree, regionNames: ReadonlyMap<string, string>): ListEntry {
  const entry: ListEntry = {
    id: honoree.id,
    name: honoree.name,
    consent: honoree.consent,
    kind: honoree.kind,
    level: honoree.level,
    year: honoree.year,
    township: regionNames.get(honoree.townshipCode) ?? honoree.townshipCode,
    county: regionNames.get(honoree.countyCode) ?? honoree.countyCode,
  };
  if (honoree.consent) entry.category = honoree.category;
  return entry;
}

/** The full list and one list per filter value; each honoree is shaped once and shared between lists. */
export function listViews(honorees: readonly PublishedHonoree[], values: FacetValues, regionNames: ReadonlyMap<string, string>): ListView[] {
  const lookup = facetLookup(values);
  const emptyCounts = () => Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as ListView['counts'];
  const all: ListView = { entries: [], counts: emptyCounts() };
  const byValue = new Map<FacetValue, ListView>();
  for (const facet of FACETS) {
    for (const value of values[facet]) byValue.set(value, { filter: { facet, value }, entries: [], counts: emptyCounts() });
  }
  for (const honoree of [...honorees].sort(compareListOrder)) {
    const entry = listEntry(honoree, regionNames);
    const keys = FACETS.map((facet) => facetKey(honoree, facet));
    const views = [all];
    FACETS.forEach((facet, position) => {
      const key = keys[position];
      const value = key === undefined ? undefined : lookup.byKey(facet, key);
      const view = value && byValue.get(value);
      if (view) views.push(view);
    });
    for (const view of views) {
      view.entries.push(entry);
      FACETS.forEach((facet, position) => {
        const key = keys[position];
        if (key !== undefined && view.filter?.facet !== facet) view.counts[facet].set(key, (view.counts[facet].get(key) ?? 0) + 1);
      });
    }
  }
  return [all, ...byValue.values()];
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
