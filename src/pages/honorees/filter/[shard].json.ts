// /honorees/filter/<year>-<level>-<county>.json: one shard of the list for combined filters (see honoree-filter-data.ts).
import type { ShardRow } from '../../../honorees/derive/honoree-filters.ts';
import { honoreeData } from '../../../honorees/routes.ts';

interface Props {
  rows: ShardRow[];
}

export async function getStaticPaths() {
  const { filterFiles } = await honoreeData();
  return [...filterFiles().shards].map(([file, rows]) => ({ params: { shard: file.replace(/\.json$/, '') }, props: { rows } satisfies Props }));
}

export function GET({ props }: { props: Props }): Response {
  return new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
