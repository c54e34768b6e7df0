// The honoree list and profiles in real Chromium over the built sample site: readable without JavaScript,
// 360 px wide, axe-clean, within the page budget; combined filters restore the same list from the URL.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';
import type { PublishedHonoree } from '../../src/honorees/derive/honorees.ts';
import { loadSubjects, type Subjects } from './honorees-subjects.ts';
import { facetKey, facetValues } from '../../src/honorees/derive/honoree-facets.ts';
import { FACETS, listPath } from '../../src/honorees/derive/honoree-filters.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let subjects: Subjects;

beforeAll(async () => {
  [browser, subjects] = await Promise.all([launchChromium(), loadSubjects()]);
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { javaScript?: boolean; desktop?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ ...(options.desktop ? DESKTOP : PHONE), javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Bytes a page load costs over the wire with gzip (the test server sends files as they are), photos aside. */
async function weighPageLoad(path: string): Promise<number> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (/\/photos\//.test(response.url())) return;
    sizes.push(response.body().then((body) => Math.min(body.length, gzipSync(body).length)).catch(() => 0));
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}

/** Each entry of the list on the page: its profile link, or the masked name of an honoree without consent. */
const listIds = (page: Page) =>
  page.$$eval('[data-honoree-list] li', (items) =>
    items.map((item) => item.querySelector('a')?.getAttribute('href') ?? item.querySelector('.honoree-list__name')?.textContent ?? ''));

/** The same for honorees as the list should show them. */
const entryIds = (honorees: readonly PublishedHonoree[]) =>
  honorees.map((honoree) => (honoree.consent ? `/honorees/${honoree.id}/` : `${honoree.name}（未公开姓名）`));

describe('honoree list', () => {
  it('lists every published honoree newest first, 50 a page, and pages without JavaScript', async () => {
    const page = await open('/honorees/', { javaScript: false });
    const items = await listIds(page);
    expect(items).toHaveLength(50);
    expect(items).toEqual(entryIds(subjects.published.slice(0, 50)));
    await expect(page.textContent('[data-honoree-status]')).resolves.toContain(`共 ${subjects.published.length.toLocaleString('zh-CN')} 位`);
    await page.click('[data-honoree-pager] a[rel="next"]');
    expect(new URL(page.url()).pathname).toBe('/honorees/page/2/');
    expect(await listIds(page)).toEqual(entryIds(subjects.published.slice(50, 100)));
    await page.context().close();
  });

  it('browses one filter at a time without JavaScript, with counts', async () => {
    const page = await open('/honorees/', { javaScript: false });
    await page.click('.honoree-filter summary');
    const year = String(subjects.published.at(-1)?.year);
    const link = page.locator('[data-honoree-browse] a', { hasText: `${year} 年` }).first();
    const expectedCount = subjects.published.filter((honoree) => String(honoree.year) === year).length;
    await expect(link.textContent()).resolves.toContain(expectedCount.toLocaleString('zh-CN'));
    await link.click();
    expect(new URL(page.url()).pathname).toBe(`/honorees/year/${year}/`);
    await expect(page.textContent('[data-honoree-status]')).resolves.toContain(`共 ${expectedCount.toLocaleString('zh-CN')} 位`);
    await page.context().close();
  });

  it('on every filter’s later pages: browse links without counts, and with JavaScript the filter’s values with their counts over all honorees', async () => {
    // The counts over all honorees are left out of later pages' HTML (one corrected honoree would change every page of
    // every list); the script shows them from the filter index once the filters are opened.
    const values = facetValues(subjects.published, new Map());
    const paged = FACETS.filter((facet) => values[facet].some((each) => each.count > 50));
    expect(paged.length).toBeGreaterThanOrEqual(4);
    for (const facet of paged) {
      const value = values[facet].find((each) => each.count > 50);
      if (!value) continue;
      const path = `${listPath({ facet, slug: value.slug }, 2)}`;
      const plain = await open(path, { javaScript: false });
      await plain.click('.honoree-filter summary');
      await expect(plain.locator('[data-honoree-browse] .honoree-browse__count').count()).resolves.toBe(0);
      const other = values.year.find((each) => each.slug !== value.slug) ?? value;
      await plain.locator('[data-honoree-browse] a', { hasText: `${other.key} 年` }).first().click();
      expect(new URL(plain.url()).pathname).toBe(listPath({ facet: 'year', slug: other.slug }));
      await plain.context().close();

      const page = await open(path);
      await page.click('.honoree-filter summary');
      await page.waitForFunction((name) => [...document.querySelectorAll(`select[name="${name}"] option[value]:not([value=""])`)].every((option) => option.textContent?.includes('（')), facet);
      const shown = await page.$$eval(`select[name="${facet}"] option`, (options) => (options as HTMLOptionElement[]).filter((option) => option.value).map((option) => [option.value, option.textContent ?? '']));
      const expected = values[facet].map((each) => [each.slug, `（${subjects.published.filter((honoree) => facetKey(honoree, facet) === each.key).length.toLocaleString('zh-CN')}）`]);
      expect(shown.map(([slug, text]) => [slug, text?.slice(text.indexOf('（'))])).toEqual(expected);
      expect(await page.inputValue(`select[name="${facet}"]`)).toBe(value.slug);
      await page.context().close();
    }
  });

  it('shows an honoree without consent by masked name only, without a link', async () => {
    const position = subjects.published.findIndex((honoree) => honoree.id === subjects.masked.id);
    const page = await open(position < 50 ? '/honorees/' : `/honorees/page/${Math.floor(position / 50) + 1}/`, { javaScript: false });
    const text = await page.textContent('[data-honoree-list]');
    expect(text).not.toContain(subjects.masked.name);
    expect(text).toContain(`${subjects.masked.name[0]}**（未公开姓名）`);
    expect(await page.$(`[data-honoree-list] a[href="/honorees/${subjects.masked.id}/"]`)).toBeNull();
    await page.context().close();
  });

  it('restores a combination of filters from the URL, pages through it and goes back', async () => {
    const year = subjects.published[0]?.year ?? 0;
    const expected = entryIds(subjects.published.filter((honoree) => honoree.year === year && honoree.kind === '自强标兵' && honoree.level === '村级'));
    const url = `/honorees/?kind=zi-qiang-biao-bing&year=${year}&level=cun-ji`;
    const page = await open(url);
    await page.waitForFunction(() => document.querySelector('[data-honoree-status]')?.textContent?.includes('符合条件'));
    await expect(page.textContent('[data-honoree-status]')).resolves.toContain(`共 ${expected.length.toLocaleString('zh-CN')} 位`);
    expect(await listIds(page)).toEqual(expected.slice(0, 50));
    expect(await page.inputValue('select[name="level"]')).toBe('cun-ji');
    await page.click('[data-honoree-pager] a[rel="next"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('page') === '2' && document.querySelector('[data-honoree-status]')?.textContent?.includes('第 2'));
    expect(await listIds(page)).toEqual(expected.slice(50, 100));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-honoree-status]')?.textContent?.includes('符合条件'));
    expect(await listIds(page)).toEqual(expected.slice(0, 50));
    await page.context().close();
  });

  it('combines filters from the form, and sends one filter to its static page', async () => {
    const { township } = subjects;
    const expected = entryIds(subjects.published.filter((honoree) => honoree.townshipCode === township.code && honoree.kind === '自强标兵'));
    const page = await open('/honorees/');
    await page.click('.honoree-filter summary');
    await page.selectOption('select[name="township"]', township.code);
    await page.selectOption('select[name="kind"]', 'zi-qiang-biao-bing');
    await page.click('form[data-honoree-filters] button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-honoree-status]')?.textContent?.includes('符合条件'));
    expect(new URL(page.url()).search).toBe(`?kind=zi-qiang-biao-bing&township=${township.code}`);
    expect(await listIds(page)).toEqual(expected.slice(0, 50));
    await page.goto(`${baseUrl}/honorees/?township=${township.code}`);
    await page.waitForURL(`**/honorees/township/${township.code}/`);
    await page.context().close();
  });

  it('fits 360 px, passes axe and stays within 50 KB, with and without a combination', async () => {
    for (const path of ['/honorees/', `/honorees/?year=${subjects.published[0]?.year}&level=shi-ji`]) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
      expect(await weighPageLoad(path)).toBeLessThanOrEqual(50 * 1024);
    }
  });
});

describe('honoree profile', () => {
  it('shows the whole story, facts, region links, notice, photo and locator without JavaScript', async () => {
    const honoree = subjects.published.find((candidate) => candidate.consent && candidate.photo && candidate.award && candidate.villageCode);
    if (!honoree?.consent) throw new Error('The sample has no consented villager with a photo and an award');
    const page = await open(`/honorees/${honoree.id}/`, { javaScript: false });
    await expect(page.textContent('h1')).resolves.toBe(honoree.name);
    const main = (await page.textContent('main')) ?? '';
    for (const paragraph of honoree.paragraphs) expect(main).toContain(paragraph);
    expect(main).toContain(honoree.category);
    expect(main).toContain(honoree.award ?? '');
    for (const code of [honoree.countyCode, honoree.townshipCode, honoree.villageCode]) expect(await page.$(`main a[href="/regions/${code}/"]`)).not.toBeNull();
    expect(await page.$(`main a[href="/notices/${honoree.noticeId}/"]`)).not.toBeNull();
    const photo = page.locator('img.honoree__photo');
    await expect(photo.getAttribute('alt')).resolves.toContain(honoree.name);
    await expect(photo.getAttribute('loading')).resolves.toBe('lazy');
    expect(Number(await photo.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(await photo.getAttribute('height'))).toBeGreaterThan(0);
    const locator = page.locator('figure.locator img');
    await expect(locator.getAttribute('alt')).resolves.toContain(subjects.regionName(honoree.townshipCode));
    // The township, not the whole box around it (GeoJSON rings wound the other way round fill everything).
    await page.goto(`${baseUrl}/honorees/locator/${honoree.townshipCode}.svg`);
    const share = await page.$eval('#here', (element) => {
      const path = element as unknown as SVGPathElement;
      const box = path.getBBox();
      const view = (path.ownerSVGElement as SVGSVGElement).viewBox.baseVal;
      return (box.width * box.height) / (view.width * view.height);
    });
    expect(share).toBeLessThan(0.5);
    await page.context().close();
  });

  it('shows an honoree without consent as masked name, kind, level, year and township only', async () => {
    const { masked } = subjects;
    const page = await open(`/honorees/${masked.id}/`, { javaScript: false });
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain(`${masked.name[0]}**`);
    expect(main).not.toContain(masked.name);
    expect(main).not.toContain(masked.category);
    expect(main).not.toContain(masked.summary);
    expect(main).not.toContain(subjects.regionName(masked.region_code));
    if (masked.award) expect(main).not.toContain(masked.award);
    expect(await page.$('main img:not(figure.locator img)')).toBeNull();
    expect(await page.$('[data-pagefind-body]')).toBeNull();
    await page.context().close();
  });

  it('does not exist for a revoked honoree', async () => {
    const response = await (await browser.newPage()).goto(`${baseUrl}/honorees/${subjects.revoked.id}/`);
    expect(response?.status()).toBe(404);
  });

  it('fits 360 px, passes axe and stays within 50 KB without the photo', async () => {
    const named = subjects.published.find((candidate) => candidate.consent && candidate.photo);
    for (const id of [named?.id, subjects.masked.id]) {
      const page = await open(`/honorees/${id}/`);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
      expect(await weighPageLoad(`/honorees/${id}/`)).toBeLessThanOrEqual(50 * 1024);
    }
    const desktop = await open(`/honorees/${named?.id}/`, { desktop: true });
    expect(await axeViolations(desktop)).toEqual([]);
    await desktop.context().close();
  });
});
