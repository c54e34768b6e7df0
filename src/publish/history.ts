// The release history for the site, as of today's consent: for each recorded release what changed, and for
// each past release its files — both reduced to what the current release lets anyone see of each honoree.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffReleases, seenNow, type ReleaseChanges, type ReleaseSnapshot } from '../open-data/derive/changes.ts';
import type { SiteMeta } from '../dataset/dataset.ts';
import type { PublishedHonoree } from '../honorees/derive/honorees.ts';
import { fileStem, OPEN_TABLES, openJson, type OpenTables } from '../open-data/derive/open-data.ts';
import { honoreeVisibility, redactHonorees, townshipResolver } from '../open-data/derive/open-data-privacy.ts';
import { problem } from '../pipeline/problems.ts';
import type { Problem } from '../pipeline/report.ts';
import type { Release, TableName } from '../pipeline/schemas/index.ts';
import { exportDigest, listExportFiles } from './export-files.ts';
import { DamagedStoreError, readSnapshot, readStoreIndex } from './store.ts';

export interface HistoryRelease {
  release: string;
  meta: Omit<Release, 'contact'>;
  /** The release this one is compared with. */
  previous?: string;
  /** The release the site is built from. */
  current: boolean;
  /** Recorded by `npm run publish`; an export installed by hand has no changelog. */
  recorded: boolean;
  /** Records per table in its files as published today (past releases), or as recorded (the current one). */
  counts?: Record<TableName, number>;
  /** What changed since `previous`, as seen today. */
  changes?: ReleaseChanges;
}

export interface ReleaseHistory {
  /** Newest first. */
  releases: HistoryRelease[];
}

/** Where a past release's files (redacted records per table) are put in the dataset folder. */
/** Where a past release's open tables lie in the dataset folder, relative to it. */
export function pastReleasePath(release: string): string {
  return `releases/${release}`;
}

export function pastReleaseDir(datasetDir: string, release: string): string {
  return join(datasetDir, pastReleasePath(release));
}

export interface HistoryInput {
  /** The export folder the site is built from; its `releases/` is the store. */
  dataDir: string;
  datasetDir: string;
  meta: SiteMeta;
  /** The current release's published honorees: the consent that applies to every release. */
  honorees: readonly PublishedHonoree[];
}

/**
 * The history written, and what the build should report about it: an export that is not the recorded release, or a
 * damaged store (then nothing is written, and the error stops the build).
 */
export async function writeReleaseHistory(input: HistoryInput): Promise<{ history: ReleaseHistory; problems: Problem[] }> {
  try {
    return await writeHistory(input);
  } catch (error) {
    if (error instanceof DamagedStoreError) return { history: { releases: [] }, problems: [error.problem] };
    throw error;
  }
}

async function writeHistory(input: HistoryInput): Promise<{ history: ReleaseHistory; problems: Problem[] }> {
  const problems: Problem[] = [];
  const current = input.meta.release.release;
  const index = await readStoreIndex(input.dataDir);
  const latest = index.releases.at(-1);
  // Hashing the export costs a read of every file; only worth it when there is a record to compare with.
  const currentRecorded = latest?.release === current && latest.digest === (await exportDigest(input.dataDir, await listExportFiles(input.dataDir)));
  const recorded = index.releases.filter((entry) => entry.release < current || (currentRecorded && entry === latest));
  if (recorded.length < index.releases.length) {
    problems.push(
      problem({
        code: 'release-not-recorded',
        file: 'releases/index.json',
        value: current,
        message: {
          zh: `导出文件夹中的 ${current} 与发布记录中最近一期（${latest?.release ?? ''}）不一致，本期没有更新记录；请用 npm run publish 发布。`,
          en: `The export (${current}) is not the latest recorded release (${latest?.release ?? ''}): no changelog for it; publish it with npm run publish.`,
        },
      }),
    );
  }

  const visibility = honoreeVisibility(input.honorees);
  const releases: HistoryRelease[] = [];
  let before: ReleaseSnapshot | undefined;
  for (const entry of recorded) {
    const snapshot = await readSnapshot(input.dataDir, entry.release);
    const seen = seenNow(snapshot, visibility);
    const isCurrent = entry.release === current;
    const counts = isCurrent ? entry.counts : await writePastFiles(input.datasetDir, snapshot, visibility);
    releases.push({
      release: entry.release,
      meta: entry.meta,
      ...(before ? { previous: before.release, changes: diffReleases(before, seen) } : {}),
      current: isCurrent,
      recorded: true,
      counts,
    });
    before = seen;
  }
  if (!currentRecorded) {
    releases.push({ release: current, meta: input.meta.release, current: true, recorded: false });
  }
  const history: ReleaseHistory = { releases: releases.reverse() };
  await writeFile(join(input.datasetDir, 'history.json'), JSON.stringify(history));
  return { history, problems };
}

/** A past release's records as they may be downloaded today; returns the records per table. */
async function writePastFiles(
  datasetDir: string,
  snapshot: ReleaseSnapshot,
  visibility: ReturnType<typeof honoreeVisibility>,
): Promise<Record<TableName, number>> {
  const tables: OpenTables = {
    ...snapshot.tables,
    honorees: redactHonorees(snapshot.tables.honorees, visibility, townshipResolver(snapshot.tables.regions), 'drop'),
  };
  const dir = pastReleaseDir(datasetDir, snapshot.release);
  await mkdir(dir, { recursive: true });
  const counts = {} as Record<TableName, number>;
  for (const table of OPEN_TABLES) {
    await writeFile(join(dir, `${fileStem(table)}.json`), openJson(tables[table]));
    counts[table] = tables[table].length;
  }
  return counts;
}
