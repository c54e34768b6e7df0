// Every page of the built sample site is valid HTML: the whole site (~11,000 pages), not an example of each
// type, through html-validate with `.htmlvalidate.mjs`, on one worker thread per core: ~130 s of CPU, so ~65 s
// on an idle 2-core machine, after a ~30 s build.
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTempSite, siteFiles, type TempSite } from './temp-site.ts';
import { validatePages, type PageError } from './html-validity/validate-pages.ts';

/** How many invalid pages the failure message lists, and how many errors of each. */
const LISTED_PAGES = 50;
const LISTED_PER_PAGE = 5;
/** Room for a machine busy with other work: ~65 s idle, but ~290 s measured beside other builds and browser tests. */
const VALIDATION_TIMEOUT = 600_000;

let site: TempSite;

beforeAll(async () => {
  site = await buildTempSite('data', 'html');
});
afterAll(async () => {
  await site?.remove();
});

/**
 * The errors by rule (with the first place each was found), then the first LISTED_PAGES invalid pages, each with
 * its errors as `line:column rule message`.
 */
function describeErrors(errors: PageError[]): string {
  const byPage = Map.groupBy(errors, (error) => error.page);
  const byRule = Map.groupBy(errors, (error) => error.rule);
  const where = (error: PageError) => `${relative(site.siteDir, error.page)}:${error.line}:${error.column}`;
  const lines = [`${errors.length} HTML errors on ${byPage.size} pages:`];
  for (const [rule, found] of [...byRule].sort((a, b) => b[1].length - a[1].length)) lines.push(`  ${rule}: ${found.length} (first at ${where(found[0]!)})`);
  for (const [page, found] of [...byPage].slice(0, LISTED_PAGES)) {
    lines.push(relative(site.siteDir, page));
    for (const error of found.slice(0, LISTED_PER_PAGE)) lines.push(`  ${error.line}:${error.column}  ${error.rule}  ${error.message}`);
    if (found.length > LISTED_PER_PAGE) lines.push(`  … and ${found.length - LISTED_PER_PAGE} more on this page`);
  }
  if (byPage.size > LISTED_PAGES) lines.push(`… and ${byPage.size - LISTED_PAGES} more invalid pages`);
  return lines.join('\n');
}

describe('the built sample site', () => {
  it('builds', () => {
    expect(site.ok).toBe(true);
  });

  it('is valid HTML on every page', { timeout: VALIDATION_TIMEOUT }, async () => {
    const pages = (await siteFiles(site.siteDir)).filter((file) => file.endsWith('.html')).map((file) => join(site.siteDir, file));
    expect(pages.length).toBeGreaterThan(1000);
    const errors = await validatePages(pages);
    expect(errors.length, describeErrors(errors)).toBe(0);
  });
});
