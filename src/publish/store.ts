// Reading and writing the release store (layout in store-layout.ts). Writers only ever create files in a
// staging folder; nothing here changes a file of a recorded release.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseSnapshot } from '../open-data/derive/changes.ts';
import { fileStem, OPEN_TABLES, openJson, type OpenRow, type OpenTables } from '../open-data/derive/open-data.ts';
import { STORE_FORMAT, storePaths, type StoreIndex } from './store-layout.ts';

const REVOKED_FILE = 'revoked-honorees.json';

export async function readStoreIndex(dataDir: string): Promise<StoreIndex> {
  const path = storePaths(dataDir).index;
  if (!existsSync(path)) return { format: STORE_FORMAT, releases: [] };
  const index = JSON.parse(await readFile(path, 'utf8')) as StoreIndex;
  if (index.format !== STORE_FORMAT) throw new Error(`${path}: unknown store format ${String(index.format)}`);
  return index;
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
  for (const table of OPEN_TABLES) await writeFile(join(dir, `${fileStem(table)}.json`), openJson(snapshot.tables[table]));
  await writeFile(join(dir, REVOKED_FILE), openJson(snapshot.revokedHonorees));
}

export async function readSnapshot(dataDir: string, release: string): Promise<ReleaseSnapshot> {
  const dir = storePaths(dataDir).release(release).published;
  const read = async (file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as OpenRow[];
  const tables = {} as OpenTables;
  for (const table of OPEN_TABLES) tables[table] = await read(`${fileStem(table)}.json`);
  return { release, tables, revokedHonorees: await read(REVOKED_FILE) };
}
