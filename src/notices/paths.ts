// Where a filtered, paged notice list lives. The unfiltered first page is /notices/ itself.
import { filterKey, isUnfiltered, type NoticeFilter } from './derive/notice-filters.ts';
import { href, paths } from '../site/urls.ts';

/** Notices per list page: one screenful of cards on a phone is about three, so 30 is ten swipes. */
export const NOTICES_PER_PAGE = 30;

export function noticeListHref(filter: NoticeFilter, page = 1): string {
  if (page === 1 && isUnfiltered(filter)) return paths.notices();
  return paths.noticeList(page === 1 ? filterKey(filter) : `${filterKey(filter)}/${page}`);
}

/**
 * Notices per page of a township's or village's list: a village sees 30–40 notices in the sample (its own, its
 * township's, county's and city's), so one page holds most places' lists and 2,000 villages stay ~2,000 pages.
 */
export const PLACE_NOTICES_PER_PAGE = 50;

export function placePageCount(items: number): number {
  return Math.max(1, Math.ceil(items / PLACE_NOTICES_PER_PAGE));
}

/** The list of one township or village (notice-places.ts), and its later pages. */
export function noticePlaceHref(code: string, page = 1): string {
  return paths.noticeList(page === 1 ? `place/${code}` : `place/${code}/${page}`);
}

/** Every township's list, by county: the way in without JavaScript. */
export function noticePlacesHref(): string {
  return href('/notices/list/place/');
}

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / NOTICES_PER_PAGE));
}

/** Page `page` of a notice's attached list: page 1 is the notice itself, then /notices/<id>/2/, … */
export function noticePartHref(noticeId: string, page: number): string {
  return page === 1 ? paths.notice(noticeId) : `${paths.notice(noticeId)}${page}/`;
}
