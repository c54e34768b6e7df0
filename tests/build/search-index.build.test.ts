// The search index's records phase (src/build/steps/search-index.ts) run for real over the sample export, cut
// into small bundles (--slice-pages) so that it has several per type: a second run with the first's keys and
// folders writes nothing and links every file (same inode); after one honoree is revoked, only the bundle that
// held them is indexed again, and the result equals a run from scratch over the changed data, byte for byte —
// which also shows that Pagefind writes the same bytes for the same records.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveDataset, readDatasetPart, writeDataset, writeDatasetPart } from '../../src/dataset/dataset.ts';
import { filesUnder, type SearchKeys } from '../../src/build/steps/search-reuse.ts';
import type { BundleSummary } from '../../src/search/derive/search-bundles.ts';
import { loadExport } from '../../src/pipeline/load.ts';

const run = promisify(execFile);
const SLICE_PAGES = 600;

let work: string;
let dataset: string;
let changedDataset: string;
let revoked: string;

interface Run {
  out: string;
  keysFile: string;
  names: string;
  keys: SearchKeys;
  summary: BundleSummary[];
  reused: string[];
  namesReused: string[];
  log: string;
}

/** The records phase into `<work>/<name>/`, from `data`, with the folders and keys of `previous` when given. */
async function recordsPhase(name: string, data: string, previous?: Run, previousKeys = previous?.keysFile): Promise<Run> {
  const folder = join(work, name);
  const file = (part: string) => join(folder, part);
  const { stderr } = await run(process.execPath, [
    'src/build/steps/search-index.ts', '--dataset', data, '--out', file('pagefind'), '--summary', file('summary.json'),
    '--names', file('names'), '--keys-out', file('keys.json'), '--reused-out', file('reused.json'),
    '--names-reused-out', file('names-reused.json'), '--slice-pages', String(SLICE_PAGES),
    ...(previous ? ['--previous', previous.out, '--previous-names', previous.names, '--previous-keys', previousKeys ?? ''] : []),
  ], { maxBuffer: 16 * 1024 * 1024 });
  const json = async <T>(part: string) => JSON.parse(await readFile(file(part), 'utf8')) as T;
  return {
    out: file('pagefind'), keysFile: file('keys.json'), names: file('names'), keys: await json('keys.json'), summary: await json('summary.json'),
    reused: await json('reused.json'), namesReused: await json('names-reused.json'), log: stderr,
  };
}

const inode = async (path: string) => (await stat(path)).ino;

let first: Run;
let again: Run;
let afterChange: Run;
let fromScratch: Run;
/** The first run's data and keys, but beside the folders of the run after the change. */
let mismatched: Run;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-search-index-'));
  const loaded = await loadExport('data');
  if (!loaded.data) throw new Error('the sample export must load');
  dataset = join(work, 'dataset');
  await writeDataset(deriveDataset(loaded.data, loaded.problems, '2026-11-03'), dataset);
  // The same data with one consenting honoree of the middle of the list revoked (a revoked honoree is not published).
  changedDataset = join(work, 'dataset-changed');
  await cp(dataset, changedDataset, { recursive: true });
  const honorees = await readDatasetPart(dataset, 'honorees');
  const consenting = honorees.filter((honoree) => honoree.consent);
  revoked = consenting[Math.floor(consenting.length / 2)]?.id ?? '';
  await writeDatasetPart(changedDataset, 'honorees', honorees.filter((honoree) => honoree.id !== revoked));

  first = await recordsPhase('first', dataset);
  again = await recordsPhase('again', dataset, first);
  afterChange = await recordsPhase('after-change', changedDataset, first);
  fromScratch = await recordsPhase('from-scratch', changedDataset);
  mismatched = await recordsPhase('mismatched', dataset, afterChange, first.keysFile);
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the records phase, run again with nothing changed', () => {
  it('splits the sample into several bundles of each type, none over the limit', () => {
    const types = new Set(first.summary.map((bundle) => bundle.type));
    expect([...types].sort()).toEqual(['honorees', 'notices', 'projects']);
    expect(first.summary.filter((bundle) => bundle.type === 'honorees').length).toBeGreaterThan(4);
    expect(Math.max(...first.summary.map((bundle) => bundle.pages))).toBeLessThanOrEqual(SLICE_PAGES);
  });

  it('keeps every bundle and the name index: the same keys, every file linked to the first run’s (same inode)', async () => {
    expect(again.keys).toEqual(first.keys);
    expect(again.summary).toEqual(first.summary);
    expect(again.log).toMatch(/Pagefind indexed 0 records in 0 bundles; kept \d+ records in \d+ bundles/);
    // Its sources unchanged, not one record was made: every folder kept as the previous keys describe it.
    expect(again.log).toContain('bundles and the name index kept as they are');
    expect(again.log).not.toContain('name index: unchanged');
    const files = await filesUnder(again.out);
    expect(files).toEqual(await filesUnder(first.out));
    expect(again.reused).toEqual(files);
    for (const file of files) expect(await inode(join(again.out, file)), file).toBe(await inode(join(first.out, file)));
    const names = await filesUnder(again.names);
    expect(names).toEqual(await filesUnder(first.names));
    expect(again.namesReused).toEqual(names);
    for (const file of names) expect(await inode(join(again.names, file)), file).toBe(await inode(join(first.names, file)));
  });
});

