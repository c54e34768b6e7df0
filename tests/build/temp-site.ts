// A site built from an export folder into a temporary folder, with the date and public URL pinned: what the golden
// test and the HTML validation of every page both start from; and the files of a built site, relative and sorted.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../../src/build/build-site.ts';

export interface TempSite {
  siteDir: string;
  ok: boolean;
  remove(): Promise<void>;
}

export async function buildTempSite(dataDir: string, name: string): Promise<TempSite> {
  const work = await mkdtemp(join(tmpdir(), `yangguang-${name}-`));
  const siteDir = join(work, 'site');
  const { ok } = await buildSite({
    dataDir,
    outDir: siteDir,
    reportPath: join(work, 'report.json'),
    today: '2026-11-03',
    site: 'https://yangguang.example.org',
    quiet: true,
    log: () => {},
  });
  return { siteDir, ok, remove: () => rm(work, { recursive: true, force: true }) };
}

/** Every file of a built site, as paths relative to it, sorted. */
export async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}
