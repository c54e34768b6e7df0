// The honoree pages' data, shaped once per build and shared by the profile, list and filter-file routes.
// (Underscore: Astro does not route this file.)
import { facetLookup, facetValues, type FacetLookup, type FacetValues } from './derive/honoree-facets.ts';
import { filterFiles, type FilterFiles } from './derive/honoree-filter-data.ts';
import { compareListOrder, listViews, PAGE_SIZE, type ListView } from './derive/honoree-list.ts';
import { FACETS } from './derive/honoree-filters.ts';
import { locatorCache, type CountyLocator } from './derive/honoree-locator.ts';
import type { PublishedPhotos } from './derive/honoree-photos.ts';
import type { PublishedHonoree } from './derive/honorees.ts';
import { DIRECTORY_PAGE_SIZE, nameDirectory, type SurnameEntry } from './derive/name-directory.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import type { NoticeRow } from '../pipeline/schemas/index.ts';
import { load } from '../site/dataset.ts';
import { hashOf, layoutDigest, recordDigest } from '../site/incremental.ts';
import { publicityStatus } from '../notices/derive/publicity.ts';

export interface HonoreeData {
  /** In list order (newest year, then level, then id). */
  honorees: PublishedHonoree[];
  regions: Map<string, RegionNode>;
  regionNames: Map<string, string>;
  /** What a profile shows of its notice: the title, the period and how to object while it runs. */
  notices: Map<string, HonoreeNotice>;
  values: FacetValues;
  lookup: FacetLookup;
  views: ListView[];
  photos: PublishedPhotos;
  locator: (countyCode: string) => CountyLocator | undefined;
  /** The build's "today" (Asia/Shanghai), for publicity periods. */
  builtOn: string;
  /** The combined-filter files (built on first use: only the filter routes need them). */
  filterFiles: () => FilterFiles;
  /** The name directory by surname (built on first use: only its pages need it). */
  directory: () => SurnameEntry[];
  /** One surname of the directory by its slug. */
  directoryEntry: (slug: string) => SurnameEntry | undefined;
}

export type HonoreeNotice = Pick<NoticeRow, 'id' | 'title' | 'period_start' | 'period_end' | 'objection_phone' | 'objection_email' | 'objection_address'>;

function honoreeNotice({ id, title, period_start, period_end, objection_phone, objection_email, objection_address }: NoticeRow): HonoreeNotice {
  return {
    id, title, period_start, period_end, objection_phone,
    ...(objection_email ? { objection_email } : {}),
    ...(objection_address ? { objection_address } : {}),
  };
}

let shaped: Promise<HonoreeData> | undefined;

export function honoreeData(): Promise<HonoreeData> {
  shaped ??= shape();
  return shaped;
}

async function shape(): Promise<HonoreeData> {
  const [meta, published, regionList, noticeList, boundaries, photos] = await Promise.all([
    load('meta'), load('honorees'), load('regions'), load('notices'), load('boundaries'), load('photos'),
  ]);
  const honorees = [...published].sort(compareListOrder);
  const regions = new Map(regionList.map((region) => [region.code, region]));
  const regionNames = new Map(regionList.map((region) => [region.code, region.name]));
  const values = facetValues(honorees, regionNames);
  const townshipsOf = (countyCode: string) =>
    (regions.get(countyCode)?.children ?? []).filter((code) => regions.get(code)?.level === 'township');
  let files: FilterFiles | undefined;
  let directory: SurnameEntry[] | undefined;
  let bySlug: Map<string, SurnameEntry> | undefined;
  return {
    honorees,
    regions,
    regionNames,
    notices: new Map(noticeList.map((notice) => [notice.id, honoreeNotice(notice)])),
    values,
    lookup: facetLookup(values),
    views: listViews(honorees, values, regionNames),
    photos,
    locator: locatorCache(boundaries, townshipsOf),
    builtOn: meta.builtOn,
    filterFiles: () => (files ??= filterFiles(honorees, values)),
    directory: () => (directory ??= nameDirectory(honorees)),
    directoryEntry: (slug) => (bySlug ??= new Map((directory ??= nameDirectory(honorees)).map((entry) => [entry.slug, entry]))).get(slug),
  };
}

// What each honoree page shows, for its key (src/site/incremental.ts): a page is rendered again only when one of
// these changed. Each mirrors its page: a value the page shows that is not here would go stale.

const countyLocators = new Map<string, string>();

/** A profile: the honoree, the names of their places, their notice, photo, locator and share card. */
export function profileInputs(data: HonoreeData, honoree: PublishedHonoree, shareCard: string | undefined): unknown {
  const notice = honoree.consent ? data.notices.get(honoree.noticeId) : undefined;
  const nomination = honoree.status === '公示中' && notice ? publicityStatus(notice.period_start, notice.period_end, data.builtOn).state : undefined;
  let locator = countyLocators.get(honoree.countyCode);
  if (locator === undefined) {
    locator = hashOf(data.locator(honoree.countyCode) ?? null);
    countyLocators.set(honoree.countyCode, locator);
  }
  return [
    layoutDigest(),
    honoree,
    [honoree.countyCode, honoree.townshipCode, honoree.consent ? honoree.villageCode : undefined].map((code) => (code ? data.regionNames.get(code) : undefined)),
    notice,
    nomination,
    // The days left, while the nomination's notice has not ended.
    nomination && nomination !== 'ended' ? data.builtOn : undefined,
    honoree.consent && Object.hasOwn(data.photos, honoree.id) ? data.photos[honoree.id] : undefined,
    locator,
    shareCard,
  ];
}

const viewDigests = new WeakMap<ListView, string>();
let valuesDigest: string | undefined;
let valuesShapeDigest: string | undefined;

/**
 * A page of a list: the filters (with each value's count over all honorees on a first page only), the list's totals and
 * counts, and its own 50 entries. So a corrected honoree renders again the pages of the lists that hold them (their
 * totals) and every list's first page, not every page of every list.
 */
export function listPageInputs(data: HonoreeData, view: ListView, page: number): unknown {
  valuesDigest ??= hashOf(data.values);
  valuesShapeDigest ??= hashOf(FACETS.map((facet) => data.values[facet].map(({ key, slug, label, county }) => [key, slug, label, county])));
  let digest = viewDigests.get(view);
  if (digest === undefined) {
    digest = hashOf([view.filter && [view.filter.facet, view.filter.value.key, view.filter.value.slug, view.filter.value.label], view.counts, view.entries.length]);
    viewDigests.set(view, digest);
  }
  const first = (page - 1) * PAGE_SIZE;
  return [layoutDigest(), page === 1 ? valuesDigest : valuesShapeDigest, digest, page, view.entries.slice(first, first + PAGE_SIZE).map(recordDigest)];
}

/** A page of a surname: the surname, how many have it, its page of people and the names of their places. */
export function surnamePageInputs(data: HonoreeData, slug: string, page: number, pages: number): unknown {
  const entry = data.directoryEntry(slug);
  const people = entry?.people.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE) ?? [];
  return [
    layoutDigest(),
    entry && [entry.surname, entry.slug, entry.reading, entry.people.length],
    page,
    pages,
    people.map((honoree) => [honoree.id, honoree.consent, honoree.name, honoree.year, honoree.level, honoree.kind, data.regionNames.get(honoree.countyCode), data.regionNames.get(honoree.townshipCode)]),
  ];
}
