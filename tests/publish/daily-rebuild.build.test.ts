// The daily rebuild (same export, a later day): publicity states move on, and nothing else in the site changes.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { treeDigest } from '../build/tree-digest.ts';
import { TINY_EXPORT, workFolder } from './fixture.ts';

// The tiny export's selection notices run 2025-11-03 … 2025-11-07: on both days they are 公示中, 4 then 3 days left.
const DAYS = ['2025-11-04', '2025-11-05'] as const;

/** A publicity-state element (the build-time badge: its state class and its text) reduced to a placeholder. */
const PUBLICITY_STATE = /<(\w+)\b[^>]*\bdata-publicity-start="[^"]*"[^>]*>[^<]*<\/\1>/g;
const withoutPublicityStates = (html: string) => html.replace(PUBLICITY_STATE, '<publicity-state/>');

let work: string;
const sites: string[] = [];

// Two real builds of the tiny export: slow on a shared machine.
describe('the daily rebuild', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    work = await workFolder('daily');
    for (const today of DAYS) {
      const outDir = join(work, `site-${today}`);
      const result = await buildSite({ dataDir: TINY_EXPORT, outDir, reportPath: join(work, `report-${today}.json`), today, quiet: true, log: () => {} });
      if (!result.ok) throw new Error(`the tiny export did not build for ${today}`);
      sites.push(outDir);
    }
  }, 900_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('writes the same files, differing only in publicity states (and the search index built from them)', async () => {
    const [before, after] = await Promise.all(sites.map((site) => treeDigest(site)));
    if (!before || !after) throw new Error('two builds expected');
    // Pagefind names its index chunks by content hash; the same chunks, renamed, are the same files.
    const fileNames = (digest: Map<string, string>) => [...digest.keys()].map((path) => path.replace(/^(pagefind\/.*)_[0-9a-f]{7,}(\.pf_\w+)$/, '$1_#$2')).sort();
    expect(fileNames(after)).toEqual(fileNames(before));

    const changed = [...before.keys()].filter((path) => before.get(path) !== after.get(path));
    // The search index's chunks are left out here (the search tests check what they hold); the pages are compared.
    const pages = changed.filter((path) => !path.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      expect(path, `${path} changed and is not a page`).toMatch(/\.html$/);
      const [html1, html2] = await Promise.all(sites.map((site) => readFile(join(site, path), 'utf8')));
      expect(html1).not.toEqual(html2);
      expect(withoutPublicityStates(html2 ?? ''), `${path} differs beyond its publicity states`).toEqual(withoutPublicityStates(html1 ?? ''));
    }
  });

  it('moves the notices on by one day', async () => {
    const [first, second] = await Promise.all(sites.map((site) => readFile(join(site, 'notices', 'N2025-01', 'index.html'), 'utf8')));
    expect(first).toContain('公示中，剩余 4 天');
    expect(second).toContain('公示中，剩余 3 天');
  });
});
