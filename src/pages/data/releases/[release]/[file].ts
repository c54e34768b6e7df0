// Every past release's files at a stable address: /data/releases/<release>/<table>.csv|.json, datapackage.json.
// Honorees appear in them only as the current release shows them (see open-data-privacy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../../site/config.ts';
import { paths } from '../../../../site/urls.ts';
import { OPEN_DATA_FILES, openDataFileResponse } from '../../../../open-data/routes.ts';
import { pastTable, releaseHistory } from '../../../../open-data/source.ts';

export const getStaticPaths = (async () => {
  const history = await releaseHistory();
  return history.releases
    .filter((entry) => !entry.current)
    .flatMap((entry) => OPEN_DATA_FILES.map(({ file }) => ({ params: { release: entry.release, file }, props: { meta: entry.meta } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const release = params.release ?? '';
  const { meta } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return openDataFileResponse(params.file ?? '', {
    release: meta,
    rows: (table) => pastTable(release, table),
    homepage: new URL(paths.data(), site ?? siteConfig.url).href,
  });
};
