// Search in real Chromium over the built sample site: each kind of query a person types finds the right
// honoree among the first results; revoked and unconsented honorees are never found; filters narrow the
// results; the first query stays within its download budget; the page works at 360 px and says what to do
// without JavaScript.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';
import { loadSubjects, type Subjects } from './honorees-subjects.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let subjects: Subjects;

beforeAll(async () => {
  [browser, subjects] = await Promise.all([launchChromium(), loadSubjects()]);
});
afterAll(async () => {
  await browser?.close();
});

interface Found {
  page: Page;
  status: string;
  /** Result links, in order, without the origin. */
  links: string[];
  titles: string[];
  text: string;
}

async function search(params: Record<string, string>, options: { javaScript?: boolean } = {}): Promise<Found> {
  const context = await browser.newContext(PHONE);
  // Without JavaScript = none of the page's scripts load (axe still runs, which javaScriptEnabled: false forbids).
  if (options.javaScript === false) await context.route(/\.m?js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${baseUrl}/search/?${new URLSearchParams(params).toString()}`);
  if (options.javaScript !== false) {
    await page.waitForFunction(() => /找到|没有/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  }
  const links = await page.$$eval('[data-search-results] .search-result__title a', (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  const titles = await page.$$eval('[data-search-results] .search-result__title', (titles) => titles.map((title) => title.textContent ?? ''));
  return { page, status: (await page.textContent('[data-search-status]')) ?? '', links, titles, text: (await page.textContent('[data-search-results]')) ?? '' };
}

/**
 * The results' excerpts read as the pages do: the index holds Chinese split into words by spaces
 * (search-text.ts), and none of those may be left between two Chinese characters or beside a Chinese mark.
 */
async function expectExcerptsAsWritten(page: Page): Promise<void> {
  const excerpts = await page.$$eval('[data-search-results] .search-result p:has(mark)', (paragraphs) => paragraphs.map((paragraph) => paragraph.textContent ?? ''));
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    expect(excerpt).toMatch(/\p{Script=Han}{4}/u);
    expect(excerpt).not.toMatch(/\p{Script=Han} \p{Script=Han}|[\u3000-\u303f\uff00-\uffef] | [\u3000-\u303f\uff00-\uffef]/u);
  }
}

async function firstTen(query: string): Promise<string[]> {
  const found = await search({ q: query });
  await found.page.context().close();
  return found.links.slice(0, 10);
}

describe('search finds honorees', () => {
  it('by full Chinese name, first', async () => {
    expect((await firstTen(subjects.named.name))[0]).toBe(`/honorees/${subjects.named.id}/`);
  });

  it('by two characters of a three-character name', async () => {
    const name = [...subjects.named.name];
    expect(await firstTen(name.slice(1).join(''))).toContain(`/honorees/${subjects.named.id}/`);
    expect(await firstTen(name.slice(0, 2).join(''))).toContain(`/honorees/${subjects.named.id}/`);
  });

  it('by words from the story', async () => {
    expect(await firstTen(subjects.named.storyWords.join(' '))).toContain(`/honorees/${subjects.named.id}/`);
  });

  it('by township name', async () => {
    const found = await search({ q: subjects.township.name });
    expect(found.links.length).toBeGreaterThan(0);
    expect(found.text).toContain(subjects.township.name);
    await found.page.context().close();
  });

  it('by pinyin in full, spaced, and by initials', async () => {
    const { named } = subjects;
    for (const query of [named.pinyin, `${named.surnamePinyin} ${named.givenPinyin}`, named.initials, named.initials.toUpperCase()]) {
      expect(await firstTen(query), query).toContain(`/honorees/${named.id}/`);
    }
  });

  it('shows name, level, year, township and summary', async () => {
    const found = await search({ q: subjects.named.name });
    const first = found.page.locator('[data-search-results] li').first();
    const text = (await first.textContent()) ?? '';
    for (const part of [subjects.named.name, subjects.named.level, String(subjects.named.year), subjects.regionName(subjects.named.townshipCode), subjects.named.summary]) {
      expect(text).toContain(part);
    }
    await found.page.context().close();
  });

  it('narrows results with the list’s filters', async () => {
    const { named } = subjects;
    const surname = [...named.name][0] ?? '';
    const found = await search({ q: surname, year: String(named.year), level: 'shi-ji' });
    expect(found.links.length).toBeGreaterThan(0);
    const onPage = await found.page.$$eval('[data-search-results] .meta-line', (lines) => lines.map((line) => line.textContent ?? ''));
    expect(onPage.every((line) => line.includes(`${named.year} 年`) && line.includes('市级'))).toBe(true);
    expect(await found.page.inputValue('select[name="year"]')).toBe(String(named.year));
    await found.page.context().close();
  });
});

describe('search keeps the privacy rules', () => {
  it('finds nothing of a revoked honoree', async () => {
    const { revoked } = subjects;
    const found = await search({ q: revoked.name });
    expect(found.links).not.toContain(`/honorees/${revoked.id}/`);
    expect(found.titles).not.toContain(revoked.name);
    expect(found.text).not.toContain(revoked.name);
    await found.page.context().close();
  });

  it('finds nothing of an honoree without consent, by name or by story words', async () => {
    const { masked } = subjects;
    for (const query of [masked.name, masked.storyWords.join(' ')]) {
      const found = await search({ q: query });
      expect(found.links, query).not.toContain(`/honorees/${masked.id}/`);
      expect(found.text, query).not.toContain(masked.name);
      await found.page.context().close();
    }
  });
});

describe('search page', () => {
  it('downloads at most 250 KB for the first Chinese query (gzip over the wire)', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      sizes.push(response.body().then((body) => Math.min(body.length, gzipSync(body).length)).catch(() => 0));
    });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(subjects.named.name)}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('找到'));
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(250 * 1024);
    await context.close();
  });

  it('works from the header’s search box', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/honorees/`);
    await page.fill('#site-search-q', subjects.named.name);
    await page.press('#site-search-q', 'Enter');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('找到'));
    expect(await page.inputValue('#search-q')).toBe(subjects.named.name);
    await context.close();
  });

  it('searches other page types from the tabs', async () => {
    const titles = new Map<string, number>();
    for (const candidate of subjects.data.notices) titles.set(candidate.title, (titles.get(candidate.title) ?? 0) + 1);
    const notice = subjects.data.notices.find((candidate) => titles.get(candidate.title) === 1);
    const found = await search({ q: notice?.title ?? '', type: 'notices' });
    expect(found.links).toContain(`/notices/${notice?.id}/`);
    await expectExcerptsAsWritten(found.page);
    await found.page.context().close();

    const names = new Map<string, number>();
    for (const candidate of subjects.data.projects) names.set(candidate.name, (names.get(candidate.name) ?? 0) + 1);
    const project = subjects.data.projects.find((candidate) => names.get(candidate.name) === 1);
    const projectFound = await search({ q: project?.name ?? '', type: 'projects' });
    expect(projectFound.links).toContain(`/funds/projects/${project?.id}/`);
    await expectExcerptsAsWritten(projectFound.page);
    await projectFound.page.context().close();
  });

  it('fits 360 px and passes axe with results', async () => {
    const found = await search({ q: subjects.named.name });
    expect(await horizontalOverflow(found.page)).toBe(0);
    expect(await axeViolations(found.page)).toEqual([]);
    await found.page.context().close();
  });

  it('explains itself and offers the lists without JavaScript', async () => {
    const found = await search({ q: subjects.named.name }, { javaScript: false });
    expect(await found.page.isVisible('form[data-search-form]')).toBe(false);
    await expect(found.page.textContent('[data-search-nojs]')).resolves.toContain('搜索需要启用 JavaScript');
    expect(await found.page.$('[data-search-nojs] a[href="/honorees/"]')).not.toBeNull();
    expect(await horizontalOverflow(found.page)).toBe(0);
    expect(await axeViolations(found.page)).toEqual([]);
    await found.page.context().close();
  });
});
