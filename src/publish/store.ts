// Reading and writing the release store (layout in store-layout.ts). Writers only ever create files in a
// staging folder; nothing here changes a file of a recorded release.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { ReleaseSnapshot } from '../open-data/derive/changes.ts';
import { fileStem, OPEN_TABLES, openJson, type OpenRow, type OpenTables } from '../open-data/derive/open-data.ts';
import { problem } from '../pipeline/problems.ts';
import type { Bilingual, Problem } from '../pipeline/report.ts';
import { TABLES } from '../pipeline/schemas/index.ts';
import { STORE_FORMAT, storePaths, type StoreIndex } from './store-layout.ts';

const REVOKED_FILE = 'revoked-honorees.json';

/** A file of the release store that is not what the store wrote: thrown as a named problem, never as a parser's error. */
export class DamagedStoreError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message.en);
    this.problem = problem;
  }
}

export async function readStoreIndex(dataDir: string): Promise<StoreIndex> {
  const path = storePaths(dataDir).index;
  if (!existsSync(path)) return { format: STORE_FORMAT, releases: [] };
  const index = await readStoreFile(path);
  if (!isRecord(index) || index.format !== STORE_FORMAT || !Array.isArray(index.releases)) {
    const format = isRecord(index) ? index.format : undefined;
    throw damaged(path, format !== undefined && format !== STORE_FORMAT
      ? { zh: `未知的记录格式 ${String(format)}`, en: `unknown store format ${String(format)}` }
      : { zh: '不是发布记录的索引', en: 'not a release index' });
  }
  if (!index.releases.every((entry) => isRecord(entry) && typeof entry.release === 'string' && typeof entry.digest === 'string' && isRecord(entry.counts))) {
    throw damaged(path, { zh: '某一期缺少发布日期、摘要或记录数', en: 'a release entry without its id, digest or counts' });
  }
  return index as unknown as StoreIndex;
}

/** Parsed JSON of a store file; a missing or unparseable one is a damaged store. */
async function readStoreFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw damaged(path, missing ? { zh: '文件不存在', en: 'it is missing' } : { zh: String(error), en: String(error) });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error as Error).message;
    throw damaged(path, { zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function damaged(path: string, reason: Bilingual): DamagedStoreError {
  const shown = relative(process.cwd(), path);
  const file = shown.startsWith('..') || isAbsolute(shown) ? path : shown;
  return new DamagedStoreError(
    problem({
      code: 'release-store-damaged',
      file,
      message: {
        zh: `发布记录文件 ${file} 已损坏，无法读取（${reason.zh}）。它记录已发布的各期，无法重新生成：请从版本库（git checkout -- ${file}）或备份恢复后重试。如果这个文件夹不是 data/，releases/ 本不该在其中：请把它移走。`,
        en: `The release store file ${file} is damaged and cannot be read (${reason.en}). It records the releases already published and cannot be made again: restore it from version control (git checkout -- ${file}) or a backup, then run again. If this folder is not data/, releases/ does not belong in it: move it out.`,
      },
    }),
  );
}

/** Stable bytes for the same index: publishing the same export twice writes the same file. */
export function storeIndexText(index: StoreIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

export async function writeStoreIndex(dataDir: string, index: StoreIndex): Promise<void> {
  const path = storePaths(dataDir).index;
  await mkdir(storePaths(dataDir).root, { recursive: true });
  await writeFile(path, storeIndexText(index));
}

/** Writes a release's publishable records: one JSON file per table, byte for byte what /data/ serves. */
export async function writeSnapshot(dataDir: string, snapshot: ReleaseSnapshot): Promise<void> {
  const dir = storePaths(dataDir).release(snapshot.release).published;
  await mkdir(dir, { recursive: true });
  for (const table of OPEN_TABLES) {
    // An optional table the release does not have is no file, as in releases recorded before the format had it.
    if (TABLES[table].optional && snapshot.tables[table].length === 0) continue;
    await writeFile(join(dir, `${fileStem(table)}.json`), openJson(snapshot.tables[table]));
  }
  await writeFile(join(dir, REVOKED_FILE), openJson(snapshot.revokedHonorees));
}

export async function readSnapshot(dataDir: string, release: string): Promise<ReleaseSnapshot> {
  const dir = storePaths(dataDir).release(release).published;
  const read = async (file: string) => {
    const rows = await readStoreFile(join(dir, file));
    if (!Array.isArray(rows)) throw damaged(join(dir, file), { zh: '不是记录的列表', en: 'not a list of records' });
    return rows as OpenRow[];
  };
  const tables = {} as OpenTables;
  for (const table of OPEN_TABLES) {
    const file = `${fileStem(table)}.json`;
    // A table added to the format later (targets.csv) is optional: releases recorded before it have no file, which is no table.
    tables[table] = TABLES[table].optional && !existsSync(join(dir, file)) ? [] : await read(file);
  }
  return { release, tables, revokedHonorees: await read(REVOKED_FILE) };
}
