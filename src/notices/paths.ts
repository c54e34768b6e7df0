// Where a filtered, paged notice list lives. The unfiltered first page is /notices/ itself.
import { filterKey, isUnfiltered, type NoticeFilter } from './derive/notice-filters.ts';
import { paths } from '../site/urls.ts';

/** Notices per list page: one screenful of cards on a phone is about three, so 30 is ten swipes. */
export const NOTICES_PER_PAGE = 30;

export function noticeListHref(filter: NoticeFilter, page = 1): string {
  if (page === 1 && isUnfiltered(filter)) return paths.notices();
  return paths.noticeList(page === 1 ? filterKey(filter) : `${filterKey(filter)}/${page}`);
}

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / NOTICES_PER_PAGE));
}

/** Page `page` of a notice's attached list: page 1 is the notice itself, then /notices/<id>/2/, … */
export function noticePartHref(noticeId: string, page: number): string {
  return page === 1 ? paths.notice(noticeId) : `${paths.notice(noticeId)}${page}/`;
}
