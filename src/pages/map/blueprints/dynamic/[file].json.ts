// /map/blueprints/dynamic/months-<year>-<hash>.json: one year of the dynamic map's months, fetched when the
// reader first shows a month of that year (src/map/client/blueprint-dynamic.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { blueprintData } from '../../../../map/blueprints.ts';
import { fromParts, keyed } from '../../../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('regions', 'projects', 'pairings', 'regionFigures', 'boundaries'))) satisfies GetStaticPaths;

const allPaths = (async () => {
  const { monthlyFiles } = await blueprintData();
  return monthlyFiles.map((file) => ({ params: { file: file.name }, props: { body: file.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props['body']), { headers: { 'content-type': 'application/json; charset=utf-8' } });
