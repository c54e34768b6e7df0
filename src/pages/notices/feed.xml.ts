// /notices/feed.xml: the newest notices as an Atom feed.
import type { APIRoute } from 'astro';
import { atomFeed } from '../../notices/derive/notice-feed.ts';
import { siteConfig } from '../../site/config.ts';
import { load } from '../../site/dataset.ts';
import { formatDate } from '../../site/format.ts';
import { paths } from '../../site/urls.ts';
import { noticeData } from '../../notices/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const [meta, { notices, scopes }] = await Promise.all([load('meta'), noticeData()]);
  const absolute = (path: string) => new URL(path, site ?? siteConfig.url).href;
  const xml = atomFeed(notices, {
    title: `${siteConfig.title} · 公示`,
    author: meta.release.publisher,
    license: meta.release.license,
    selfUrl: absolute(paths.noticeFeed()),
    listUrl: absolute(paths.notices()),
    noticeUrl: (id) => absolute(paths.notice(id)),
    summary: (notice) =>
      `${notice.type}公示，范围：${scopes.get(notice.id)?.name ?? notice.region_code}，` +
      `公示期 ${formatDate(notice.period_start)} 至 ${formatDate(notice.period_end)}，异议电话 ${notice.objection_phone}。`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
