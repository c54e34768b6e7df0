// Every change of a release, one row per record added or removed and per field changed: /data/changes/<release>/changes.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReleaseChanges } from '../../../../open-data/derive/changes.ts';
import { changesCsv } from '../../../../open-data/derive/changes-text.ts';
import { releaseHistory } from '../../../../open-data/source.ts';
import { keyed } from '../../../../site/incremental.ts';

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths())) satisfies GetStaticPaths;

const allPaths = (async () => {
  const history = await releaseHistory();
  return history.releases.flatMap((entry) => (entry.changes ? [{ params: { release: entry.release }, props: { changes: entry.changes } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { changes } = props as { changes: ReleaseChanges };
  return new Response(changesCsv(changes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
