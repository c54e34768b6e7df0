// /map/regions-<hash>.json: outlines, values and classes for the map (see _map-file.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { mapFile } from '../../map/routes.ts';
import { fromParts, keyed } from '../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('boundaries', 'regions', 'regionFigures'))) satisfies GetStaticPaths;

const allPaths = (async () => {
  const { name } = await mapFile();
  return [{ params: { file: name } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { body } = await mapFile();
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