describe('the records phase after one honoree is revoked', () => {
  it('indexes again only the bundle that held them, and writes the name index again', async () => {
    const changed = Object.keys(first.keys.bundles).filter((name) => afterChange.keys.bundles[name]?.key !== first.keys.bundles[name]?.key);
    expect(changed).toHaveLength(1);
    const [bundle] = changed;
    expect(bundle).toMatch(/^honorees-\d{4}(-\d+)?$/);
    expect(afterChange.log).toContain(`Pagefind bundle ${bundle}:`);
    expect(afterChange.log).toMatch(/Pagefind indexed \d+ records in 1 bundles/);
    expect(afterChange.keys.names?.key).not.toBe(first.keys.names?.key);
    expect(afterChange.namesReused).toEqual([]);
    // What was linked is every file but the new bundle's, each the first run's own.
    const files = await filesUnder(afterChange.out);
    expect(afterChange.reused).toEqual(files.filter((file) => !file.startsWith(`${bundle}/`)));
    for (const file of afterChange.reused) expect(await inode(join(afterChange.out, file)), file).toBe(await inode(join(first.out, file)));
    // The revoked honoree was in that bundle, and is in none now.
    expect(first.summary.find((summary) => summary.name === bundle)?.pages).toBe((afterChange.summary.find((summary) => summary.name === bundle)?.pages ?? 0) + 1);
  });

  it('gives what a run from scratch over the changed data gives, byte for byte', async () => {
    expect(afterChange.keys).toEqual(fromScratch.keys);
    expect(afterChange.summary).toEqual(fromScratch.summary);
    expect(fromScratch.reused).toEqual([]);
    for (const [incremental, scratch] of [[afterChange.out, fromScratch.out], [afterChange.names, fromScratch.names]] as const) {
      const files = await filesUnder(incremental);
      expect(files).toEqual(await filesUnder(scratch));
      for (const file of files) expect((await readFile(join(incremental, file))).equals(await readFile(join(scratch, file))), file).toBe(true);
    }
  });

  it('leaves the revoked honoree out of the name index, where the first run had them', async () => {
    const inFirst = await Promise.all((await filesUnder(first.names)).map((file) => readFile(join(first.names, file), 'utf8')));
    expect(inFirst.some((text) => text.includes(`"${revoked}"`))).toBe(true);
    for (const file of await filesUnder(afterChange.names)) expect(await readFile(join(afterChange.names, file), 'utf8'), file).not.toContain(`"${revoked}"`);
  });
});

describe('keys that do not describe the folder beside them', () => {
  it('reuse nothing of that folder: the bundle is indexed again and comes out as the first run wrote it', async () => {
    // The first run's keys say what the revoked honoree's bundle held before; the folder given is the one without them.
    const changed = Object.keys(first.keys.bundles).filter((name) => afterChange.keys.bundles[name]?.key !== first.keys.bundles[name]?.key);
    expect(changed).toHaveLength(1);
    expect(mismatched.log).toContain('is not the folder the previous keys describe');
    expect(mismatched.log).toMatch(/Pagefind indexed \d+ records in 1 bundles/);
    expect(mismatched.keys).toEqual(first.keys);
    const files = await filesUnder(mismatched.out);
    expect(files).toEqual(await filesUnder(first.out));
    expect(mismatched.reused).toEqual(files.filter((file) => !file.startsWith(`${changed[0]}/`)));
    for (const file of files) expect((await readFile(join(mismatched.out, file))).equals(await readFile(join(first.out, file))), file).toBe(true);
  });
});
