// The <option>s of the honoree list's filter form, as markup made once per list view. A view (everyone, a
// year, a township …) has up to 2,000 pages at 100,000 honorees and its ~180 options, with the view's counts,
// are the same on each of them; rendered by Astro element by element, page after page, they were the larger
// half of every list page. Labels and slugs come from the export: escaped like any data text.
import { escapeXml } from '../../site/escape.ts';
import type { FacetValue, FacetValues } from './honoree-facets.ts';
import { FACETS, type Facet } from './honoree-filters.ts';
import type { ListView } from './honoree-list.ts';
import { formatCount } from '../../site/format.ts';

const made = new WeakMap<ListView, Record<Facet, string>>();

/**
 * Each filter's options for `view`: 全部, then every value with its count in the view; the view's own filter selected,
 * its values without counts (over all honorees, they would change with any honoree: the filter script adds them).
 */
export function filterOptions(values: FacetValues, view: ListView): Record<Facet, string> {
  const cached = made.get(view);
  if (cached) return cached;
  const current = view.filter;
  const chosenCounty = current?.facet === 'county' ? current.value.key : current?.facet === 'township' ? current.value.county : undefined;
  const option = (facet: Facet, value: FacetValue) => {
    const selected = (current?.facet === facet && current.value === value) || (facet === 'county' && value.key === chosenCounty);
    const label = current?.facet === facet ? value.label : `${value.label}（${formatCount(view.counts[facet].get(value.key) ?? 0)}）`;
    return `<option value="${escapeXml(value.slug)}" data-label="${escapeXml(value.label)}"${selected ? ' selected' : ''}>${escapeXml(label)}</option>`;
  };
  const markup = {} as Record<Facet, string>;
  for (const facet of FACETS) {
    const options = facet === 'township'
      ? values.county.map((county) => {
          const townships = values.township.filter((township) => township.county === county.key);
          return `<optgroup label="${escapeXml(county.label)}" data-county="${escapeXml(county.slug)}">${townships.map((value) => option(facet, value)).join('')}</optgroup>`;
        })
      : values[facet].map((value) => option(facet, value));
    markup[facet] = `<option value="">全部</option>${options.join('')}`;
  }
  made.set(view, markup);
  return markup;
}
