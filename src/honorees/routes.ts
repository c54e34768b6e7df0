// The honoree pages' data, shaped once per build and shared by the profile, list and filter-file routes.
// (Underscore: Astro does not route this file.)
import { facetLookup, facetValues, type FacetLookup, type FacetValues } from './derive/honoree-facets.ts';
import { filterFiles, type FilterFiles } from './derive/honoree-filter-data.ts';
import { compareListOrder, listViews, type ListView } from './derive/honoree-list.ts';
import { locatorCache, type CountyLocator } from './derive/honoree-locator.ts';
import type { PublishedPhotos } from './derive/honoree-photos.ts';
import type { PublishedHonoree } from './derive/honorees.ts';
import { nameDirectory, type SurnameEntry } from './derive/name-directory.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import type { NoticeRow } from '../pipeline/schemas/index.ts';
import { load } from '../site/dataset.ts';

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
