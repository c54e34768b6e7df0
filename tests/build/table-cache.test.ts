// Tables kept between builds come back exactly as reading them gives them: rows, locations and problems.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TableFileCache } from '../../src/build/table-cache.ts';
import { loadExport } from '../../src/pipeline/load.ts';

const EXPORT = 'tests/fixtures/tiny-export';
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('the table cache', () => {
  it('gives the same export as reading every file, and is used for every table on the second read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yangguang-table-cache-'));
    folders.push(dir);
    const read = await loadExport(EXPORT);
    const first = await loadExport(EXPORT, { tables: new TableFileCache(dir, 'code-1') });
    const logged: string[] = [];
    const second = await loadExport(EXPORT, { tables: new TableFileCache(dir, 'code-1'), log: (line) => logged.push(line) });
    expect(first).toEqual(read);
    expect(second).toEqual(read);
    expect(read.problems.length).toBeGreaterThan(0);
    // Every table whose file the export has (an optional one may be absent).
    const tables = logged.filter((line) => / rows \(/.test(line) && existsSync(join(EXPORT, line.split(':')[0]!)));
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.every((line) => line.includes('as read before'))).toBe(true);
  });

  it('reads again under other code, and keeps only what the last build used', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yangguang-table-cache-'));
    folders.push(dir);
    await loadExport(EXPORT, { tables: new TableFileCache(dir, 'code-1') });
    const logged: string[] = [];
    const cache = new TableFileCache(dir, 'code-2');
    await loadExport(EXPORT, { tables: cache, log: (line) => logged.push(line) });
    expect(logged.filter((line) => line.includes('as read before'))).toEqual([]);
    const before = (await readdir(dir)).length;
    cache.prune();
    expect((await readdir(dir)).length).toBe(before / 2);
  });
});
