// The export checker (/publish/check/) in real Chromium: given the fixture workbook and a broken CSV it lists the
// problems the build reports for the same files (computed here with loadExport), fetches nothing once it is ready,
// is axe-clean and fits 360 px; its React island and engine are downloaded by no other page of the built site.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadExport } from '../../src/pipeline/load.ts';
import { problemLocation, type Problem } from '../../src/pipeline/report.ts';
import { groupByFile } from '../../src/pipeline/report-groups.ts';
import { BROKEN_PAIRINGS_CSV, SAMPLE_EXPORT, SAMPLE_WORKBOOK } from '../checker/exports.ts';
import { TINY_EXPORT } from '../pipeline/helpers.ts';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const CHECKER = '/publish/check/';
let browser: Browser;
let work: string;
/** The fixture workbook, a broken CSV of a table it holds too, release.json and the boundaries: four files. */
let files: string[];
let expected: Problem[];

beforeAll(async () => {
  browser = await launchChromium();
  work = await mkdtemp(join(tmpdir(), 'yangguang-checker-e2e-'));
  await copyFile(SAMPLE_WORKBOOK, join(work, 'yangguang.xlsx'));
  await writeFile(join(work, 'pairings.csv'), BROKEN_PAIRINGS_CSV);
  for (const name of ['release.json', 'boundaries.geojson']) await copyFile(join(SAMPLE_EXPORT, name), join(work, name));
  files = (await readdir(work)).map((name) => join(work, name));
  expected = (await loadExport(work)).problems;
});
afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The checker page, its engine loaded ("ready"), and every request it makes from then on. */
async function openChecker(options: BrowserContextOptions): Promise<{ page: Page; requests: string[]; cspViolations: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(`${baseUrl}${CHECKER}`, { waitUntil: 'load' });
  await page.locator('[data-checker="ready"]').waitFor({ timeout: 60_000 });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests, cspViolations };
}

/** The problems as the page lists them: where and what, as the data attributes and the location text say. */
function listedProblems(page: Page) {
  return page.locator('li.checker-problem').evaluateAll((items) =>
    items.map((item) => {
      const data = (item as HTMLElement).dataset;
      const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
      return {
        code: data['code'],
        severity: item.classList.contains('checker-problem--error') ? 'error' : 'warning',
        file: data['file'],
        sheet: data['sheet'],
        row: number(data['row']),
        column: number(data['column']),
        field: data['field'],
        where: item.querySelector('.checker-where')?.textContent?.replace(/^(错误|警告)\s*/, ''),
      };
    }),
  );
}

const reported = (problems: readonly Problem[]) =>
  groupByFile(problems).flatMap((group) =>
    group.problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      file: problem.file,
      sheet: problem.sheet,
      row: problem.row,
      column: problem.column,
      field: problem.field,
      where: problemLocation(problem).zh,
    })),
  );

