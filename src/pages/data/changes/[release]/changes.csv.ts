// Every change of a release, one row per record added or removed and per field changed: /data/changes/<release>/changes.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ReleaseChanges } from '../../../../pipeline/derive/changes.ts';
import { changesCsv } from '../../../../pipeline/derive/changes-text.ts';
import { releaseHistory } from '../../_load.ts';

export const getStaticPaths = (async () => {
  const history = await releaseHistory();
  return history.releases.flatMap((entry) => (entry.changes ? [{ params: { release: entry.release }, props: { changes: entry.changes } }] : []));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { changes } = props as { changes: ReleaseChanges };
  return new Response(changesCsv(changes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
