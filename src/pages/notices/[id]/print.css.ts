// /notices/<id>/print.css: the notice's short address for the margin of every printed page (src/notices/print-frame.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { noticePrintStylesheet, shortUrl } from '../../../notices/print-frame.ts';
import { noticeData } from '../../../notices/routes.ts';
import { siteConfig } from '../../../site/config.ts';
import { paths } from '../../../site/urls.ts';
import { keyed } from '../../../site/incremental.ts';

// The file says only the notice's address: it changes with the site's public URL, which rebuilds everything.
export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), () => null)) satisfies GetStaticPaths;

const allPaths = (async () => {
  const { notices } = await noticeData();
  return notices.map((notice) => ({ params: { id: notice.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const id = params['id'] ?? '';
  const css = noticePrintStylesheet(shortUrl(new URL(paths.notice(id), site ?? siteConfig.url).href));
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
