// The map's data file, built once per build and named by its content hash, so browsers may keep it forever
// and a new release can never be mixed with an old cached one.
import { createHash } from 'node:crypto';
import { buildMapData, type MapData } from './derive/map-data.ts';
import { load } from '../site/dataset.ts';
import { href } from '../site/urls.ts';

export interface MapFile {
  /** File name without extension: regions-<hash>. */
  name: string;
  /** Site-relative URL the map fetches. */
  url: string;
  body: string;
  data: MapData;
}

let pending: Promise<MapFile> | undefined;

export function mapFile(): Promise<MapFile> {
  pending ??= (async () => {
    const [boundaries, regions, figures, meta] = await Promise.all([load('boundaries'), load('regions'), load('regionFigures'), load('meta')]);
    const data = buildMapData(boundaries, new Map(regions.map((region) => [region.code, region])), figures, meta.years);
    const body = JSON.stringify(data);
    const name = `regions-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
    return { name, url: href(`/map/${name}.json`), body, data };
  })();
  return pending;
}
