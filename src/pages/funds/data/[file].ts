// /funds/data/manifest.json and /funds/data/<year>-<county>.json: what the enhanced funds table fetches.
// Per-project sums only (no fund lines), one file per year and county, so a filtered view loads little.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fundsData } from '../../../funds/routes.ts';
import { fromParts, keyed } from '../../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('projects', 'regions', 'notices', 'warnings'))) satisfies GetStaticPaths;

const allPaths = (async () => {
  const { client } = await fundsData();
  return [
    { params: { file: 'manifest.json' }, props: { content: client.manifest as unknown } },
    ...[...client.chunks].map(([file, chunk]) => ({ params: { file }, props: { content: chunk as unknown } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { content: unknown }).content), { headers: { 'content-type': 'application/json; charset=utf-8' } });
