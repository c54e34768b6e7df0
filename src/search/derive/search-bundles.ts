// Which Pagefind bundle each searchable page goes into. One bundle per page type, so a search loads only the
// index of what it looks for. A type with more than SLICE_PAGES pages is split, because Pagefind's metadata
// file grows by ~7 bytes per page and every search downloads it whole: at 100,000 honorees one index would
// cost ~700 KB before the first result. The search page searches a type's first bundle and merges all the
// others only when asked (search-page.ts).
//
// The split is a pure function of the pages, made so that a change of one record changes one bundle: a build
// reuses every bundle whose records did not change (search-index.ts), and an incremental build must give the
// same bundles as a full build of the same export. Cutting the list into runs of SLICE_PAGES would not do —
// removing one honoree would shift every later slice. Instead a type too large for one bundle is split by
// year (the list's first order: a new year's records never move an old year's), the newest year first, so
// the first bundle still holds the newest records; a year too large for one bundle is spread over buckets by
// a hash of each page's address, never by its position. How many buckets is derived from the counts alone:
// the smallest power of two whose buckets all stay within SLICE_PAGES. A power of two, so that the count
// changes only when a year outgrows it (then each bucket splits in two), not with every few hundred records.
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
  /** The year the list files it under (an honoree's or project's year, the year a notice was published), if any. */
  year?: number;
  source: SearchSource;
}

export interface SearchBundle {
  /**
   * Folder under /pagefind/: the type when one bundle holds it all (`honorees`), else the type and year
   * (`honorees-2025`), and a bucket when the year is spread over several (`honorees-2025-3`).
   */
  name: string;
  type: SearchType;
  /** Whether this bundle carries Pagefind's JavaScript and WebAssembly (a type's first bundle) or only index files. */
  primary: boolean;
  sources: SearchSource[];
}

/** A written bundle as the search page's manifest lists it. */
export interface BundleSummary {
  name: string;
  type: SearchType;
  pages: number;
}

/** The address of what a source indexes, which also breaks ties in list order and chooses a page's bucket. */
export function sourceKey(source: SearchSource): string {
  return 'file' in source ? source.file : source.record.url;
}

/**
 * A page's bucket among `count` (a power of two): FNV-1a over the address's UTF-16 code units, its bits then
 * mixed (MurmurHash3's finaliser) so that the low bits, which choose the bucket, depend on every character.
 * Doubling the count splits each bucket in two: bucket b of n becomes b or b + n of 2n.
 */
export function bucketOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % count;
}

interface Ordered {
  order: number;
  key: string;
  year: number | undefined;
  source: SearchSource;
}

/**
 * `pages` in buckets by address: the smallest power of two of them with none over `slicePages`, each with its
 * number (from 1; an empty one is left out, so that the others keep their names).
 */
function buckets(pages: readonly Ordered[], slicePages: number): [number, Ordered[]][] {
  for (let count = 1; ; count *= 2) {
    const filled: Ordered[][] = Array.from({ length: count }, () => []);
    for (const page of pages) filled[bucketOf(page.key, count)]?.push(page);
    if (filled.every((bucket) => bucket.length <= slicePages)) {
      return filled.flatMap((bucket, at) => (bucket.length > 0 ? [[at + 1, bucket] as [number, Ordered[]]] : []));
    }
    // Distinct addresses always spread in the end; this many buckets for one year means they are not distinct.
    if (count > pages.length * 4) throw new Error(`Search bundles: cannot spread ${pages.length} pages of one year, ${pages[0]?.key} …`);
  }
}

/**
 * The bundles of every type (see the top of this file): in each, the pages in list order, then by address; a
 * type's bundles newest year first, the first of them carrying Pagefind's code.
 */
export function planBundles(entries: readonly SearchEntry[], slicePages = SLICE_PAGES): SearchBundle[] {
  const bundles: SearchBundle[] = [];
  for (const type of SEARCH_TYPES) {
    const ofType: Ordered[] = entries
      .filter((entry) => entry.type === type)
      .map((entry) => ({ order: entry.order, key: sourceKey(entry.source), year: entry.year, source: entry.source }))
      .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const named: [string, Ordered[]][] = [];
    if (ofType.length <= slicePages) {
      if (ofType.length > 0) named.push([type, ofType]);
    } else {
      // Years in the order the list reaches them: the newest first.
      const years = new Map<number | undefined, Ordered[]>();
      for (const page of ofType) {
        const year = years.get(page.year);
        if (year) year.push(page);
        else years.set(page.year, [page]);
      }
      for (const [year, pages] of years) {
        const stem = year === undefined ? type : `${type}-${year}`;
        if (pages.length <= slicePages && year !== undefined) {
          named.push([stem, pages]);
          continue;
        }
        // Each bucket keeps the list order it was given.
        for (const [number, bucket] of buckets(pages, slicePages)) named.push([`${stem}-${number}`, bucket]);
      }
    }
    named.forEach(([name, pages], at) => bundles.push({ name, type, primary: at === 0, sources: pages.map((page) => page.source) }));
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
