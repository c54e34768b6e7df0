// What the open-data pages read: the current release's open tables (made from the dataset when needed), and
// the release history and past releases' files that the build's history step wrote beside the dataset.
import { fileStem, OPEN_TABLES, openDataTable, type OpenDataSource, type OpenRow } from './derive/open-data.ts';
import type { TableName } from '../pipeline/schemas/index.ts';
import { pastReleasePath, type ReleaseHistory } from '../publish/history.ts';
import { load, loadDatasetFile } from '../site/dataset.ts';

/** The dataset parts the open data is made from (each read once per build by load()). */
async function openDataSource(): Promise<OpenDataSource> {
  const [regions, honorees, notices, projects, pairings, indicators, targets] = await Promise.all([
    load('regions'),
    load('honorees'),
    load('notices'),
    load('projects'),
    load('pairings'),
    load('indicators'),
    load('targets'),
  ]);
  return { regions, honorees, notices, projects, pairings, indicators, targets };
}

/** One table of the current release, made when its file is written and not kept. */
export async function currentTable(table: TableName): Promise<OpenRow[]> {
  return openDataTable(await openDataSource(), table);
}

export async function currentCounts(): Promise<Record<TableName, number>> {
  const source = await openDataSource();
  return Object.fromEntries(OPEN_TABLES.map((table) => [table, openDataTable(source, table).length])) as Record<TableName, number>;
}

export function releaseHistory(): Promise<ReleaseHistory> {
  return loadDatasetFile<ReleaseHistory>('history.json', { keep: true });
}

/** A past release's records of one table, as they may be downloaded today (read when its files are written). */
export async function pastTable(release: string, table: TableName): Promise<OpenRow[]> {
  return loadDatasetFile<OpenRow[]>(`${pastReleasePath(release)}/${fileStem(table)}.json`);
}
