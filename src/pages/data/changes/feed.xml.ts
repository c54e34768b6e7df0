// The Atom feed of releases: /data/changes/feed.xml.
import type { APIRoute } from 'astro';
import { releaseFeed } from '../../../open-data/derive/changes-feed.ts';
import { siteConfig } from '../../../site/config.ts';
import { paths } from '../../../site/urls.ts';
import { releaseHistory } from '../../../open-data/source.ts';

export const GET: APIRoute = async ({ site }) => {
  const history = await releaseHistory();
  const absolute = (path: string) => new URL(path, site ?? siteConfig.url).href;
  const body = releaseFeed(
    history.releases.map((entry) => ({
      release: entry.release,
      publisher: entry.meta.publisher,
      license: entry.meta.license,
      ...(entry.previous ? { previous: entry.previous } : {}),
      ...(entry.changes ? { changes: entry.changes } : {}),
    })),
    {
      title: `${siteConfig.title} · 数据发布记录`,
      selfUrl: absolute(paths.changesFeed()),
      changesUrl: absolute(paths.changes()),
      releaseUrl: (release, hasChanges) => (hasChanges ? absolute(paths.releaseChanges(release)) : `${absolute(paths.changes())}#release-${release}`),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
