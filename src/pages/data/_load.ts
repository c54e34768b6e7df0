// What the open-data pages read: the current release's open tables (made once from the dataset), and the
// release history and past releases' files that the build's history step wrote beside the dataset.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStem, openDataTables, type OpenRow, type OpenTables } from '../../pipeline/derive/open-data.ts';
import type { TableName } from '../../pipeline/schemas/index.ts';
import { pastReleaseDir, type ReleaseHistory } from '../../publish/history.ts';
import { datasetDir, load } from '../../site/dataset.ts';

let current: Promise<OpenTables> | undefined;
let history: Promise<ReleaseHistory> | undefined;

export function currentTables(): Promise<OpenTables> {
  current ??= (async () => {
    const [regions, honorees, notices, projects, pairings, indicators] = await Promise.all([
      load('regions'),
      load('honorees'),
      load('notices'),
      load('projects'),
      load('pairings'),
      load('indicators'),
    ]);
    return openDataTables({ regions, honorees, notices, projects, pairings, indicators });
  })();
  return current;
}

export function releaseHistory(): Promise<ReleaseHistory> {
  history ??= readFile(join(datasetDir, 'history.json'), 'utf8').then((text) => JSON.parse(text) as ReleaseHistory);
  return history;
}

/** A past release's records of one table, as they may be downloaded today (read when its files are written). */
export async function pastTable(release: string, table: TableName): Promise<OpenRow[]> {
  return JSON.parse(await readFile(join(pastReleaseDir(datasetDir, release), `${fileStem(table)}.json`), 'utf8')) as OpenRow[];
}
