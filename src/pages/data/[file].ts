// The current release's open data: /data/<table>.csv, /data/<table>.json and /data/datapackage.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../site/config.ts';
import { load } from '../../site/dataset.ts';
import { paths } from '../../site/urls.ts';
import { OPEN_DATA_FILES, openDataFileResponse, TABLE_PARTS } from '../../open-data/routes.ts';
import { currentTable } from '../../open-data/source.ts';
import { datasetDigest, keyed, layoutDigest } from '../../site/incremental.ts';

// A table's files change with its part of the dataset; datapackage.json with the release (in the layout's digest).
export const getStaticPaths = (({ routePattern }) =>
  keyed(routePattern, allPaths(), ({ params }) => {
    const table = OPEN_DATA_FILES.find((entry) => entry.file === params.file)?.table;
    return [layoutDigest(), table ? datasetDigest(`${TABLE_PARTS[table]}.json`) : null];
  })) satisfies GetStaticPaths;

const allPaths = (() => OPEN_DATA_FILES.map(({ file }) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const meta = await load('meta');
  return openDataFileResponse(params.file ?? '', {
    release: meta.release,
    rows: currentTable,
    homepage: new URL(paths.data(), site ?? siteConfig.url).href,
  });
};