describe('the export checker page', () => {
  it('lists, for the fixture workbook and a broken CSV, the problems the build reports, with nothing fetched once ready', async () => {
    const { page, requests, cspViolations } = await openChecker(DESKTOP);
    await page.locator('input[data-input="files"]').setInputFiles(files);
    await page.locator('[data-verdict]').waitFor({ timeout: 90_000 });

    expect(expected.filter((problem) => problem.severity === 'error').length).toBeGreaterThan(3);
    expect(expected.some((problem) => problem.file === 'pairings.csv' && problem.code === 'privacy-mobile')).toBe(true);
    expect(await listedProblems(page)).toEqual(reported(expected));
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('error');
    const headings = await page.locator('.checker-group h3').allTextContents();
    expect(headings.some((heading) => heading.startsWith('pairings.csv'))).toBe(true);
    // The workbook's table given twice: named at the workbook and the CSV alike.
    expect(await page.locator('li[data-code="workbook-duplicate-table"]').count()).toBeGreaterThan(0);
    // Keyboard and screen-reader users land on the result.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checker-results-heading');
    expect(requests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('says "ready to publish" for a clean export given as a folder, photos and all', async () => {
    const { page, requests } = await openChecker(DESKTOP);
    const tiny = await loadExport(TINY_EXPORT);
    expect(tiny.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    await page.locator('input[data-input="folder"]').setInputFiles(TINY_EXPORT);
    await page.locator('[data-verdict]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    expect(await page.locator('[data-verdict]').textContent()).toContain('可以发布');
    expect(await listedProblems(page)).toEqual(reported(tiny.problems));
    // Cleared, it waits for files again.
    await page.getByRole('button', { name: /清空/ }).click();
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('is axe-clean and fits 360 px with the problems listed, its buttons operable from the keyboard', async () => {
    const { page } = await openChecker(PHONE);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[data-input="files"]').setInputFiles(files);
    await page.locator('[data-verdict]').waitFor({ timeout: 90_000 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    const buttons = page.locator('.export-checker button');
    for (const button of await buttons.all()) {
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await button.focus();
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    // The file chooser opens from the keyboard.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /选择文件…/ }).focus();
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(true);
    await page.context().close();
  });
});

describe('the checker\'s code', () => {
  /** Every page of the built site, by path. */
  async function builtPages(): Promise<string[]> {
    const entries = await readdir(siteDir, { recursive: true });
    return entries.filter((path) => path.endsWith('.html')).map((path) => path.replaceAll('\\', '/'));
  }

  /** The scripts a page loads: its own modules and its islands' component and renderer, as site paths. */
  const pageScripts = (html: string) =>
    [...html.matchAll(/\s(?:src|component-url|renderer-url)="\/(_astro\/[^"]+\.js)"/g)].map((match) => match[1]!);

  /** The chunks `roots` load, with every chunk they import, statically or on demand. */
  async function reachable(roots: Iterable<string>): Promise<Set<string>> {
    const chunks = new Set(roots);
    const queue = [...chunks];
    for (const chunk of queue) {
      const code = await readFile(join(siteDir, chunk), 'utf8');
      for (const [, path] of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) {
        const file = `_astro/${path}`;
        if (!chunks.has(file)) {
          chunks.add(file);
          queue.push(file);
        }
      }
    }
    return chunks;
  }

  let checkerOnly: Set<string>;
  let otherPages: { path: string; scripts: string[] }[];

  beforeAll(async () => {
    otherPages = [];
    let checker: string[] = [];
    for (const path of await builtPages()) {
      const scripts = pageScripts(await readFile(join(siteDir, path), 'utf8'));
      if (path === 'publish/check/index.html') checker = scripts;
      else otherPages.push({ path, scripts });
    }
    const elsewhere = await reachable(otherPages.flatMap((page) => page.scripts));
    checkerOnly = new Set([...(await reachable(checker))].filter((chunk) => !elsewhere.has(chunk)));
  });

  it('is loaded by the checker page alone: React, the island and the engine reach no other built page', async () => {
    expect(otherPages.length).toBeGreaterThan(1_000);
    const contents = await Promise.all([...checkerOnly].map(async (chunk) => ({ chunk, code: await readFile(join(siteDir, chunk), 'utf8') })));
    // React itself, and the engine: the pipeline's checks with the workbook reader.
    expect(contents.some(({ code }) => code.includes('react.transitional.element'))).toBe(true);
    expect(contents.some(({ code }) => code.includes('workbook-duplicate-table'))).toBe(true);
    // No chunk any other page loads holds React.
    const elsewhere = await reachable(otherPages.flatMap((page) => page.scripts));
    for (const chunk of elsewhere) expect(await readFile(join(siteDir, chunk), 'utf8'), chunk).not.toContain('react.transitional.element');
    expect(otherPages.filter((page) => page.scripts.some((script) => checkerOnly.has(script))).map((page) => page.path)).toEqual([]);
  });

  it('is requested by no villager page: the home page, a notice and an honoree', async () => {
    const context = await browser.newContext(PHONE);
    const home = await context.newPage();
    await home.goto(`${baseUrl}/`);
    const links = await home.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    const honoree = links.find((href) => /^\/honorees\/[^/]+\/$/.test(href) && !/\/(names|township|filter|locator|page)\//.test(href));
    const notices = await readdir(join(siteDir, 'notices'), { withFileTypes: true });
    const notice = notices.find((entry) => entry.isDirectory() && !['list', 'page', 'feed.xml'].includes(entry.name));
    expect(honoree).toBeDefined();
    expect(notice).toBeDefined();
    const requested: string[] = [];
    for (const path of ['/', `/notices/${notice!.name}/`, honoree!]) {
      const page = await context.newPage();
      page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(await page.locator('a[href$="/publish/check/"]').count(), path).toBe(0);
    }
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((path) => checkerOnly.has(path))).toEqual([]);
    await context.close();
  });
});
