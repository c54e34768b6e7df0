// The search page's state in its URL (/search/?q=…&type=honorees&year=2025…) and what it asks Pagefind.
// Dependency-free: the page script uses it, the unit tests pin it.
import { FACETS, type Facet } from '../../honorees/derive/honoree-filters.ts';
import { SEARCH_TYPES, type SearchType } from '../derive/search-bundles.ts';

export interface SearchState {
  query: string;
  type: SearchType;
  /** Honoree filters by facet, as list slugs (the same as /honorees/?…). */
  filters: Partial<Record<Facet, string>>;
}

/** Reads the URL; an unknown type falls back to honorees (the header's search box sends no type). */
export function readSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const slug = params.get(facet);
    if (slug) filters[facet] = slug;
  }
  return {
    query: (params.get('q') ?? '').trim().slice(0, 100),
    type: SEARCH_TYPES.find((candidate) => candidate === type) ?? 'honorees',
    filters,
  };
}

/** Pagefind's filters for the state: each chosen slug mapped to the value the profile pages declare. */
export function pagefindFilters(state: SearchState, filterValue: (facet: Facet, slug: string) => string | undefined): Record<string, string> {
  if (state.type !== 'honorees') return {};
  const filters: Record<string, string> = {};
  for (const facet of FACETS) {
    const slug = state.filters[facet];
    const value = slug === undefined ? undefined : filterValue(facet, slug);
    if (value !== undefined) filters[facet] = value;
  }
  return filters;
}

/** The line under an honoree's name in the results, from the profile's Pagefind metadata. */
export function honoreeResultLine(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta['year'] ? `${meta['year']} 年` : '', `${meta['level'] ?? ''}${meta['kind'] ?? ''}`, meta['place'] ?? ''].filter(Boolean).join(' · ');
}
