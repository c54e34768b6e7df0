// Finding a person in real Chromium, as a person types into the search page: exact names first (over a spread of
// the sample's names, two and three characters), parts, pinyin, initials, a surname and initials, filters in
// place, places; the first name query's bytes; the name directory without JavaScript; axe and 360 px.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { NameEntry, NameManifest, PersonEntry } from '../../src/search/derive/name-index.ts';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;
let people: PersonEntry[];
let manifest: NameManifest;

beforeAll(async () => {
  browser = await launchChromium();
  const dir = join(siteDir, 'search/names');
  manifest = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as NameManifest;
  const byId = new Map<string, PersonEntry>();
  for (const file of await readdir(dir)) {
    if (file === 'index.json') continue;
    for (const entry of JSON.parse(await readFile(join(dir, file), 'utf8')) as NameEntry[]) if (entry[0] === 'h') byId.set(entry[1], entry);
  }
  people = [...byId.values()].sort((a, b) => (a[1] < b[1] ? -1 : 1));
});
afterAll(async () => {
  await browser?.close();
});

interface NameResults {
  page: Page;
  names: string[];
  links: string[];
  status: string;
}

/** Opens /search/, types the query into the box like a person and presses Enter; waits for the people section. */
async function typeQuery(query: string, page?: Page): Promise<NameResults> {
  const shown = page ?? (await (await browser.newContext(PHONE)).newPage());
  if (!page) await shown.goto(`${baseUrl}/search/`);
  await shown.fill('#search-q', '');
  await shown.type('#search-q', query);
  await Promise.all([shown.waitForURL(/\/search\/\?/), shown.press('#search-q', 'Enter')]);
  await shown.waitForFunction(() => /人物/.test(document.querySelector('[data-name-status]')?.textContent ?? '') || /找到|没有/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
  return read(shown);
}

async function read(page: Page): Promise<NameResults> {
  const names = await page.$$eval('[data-name-people] .search-result__title a', (anchors) => anchors.map((anchor) => anchor.textContent ?? ''));
  const links = await page.$$eval('[data-name-people] .search-result__title a', (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  return { page, names, links, status: (await page.textContent('[data-name-status]')) ?? '' };
}

const idOf = (link: string) => decodeURIComponent(link.split('/')[2] ?? '');

describe('finding a person on the search page', () => {
  it('lists a person of exactly the typed name first, for a spread of forty names of two and three characters', async () => {
    const two = people.filter((entry) => [...entry[2]].length === 2);
    const three = people.filter((entry) => [...entry[2]].length === 3);
    const spread = (list: PersonEntry[], count: number) => Array.from({ length: count }, (_, index) => list[Math.floor((index * list.length) / count)]).filter((entry) => entry !== undefined);
    const chosen = [...spread(two, 20), ...spread(three, 20)];
    expect(chosen).toHaveLength(40);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/`);
    const misses: string[] = [];
    for (const entry of chosen) {
      const { names, links } = await typeQuery(entry[2], page);
      if (names[0] !== entry[2] || !links.map(idOf).includes(entry[1])) misses.push(`${entry[2]}: ${names.slice(0, 3).join('、')}`);
    }
    expect(misses).toEqual([]);
    await context.close();
  });

  it('finds a person by part of the name, pinyin spaced or not, with tones, initials and surname + initials', async () => {
    // A name whose given part few others share, so that the part alone puts the person in the first ten.
    const sharing = (part: string) => people.filter((other) => other[2].includes(part)).length;
    const entry = people.find((candidate) => [...candidate[2]].length === 3 && !candidate[3].includes('|') && sharing([...candidate[2]].slice(1).join('')) <= 5);
    if (!entry) throw new Error('no three-character name');
    const syllables = entry[3].split(' ');
    const initials = syllables.map((syllable) => syllable[0]).join('');
    const queries = [
      [...entry[2]].slice(1).join(''),
      syllables.join(''),
      `${syllables[0]} ${syllables.slice(1).join('')}`,
      `${[...entry[2]][0]}${initials.slice(1)}`,
    ];
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/`);
    for (const query of queries) {
      const { links } = await typeQuery(query, page);
      expect(links.slice(0, 10).map(idOf), query).toContain(entry[1]);
    }
    const { links, status } = await typeQuery(initials, page);
    expect(status).toMatch(/\d+ 位/);
    expect(links.map(idOf).concat(await allPeople(page)).includes(entry[1])).toBe(true);
    await context.close();
  });

  it('narrows the people by year in place, without loading another page', async () => {
    const byName = new Map<string, PersonEntry[]>();
    for (const entry of people) byName.set(entry[2], [...(byName.get(entry[2]) ?? []), entry]);
    const namesakes = [...byName.values()].find((list) => new Set(list.map((entry) => entry[5])).size > 1);
    if (!namesakes?.[0]) throw new Error('no namesakes across years in the sample');
    const { page, links } = await typeQuery(namesakes[0][2]);
    expect(links.length).toBeGreaterThanOrEqual(namesakes.length);
    const year = String(namesakes[0][5]);
    const url = page.url();
    await page.locator('[data-search-filters] summary').click();
    await page.selectOption('select[name="year"]', { label: `${year} 年` }).catch(async () => page.selectOption('select[name="year"]', year));
    await page.waitForFunction(() => /已按所选条件筛选/.test(document.querySelector('[data-name-status]')?.textContent ?? ''));
    expect(page.url()).toBe(url);
    const narrowed = await read(page);
    expect(narrowed.links.length).toBeLessThan(links.length);
    expect(narrowed.links.map(idOf)).toContain(namesakes.find((entry) => String(entry[5]) === year)?.[1]);
    await page.context().close();
  });

  it('finds a township by name and leads to its page', async () => {
    const { page } = await typeQuery('关庙');
    const places = await page.$$eval('[data-name-places] a', (anchors) => anchors.map((anchor) => ({ text: anchor.textContent ?? '', href: new URL((anchor as HTMLAnchorElement).href).pathname })));
    expect(places[0]?.text).toContain('关庙镇');
    expect(places[0]?.href).toMatch(/^\/regions\/\d+\/$/);
    await page.context().close();
  });

  it('downloads at most 60 KB (gzip) of the name index for a first name query, and shows people before the full text', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/search/names/')) bodies.push(response.body());
    });
    const entry = people[Math.floor(people.length / 2)];
    if (!entry) throw new Error('no people');
    await page.goto(`${baseUrl}/search/?${new URLSearchParams({ q: entry[2] }).toString()}`);
    await page.waitForFunction(() => /人物/.test(document.querySelector('[data-name-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    const files = await Promise.all(bodies);
    expect(files.length).toBeGreaterThanOrEqual(2); // the manifest and at least one shard
    expect(files.length).toBeLessThanOrEqual(3);
    expect(gzipSync(Buffer.concat(files)).length).toBeLessThanOrEqual(60 * 1024);
    await context.close();
  });

  it('knows the shard counts from the page itself, equal to those of the index, so that shards are fetched beside the manifest', async () => {
    const html = await readFile(join(siteDir, 'search/index.html'), 'utf8');
    const counts = /data-name-shards="([^"]*)"/.exec(html)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(counts ?? 'null')).toEqual(manifest.shards);
  });

  it('fits 360 px at 200 % text and passes axe with people and places shown', async () => {
    const { page } = await typeQuery('关庙');
    await largeSystemText(page);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the name directory without JavaScript', () => {
  it('reaches a person from the home page in a few taps: home → 按姓名查找 → surname → name', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const entry = people[Math.floor(people.length / 3)];
    if (!entry) throw new Error('no people');
    await page.goto(`${baseUrl}/`);
    await page.click('a:has-text("按姓名查找")');
    const surname = [...entry[2]][0] ?? '';
    await page.click(`.surname-index a:text-is("${surname}")`);
    let found = false;
    for (let guard = 0; guard < 50 && !found; guard++) {
      const link = page.locator(`.directory a[href$="/honorees/${encodeURIComponent(entry[1])}/"]`);
      if ((await link.count()) > 0) {
        await link.first().click();
        found = true;
      } else {
        const next = page.locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
    }
    expect(found).toBe(true);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/honorees/${entry[1]}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain(entry[2]);
    await context.close();
  });

  it('lists every published honoree across its pages, by name or masked', async () => {
    const ids = new Set<string>();
    const dir = join(siteDir, 'honorees/names');
    const pages = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('index.html'));
    for (const file of pages) {
      const html = await readFile(join(dir, file), 'utf8');
      for (const match of html.matchAll(/class="directory"[\s\S]*?<\/ol>/g)) for (const link of match[0].matchAll(/href="\/honorees\/([^/"]+)\/"/g)) ids.add(decodeURIComponent(link[1] ?? ''));
    }
    const published = JSON.parse(await readFile(join(siteDir, 'data/honorees.json'), 'utf8')) as { id: string }[];
    expect(ids).toEqual(new Set(published.map((honoree) => honoree.id)));
    expect(manifest.people).toBeLessThan(published.length);
  });

  it('has no axe violations and no sideways scroll at 360 px with 200 % text on the directory pages', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const path of ['/honorees/names/', '/honorees/names/zhang/']) {
      await page.goto(`${baseUrl}${path}`);
      await largeSystemText(page);
      expect(await horizontalOverflow(page), path).toBe(0);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});

/** The phone's text at 200 %, as WeChat and Android enlarge it: the root font size (the page's CSP forbids injected style sheets). */
async function largeSystemText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

async function allPeople(page: Page): Promise<string[]> {
  for (let guard = 0; guard < 100; guard++) {
    const more = page.locator('[data-name-more]:visible');
    if ((await more.count()) === 0) break;
    await more.click();
  }
  return (await read(page)).links.map(idOf);
}
