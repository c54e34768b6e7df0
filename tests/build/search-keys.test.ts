// The keys that let a build keep the previous build's search bundles: a digest of exactly what Pagefind is given
// for a bundle, so that one record's change changes one key, and a key is the same in every build of the same data.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleKey, PAGEFIND_VERSION } from '../../src/build/steps/pagefind-bundle.ts';
import { readSearchKeys } from '../../src/build/steps/search-reuse.ts';
import { planBundles, type SearchBundle, type SearchEntry } from '../../src/search/derive/search-bundles.ts';
import type { SearchRecord } from '../../src/search/derive/search-records.ts';

const record = (year: number, number: number, summary = '种茶致富'): SearchRecord => ({
  url: `/honorees/ZQ-${year}-${number}/`,
  content: `张明华\n${summary}`,
  meta: { title: '张明华', summary },
  filters: { year: [String(year)] },
});
const entries = (records: readonly SearchRecord[]): SearchEntry[] =>
  records.map((source, order) => ({ type: 'honorees', order, year: Number(source.filters['year']?.[0]), source: { record: source } }));
const keys = (bundles: SearchBundle[]) => Object.fromEntries(bundles.map((bundle) => [bundle.name, bundleKey(bundle)]));
const records = [2025, 2024, 2023].flatMap((year) => Array.from({ length: 40 }, (_, number) => record(year, number)));

describe('bundleKey', () => {
  it('is the same for the same records, and names the Pagefind version it is for', () => {
    expect(keys(planBundles(entries(records), 10))).toEqual(keys(planBundles(entries([...records]), 10)));
    expect(PAGEFIND_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('changes for the bundle of a changed record and for no other', () => {
    const before = keys(planBundles(entries(records), 10));
    const changed = records.map((candidate, at) => (at === 50 ? record(2024, 10, '种茶致富，带动乡亲') : candidate));
    const after = keys(planBundles(entries(changed), 10));
    const differing = Object.keys(before).filter((name) => before[name] !== after[name]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(/^honorees-2024-/);
  });

  it('changes with the name and with whether the bundle carries Pagefind’s code', () => {
    const [bundle] = planBundles(entries(records.slice(0, 3)), 10);
    if (!bundle) throw new Error('one bundle');
    expect(bundleKey({ ...bundle, name: 'honorees-2025' })).not.toBe(bundleKey(bundle));
    expect(bundleKey({ ...bundle, primary: false })).not.toBe(bundleKey(bundle));
  });

  it('refuses a bundle of built pages, whose content it does not know', () => {
    expect(() => bundleKey({ name: 'pages', type: 'pages', primary: true, sources: [{ file: 'about/index.html' }] })).toThrow(/built pages/);
  });
});

describe('readSearchKeys', () => {
  it('reads a keys file, and takes an absent or foreign file for none', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'yangguang-search-keys-'));
    try {
      const file = join(folder, 'keys.json');
      await expect(readSearchKeys(file)).resolves.toBeUndefined();
      await expect(readSearchKeys(undefined)).resolves.toBeUndefined();
      const keys = { version: 2, bundles: { honorees: { key: 'abc', files: '123' } }, names: { key: 'def', files: '456' } };
      await writeFile(file, JSON.stringify(keys));
      await expect(readSearchKeys(file)).resolves.toEqual(keys);
      await writeFile(file, '{"bundles":');
      await expect(readSearchKeys(file)).resolves.toBeUndefined();
      // The first form of the file, keys without the digest of the files they describe.
      await writeFile(file, '{"version":1,"bundles":{"honorees":"abc"}}');
      await expect(readSearchKeys(file)).resolves.toBeUndefined();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
