// The notice pages' data, shaped once per build from the dataset and shared by every notice route.
// (Underscore: Astro does not route this file.)
import { attachmentsByNotice, type NoticeAttachments } from './derive/notice-attachments.ts';
import { scopeOf, type NoticeScope } from './derive/notice-page.ts';
import { noticeListings, type NoticeListings } from './derive/notice-filters.ts';
import { noticesByPlace } from './derive/notice-places.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import type { NoticeRow } from '../pipeline/schemas/index.ts';
import { load } from '../site/dataset.ts';
import { layoutDigest, recordDigest } from '../site/incremental.ts';
import { publicityStatus } from './derive/publicity.ts';

/** What a list shows of a notice: no body, so list pages and their props stay small. */
export interface ListedNotice extends Pick<NoticeRow, 'id' | 'type' | 'title' | 'issuer' | 'published_on' | 'period_start' | 'period_end'> {
  scope: NoticeScope;
}

export interface NoticeData {
  notices: NoticeRow[];
  regions: Map<string, RegionNode>;
  scopes: Map<string, NoticeScope>;
  listings: NoticeListings<ListedNotice>;
  /** Every township's and village's list (notice-places.ts), made on first use: only its route needs it. */
  byPlace: () => Map<string, ListedNotice[]>;
  attachments: Map<string, NoticeAttachments>;
  builtOn: string;
}

let shaped: Promise<NoticeData> | undefined;

export function noticeData(): Promise<NoticeData> {
  shaped ??= shape();
  return shaped;
}

async function shape(): Promise<NoticeData> {
  const [meta, notices, regionList, honorees, projects] = await Promise.all([
    load('meta'), load('notices'), load('regions'), load('honorees'), load('projects'),
  ]);
  const regions = new Map(regionList.map((region) => [region.code, region]));
  const scopes = new Map(notices.map((notice) => [notice.id, scopeOf(notice.region_code, regions)]));
  const listed: ListedNotice[] = notices.map((notice) => ({
    id: notice.id,
    type: notice.type,
    title: notice.title,
    issuer: notice.issuer,
    published_on: notice.published_on,
    period_start: notice.period_start,
    period_end: notice.period_end,
    scope: scopes.get(notice.id) ?? scopeOf(notice.region_code, regions),
  }));
  let byPlace: Map<string, ListedNotice[]> | undefined;
  const counties = regionList.filter((region) => region.level === 'county').map(({ code, name }) => ({ code, name }));
  return {
    notices,
    regions,
    scopes,
    listings: noticeListings(listed, counties, (notice) => notice.scope.countyCode, meta.builtOn),
    byPlace: () =>
      (byPlace ??= noticesByPlace(listed, regions, (notice) => notice.scope.code, (notice) => ({ id: notice.id, start: notice.period_start, end: notice.period_end }), meta.builtOn)),
    attachments: attachmentsByNotice(honorees, projects, regions),
    builtOn: meta.builtOn,
  };
}

/**
 * A notice page's key inputs (src/site/incremental.ts): its props with the build day replaced by what the day
 * decides there — each shown notice's publicity state and days left — so the nightly refresh renders a page again
 * only when one of those changed.
 */
export function datedInputs<P extends { today: string; attachments?: object }>(props: P, shown: readonly Pick<NoticeRow, 'period_start' | 'period_end'>[], ...more: unknown[]): unknown {
  // A notice's attachments (its names or projects) are on each of its pages: digested once.
  const { today, attachments, ...rest } = props;
  return [layoutDigest(), rest, attachments && recordDigest(attachments), shown.map((notice) => publicityStatus(notice.period_start, notice.period_end, today)), ...more];
}
