// Golden build: the tiny fixture export → the site's files and what each page says, with the date pinned
// and content hashes masked. Regenerate locally with `npx vitest run --project build -u` (never on CI).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';

let work: string;
let siteDir: string;
let ok = false;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-golden-'));
  siteDir = join(work, 'site');
  ({ ok } = await buildSite({
    dataDir: 'tests/fixtures/tiny-export',
    outDir: siteDir,
    reportPath: join(work, 'report.json'),
    today: '2026-11-03',
    site: 'https://yangguang.example.org',
    quiet: true,
    log: () => {},
  }));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

/** Content hashes in file names change with every edit of a script or style: mask them. */
function maskHashes(path: string): string {
  return path.replace(/\.[A-Za-z0-9_-]{8}\.(js|css|mjs)$/, '.[hash].$1');
}

/** What a page says: its title and the text of <main>, scripts, styles and SVG drawing left out. */
function pageText(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const text = main
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `# ${title}\n${text}`;
}

describe('golden build of the tiny fixture export', () => {
  it('builds', () => {
    expect(ok).toBe(true);
  });

  it('writes the same files', async () => {
    const files = (await listFiles(siteDir)).filter((file) => !file.startsWith('pagefind/')).map(maskHashes);
    await expect(`${[...new Set(files)].join('\n')}\n`).toMatchFileSnapshot('./golden/tiny-site.files.txt');
  });

  it('says the same on every page', async () => {
    const pages = (await listFiles(siteDir)).filter((file) => file.endsWith('.html') && !file.startsWith('embed/'));
    const texts: string[] = [];
    for (const page of pages) texts.push(`## ${page}\n${pageText(await readFile(join(siteDir, page), 'utf8'))}`);
    await expect(`${texts.join('\n\n')}\n`).toMatchFileSnapshot('./golden/tiny-site.pages.txt');
  });
});
