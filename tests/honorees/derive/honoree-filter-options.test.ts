import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../../src/honorees/derive/honoree-filter-options.ts';
import type { FacetValue, FacetValues } from '../../../src/honorees/derive/honoree-facets.ts';
import { FACETS, type Facet } from '../../../src/honorees/derive/honoree-filters.ts';
import type { ListView } from '../../../src/honorees/derive/honoree-list.ts';

const value = (key: string, label: string, county?: string): FacetValue => ({ key, slug: key, label, count: 9, ...(county ? { county } : {}) });
const values = Object.fromEntries(FACETS.map((facet) => [facet, [] as FacetValue[]])) as unknown as FacetValues;
values.county = [value('610902', '汉滨区'), value('610921', '汉阴县')];
values.township = [value('610902100', '关庙镇', '610902'), value('610921100', '城关镇"><script>alert(1)</script>', '610921')];
values.year = [value('2025', '2025 年'), value('2024', '2024 年')];
const counts = () => Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>([['610902', 1200], ['2025', 3]])])) as Record<Facet, Map<string, number>>;

describe('filterOptions', () => {
  it('lists every value with the view’s count, townships grouped by county, the view’s own filter selected without counts', () => {
    const view: ListView = { filter: { facet: 'year', value: values.year[0] as FacetValue }, entries: [], counts: counts() };
    const options = filterOptions(values, view);
    // The own filter's counts are over all honorees: the filter script adds them (they would change every page).
    expect(options.year).toBe('<option value="">全部</option><option value="2025" data-label="2025 年" selected>2025 年</option><option value="2024" data-label="2024 年">2024 年</option>');
    expect(options.county).toContain('<option value="610902" data-label="汉滨区">汉滨区（1,200）</option>');
    expect(options.township).toMatch(/^<option value="">全部<\/option><optgroup label="汉滨区" data-county="610902"><option value="610902100"[^>]*>关庙镇（0）<\/option><\/optgroup><optgroup label="汉阴县"/);
  });

  it('selects a township’s county too, and escapes labels from the export', () => {
    const township = values.township[1] as FacetValue;
    const options = filterOptions(values, { filter: { facet: 'township', value: township }, entries: [], counts: counts() });
    expect(options.county).toContain('<option value="610921" data-label="汉阴县" selected>');
    expect(options.township).not.toContain('<script>');
    expect(options.township).toContain('data-label="城关镇&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" selected>城关镇&quot;&gt;&lt;script&gt;');
  });

  it('makes each view’s options once', () => {
    const view: ListView = { entries: [], counts: counts() };
    expect(filterOptions(values, view)).toBe(filterOptions(values, view));
  });
});
