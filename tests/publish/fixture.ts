// Two successive releases made from the tiny export, a throwaway root with data/ and dist/, and a fake site
// build (the real one is covered by the build tests): the publish steps are what is under test here.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteBuilder } from '../../src/publish/publish.ts';

export const TINY_EXPORT = 'tests/fixtures/tiny-export';

export async function workFolder(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `yangguang-publish-${name}-`));
}

/** The tiny export as release 2026-11-01 (as it is). */
export async function novemberExport(root: string): Promise<string> {
  const dir = join(root, 'incoming-2026-11-01');
  await cp(TINY_EXPORT, dir, { recursive: true });
  return dir;
}

/**
 * Release 2026-12-01: honoree H2025-001 (张明华, consenting, with a story and photo) revoked, and a fund line
 * paid out in full.
 */
export async function decemberExport(root: string): Promise<string> {
  const dir = join(root, 'incoming-2026-12-01');
  await cp(TINY_EXPORT, dir, { recursive: true });
  await edit(join(dir, 'release.json'), (text) => text.replace('"release": "2026-11-01"', '"release": "2026-12-01"'));
  await edit(join(dir, 'honorees.csv'), (text) => text.replace('zhang-minghua.png,是,N2025-01,已表彰,', 'zhang-minghua.png,是,N2025-01,已撤销,'));
  await edit(join(dir, 'fund_lines.csv'), (text) => text.replace('P2025-001,县级财政,120000.50,80000,2025-06-30', 'P2025-001,县级财政,120000.50,120000.50,2025-11-20'));
  return dir;
}

/**
 * The sample export (data/ without its release store) as release `release`: some 19,000 honorees, so that a publish
 * takes a couple of seconds even without a build — long enough for two started together to overlap.
 */
export async function sampleExport(root: string, release: string): Promise<string> {
  const dir = join(root, `sample-${release}`);
  await cp(SAMPLE_DATA, dir, { recursive: true, filter: (source) => source !== join(SAMPLE_DATA, 'releases') });
  await edit(join(dir, 'release.json'), (text) => text.replace(/"release": "\d{4}-\d{2}-\d{2}"/, `"release": "${release}"`));
  return dir;
}

const SAMPLE_DATA = 'data';

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture changed: the edit of ${path} matched nothing`);
  await writeFile(path, after);
}

/** A "site" that says which release it was built from, like the real one would. */
export const fakeBuild: SiteBuilder = async (dataDir, outDir) => {
  const release = JSON.parse(await readFile(join(dataDir, 'release.json'), 'utf8')) as { release: string };
  await mkdir(join(outDir, 'data'), { recursive: true });
  await writeFile(join(outDir, 'index.html'), `<!doctype html><title>${release.release}</title>`);
  await cp(join(dataDir, 'releases', 'index.json'), join(outDir, 'data', 'releases.json'));
  return true;
};
