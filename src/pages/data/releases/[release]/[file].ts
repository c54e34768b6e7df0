// Every past release's files at a stable address: /data/releases/<release>/<table>.csv|.json, datapackage.json.
// Honorees appear in them only as the current release shows them (see open-data-privacy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../../site/config.ts';
import { paths } from '../../../../site/urls.ts';
import { OPEN_DATA_FILES, openDataFileResponse } from '../../../../open-data/routes.ts';
import { pastTable, releaseHistory } from '../../../../open-data/source.ts';
import { datasetDigest, keyed } from '../../../../site/incremental.ts';
import { pastReleasePath } from '../../../../publish/history.ts';
import { fileStem } from '../../../../open-data/derive/open-data.ts';

// A past release's file changes only with what the history step wrote for it (as today's consent allows).
export const getStaticPaths = (async ({ routePattern }) =>
  keyed(routePattern, await allPaths(), ({ params, props }) => {
    const table = OPEN_DATA_FILES.find((entry) => entry.file === params.file)?.table;
    return [props.meta, table ? datasetDigest(`${pastReleasePath(params.release)}/${fileStem(table)}.json`) : null];
  })) satisfies GetStaticPaths;

const allPaths = (async () => {
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
