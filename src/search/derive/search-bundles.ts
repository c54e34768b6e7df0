// Which Pagefind bundle each searchable page goes into. One bundle per page type, so a search loads only the
// index of what it looks for; a type with more than SLICE_PAGES pages is split into slices in list order
// (honorees: newest first), because Pagefind's metadata file grows by ~7 bytes per page and every search
// downloads it whole: at 100,000 honorees one index would cost ~700 KB before the first result. The search
// page searches a type's first slice and merges all the others only when asked (SearchPage.ts).
import type { SearchRecord } from './search-records.ts';

export const SEARCH_TYPES = ['honorees', 'notices', 'projects', 'regions', 'pages'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The search page's tabs. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  honorees: '人物',
  notices: '公示',
  projects: '项目',
  regions: '地区',
  pages: '其他页面',
};

/**
 * At most this many pages per bundle. Measured with profile pages of the 100,000 export: 10,000 pages make
 * 67 KB of metadata and a first query of 195–232 KB with everything (page, Pagefind's code and WebAssembly,
 * index chunks, results); writing a bundle of 8,000 takes ~1.3 GB. 6,000 pages (~41 KB of metadata, ~1.2 GB to
 * write, beside Astro's ~2.3 GB) leave room under the 250 KB and 4 GB budgets.
 */
export const SLICE_PAGES = 6_000;

/** The page type of a built file, from its path inside the site (`honorees/ZQ-1/index.html`). */
export function searchTypeOf(file: string): SearchType {
  const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (path.startsWith('honorees/')) return 'honorees';
  if (path.startsWith('notices/')) return 'notices';
  if (path.startsWith('funds/projects/')) return 'projects';
  if (path.startsWith('regions/')) return 'regions';
  return 'pages';
}

/**
 * The types indexed from the derived dataset (search-records.ts) rather than from their built pages. Their
 * pages carry no Pagefind markup; only the about page is still indexed from its HTML.
 */
export const RECORD_TYPES: readonly SearchType[] = ['honorees', 'projects', 'notices'];

/** What Pagefind reads for one page: the built HTML file (inside the site) or a record made from the data. */
export type SearchSource = { file: string } | { record: SearchRecord };

/** A page to index, and where it sits in its type's list (lower first: the newest first). */
export interface SearchEntry {
  type: SearchType;
  order: number;
  source: SearchSource;
}

export interface SearchBundle {
  /** Folder under /pagefind/: the type, then -2, -3 … for further slices. */
  name: string;
  type: SearchType;
  /** Whether this bundle carries Pagefind's JavaScript and WebAssembly (a type's first slice) or only index files. */
  primary: boolean;
  sources: SearchSource[];
}

/** A written bundle as the search page's manifest lists it. */
export interface BundleSummary {
  name: string;
  type: SearchType;
  pages: number;
}

/** The address of what a source indexes, which also breaks ties in list order. */
export function sourceKey(source: SearchSource): string {
  return 'file' in source ? source.file : source.record.url;
}

export function planBundles(entries: readonly SearchEntry[], slicePages = SLICE_PAGES): SearchBundle[] {
  const bundles: SearchBundle[] = [];
  for (const type of SEARCH_TYPES) {
    const ofType = entries
      .filter((entry) => entry.type === type)
      .map((entry) => ({ order: entry.order, key: sourceKey(entry.source), source: entry.source }))
      .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let start = 0, slice = 1; start < ofType.length; start += slicePages, slice += 1) {
      bundles.push({
        name: slice === 1 ? type : `${type}-${slice}`,
        type,
        primary: slice === 1,
        sources: ofType.slice(start, start + slicePages).map((entry) => entry.source),
      });
    }
  }
  return bundles;
}

export function summarise(bundle: SearchBundle): BundleSummary {
  return { name: bundle.name, type: bundle.type, pages: bundle.sources.length };
}

/** /pagefind/bundles.json: what the search page may load, in order. */
export interface SearchManifest {
  version: 1;
  types: { type: SearchType; label: string; bundles: { name: string; pages: number }[] }[];
}

/** The manifest over every bundle written, in type order; a type's slices keep the order given. */
export function searchManifest(bundles: readonly BundleSummary[]): SearchManifest {
  return {
    version: 1,
    types: SEARCH_TYPES.flatMap((type) => {
      const ofType = bundles.filter((bundle) => bundle.type === type);
      return ofType.length === 0 ? [] : [{ type, label: SEARCH_TYPE_LABELS[type], bundles: ofType.map(({ name, pages }) => ({ name, pages })) }];
    }),
  };
}

/** `honorees/ZQ-1/index.html` → `/honorees/ZQ-1/`; `about/index.html` → `/about/`; `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
