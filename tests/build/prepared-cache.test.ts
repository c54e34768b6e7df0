// The prepare step's results kept between builds come back byte for byte as deriving them again gives them on
// another day: only meta.builtOn differs, and the whole dataset is compared, not one part.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepPrepared, preparedKey, restorePrepared, type PreparedFiles } from '../../src/build/incremental/prepared-cache.ts';
import { deriveDataset, writeDataset } from '../../src/dataset/dataset.ts';
import { loadExport } from '../../src/pipeline/load.ts';

const EXPORT = 'tests/fixtures/tiny-export';
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function temporary(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'yangguang-prepared-'));
  folders.push(dir);
  return dir;
}

/** What the prepare step writes for `today`, into `dir`. */
async function prepare(dir: string, today: string): Promise<PreparedFiles> {
  const files = { dataset: join(dir, 'dataset'), problems: join(dir, 'problems.json'), photos: join(dir, 'photos.json'), unpublished: join(dir, 'unpublished.json') };
  const { data, problems } = await loadExport(EXPORT);
  if (!data) throw new Error('the fixture export does not load');
  await writeDataset(deriveDataset(data, problems, today), files.dataset);
  await writeFile(files.problems, JSON.stringify(problems));
  await writeFile(files.photos, '[]');
  await writeFile(files.unpublished, '{"names":[]}');
  return files;
}

/** Every file of a prepare step's results, by name. */
async function contents(files: PreparedFiles): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const name of await readdir(files.dataset)) all.set(`dataset/${name}`, await readFile(join(files.dataset, name), 'utf8'));
  for (const role of ['problems', 'photos', 'unpublished'] as const) all.set(role, await readFile(files[role], 'utf8'));
  return all;
}

describe('the prepared cache', () => {
  it('gives another day the dataset deriving it again would give, byte for byte', async () => {
    const root = join(await temporary(), 'prepared');
    const first = await prepare(await temporary(), '2026-11-03');
    const key = preparedKey('code-1', EXPORT, 'digest-1');
    keepPrepared(root, key, first);
    // Files the build adds to its dataset later (photos, share images) are not part of the entry.
    await mkdir(join(first.dataset, 'share'));
    await writeFile(join(first.dataset, 'share', 'site.png'), 'png');

    const restoredDir = await temporary();
    const restored = { dataset: join(restoredDir, 'dataset'), problems: join(restoredDir, 'p.json'), photos: join(restoredDir, 'ph.json'), unpublished: join(restoredDir, 'u.json') };
    expect(restorePrepared(root, key, restored, '2026-11-04')).toBe(true);
    const expected = await contents(await prepare(await temporary(), '2026-11-04'));
    expect(await contents(restored)).toEqual(expected);
    expect(expected.get('dataset/meta.json')).toContain('"builtOn":"2026-11-04"');
    expect(existsSync(join(restored.dataset, 'share'))).toBe(false);
  });

  it('has nothing for another key, a half-written entry or one of another code', async () => {
    const root = join(await temporary(), 'prepared');
    const files = await prepare(await temporary(), '2026-11-03');
    keepPrepared(root, preparedKey('code-1', EXPORT, 'digest-1'), files);
    const target = await temporary();
    const into = { dataset: join(target, 'dataset'), problems: join(target, 'p.json'), photos: join(target, 'ph.json'), unpublished: join(target, 'u.json') };
    expect(restorePrepared(root, preparedKey('code-2', EXPORT, 'digest-1'), into, '2026-11-04')).toBe(false);
    expect(restorePrepared(root, preparedKey('code-1', EXPORT, 'digest-2'), into, '2026-11-04')).toBe(false);
    const key = preparedKey('code-1', EXPORT, 'digest-1');
    await rm(join(root, key, 'complete'));
    expect(restorePrepared(root, key, into, '2026-11-04')).toBe(false);
  });

  it('keeps the two most recently used exports', async () => {
    const root = join(await temporary(), 'prepared');
    const files = await prepare(await temporary(), '2026-11-03');
    const keys = ['a', 'b', 'c'].map((digest) => preparedKey('code-1', EXPORT, digest));
    for (const key of keys) {
      keepPrepared(root, key, files);
      await new Promise((done) => setTimeout(done, 20));
    }
    expect((await readdir(root)).sort()).toEqual(keys.slice(1).sort());
  });
});
