// What the open-data pages read: the current release's open tables (made from the dataset when needed), and
// the release history and past releases' files that the build's history step wrote beside the dataset.
import { fileStem, OPEN_TABLES, openDataCount, openDataRows, type OpenDataSource, type OpenRow } from './derive/open-data.ts';
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

/** One table of the current release, made as its file is written (the fund lines row by row) and not kept. */
export async function currentTable(table: TableName): Promise<Iterable<OpenRow>> {
  return openDataRows(await openDataSource(), table);
}

/** How many rows each table has, without making them (1,000,000 fund lines at scale). */
export async function currentCounts(): Promise<Record<TableName, number>> {
  const source = await openDataSource();
  return Object.fromEntries(OPEN_TABLES.map((table) => [table, openDataCount(source, table)])) as Record<TableName, number>;
}

export function releaseHistory(): Promise<ReleaseHistory> {
  return loadDatasetFile<ReleaseHistory>('history.json', { keep: true });
}

/** A past release's records of one table, as they may be downloaded today (read when its files are written). */
export async function pastTable(release: string, table: TableName): Promise<OpenRow[]> {
  return loadDatasetFile<OpenRow[]>(`${pastReleasePath(release)}/${fileStem(table)}.json`);
}
