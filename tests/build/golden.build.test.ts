// Golden build: the tiny fixture export → the site's files and what each page says, with the date pinned
// and content hashes masked. Regenerate locally with `npx vitest run --project build -u` (never on CI).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTempSite, siteFiles, type TempSite } from './temp-site.ts';

let site: TempSite;

beforeAll(async () => {
  site = await buildTempSite('tests/fixtures/tiny-export', 'golden');
});
afterAll(async () => {
  await site?.remove();
});

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
    expect(site.ok).toBe(true);
  });

  it('writes the same files', async () => {
    const files = (await siteFiles(site.siteDir)).filter((file) => !file.startsWith('pagefind/')).map(maskHashes);
    await expect(`${[...new Set(files)].join('\n')}\n`).toMatchFileSnapshot('./golden/tiny-site.files.txt');
  });

  it('says the same on every page', async () => {
    const pages = (await siteFiles(site.siteDir)).filter((file) => file.endsWith('.html') && !file.startsWith('embed/'));
    const texts: string[] = [];
    for (const page of pages) texts.push(`## ${page}\n${pageText(await readFile(join(site.siteDir, page), 'utf8'))}`);
    await expect(`${texts.join('\n\n')}\n`).toMatchFileSnapshot('./golden/tiny-site.pages.txt');
  });
});
