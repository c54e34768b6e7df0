// /honorees/filter/<year>-<level>-<county>.json: one shard of the list for combined filters (see honoree-filter-data.ts).
import type { ShardRow } from '../../../honorees/derive/honoree-filters.ts';
import { honoreeData } from '../../../honorees/routes.ts';
import type { GetStaticPathsOptions } from 'astro';
import { fromParts, keyed } from '../../../site/incremental.ts';

interface Props {
  rows: ShardRow[];
}

export async function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  return keyed(routePattern, await allPaths(), fromParts('honorees', 'regions', 'notices', 'boundaries', 'photos'));
}

async function allPaths() {
  const { filterFiles } = await honoreeData();
  return [...filterFiles().shards].map(([file, rows]) => ({ params: { shard: file.replace(/\.json$/, '') }, props: { rows } satisfies Props }));
}

export function GET({ props }: { props: Props }): Response {
  return new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
