// Notices by township and village (issue 18) over the built sample site: every township and village has its
// static list, holding exactly the notices that concern it — computed here independently from the export's
// regions and notices (a village: notices of itself or any region above it; a township: also of its villages) —
// and every one of those lists is reached from /notices/ by plain links, without JavaScript.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let data: ExportData;
let browser: Browser;

beforeAll(async () => {
  const loaded = await loadExport('data');
  if (!loaded.data) throw new Error('the sample export does not load');
  data = loaded.data;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pageFile = (path: string) => join(siteDir, ...path.split('/').filter(Boolean), 'index.html');
async function html(path: string): Promise<string | undefined> {
  return readFile(pageFile(path), 'utf8').catch(() => undefined);
}
const noticeIds = (text: string) => [...text.matchAll(/data-notice-id="([^"]+)"/g)].map((match) => match[1]!);
const links = (text: string) => [...text.matchAll(/href="([^"#?]+)[^"]*"/g)].map((match) => match[1]!);

/** The ids on every page of a place's list, following its pages 1, 2, … until one is missing. */
async function listedIds(code: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  for (let page = 1; ; page += 1) {
    const text = await html(`/notices/list/place/${code}/${page === 1 ? '' : `${page}/`}`);
    if (text === undefined) break;
    pages = page;
    ids.push(...noticeIds(text));
  }
  return { ids, pages };
}

describe('the notice list of every township and village', () => {
  it('exists and holds exactly the notices of the place, of the places above it and (a township) of its villages', async () => {
    const parent = new Map(data.regions.map((region) => [region.code, region.parent_code]));
    const chain = (code: string) => {
      const codes: string[] = [];
      for (let current: string | undefined = code; current; current = parent.get(current)) codes.push(current);
      return codes;
    };
    const places = data.regions.filter((region) => region.level === 'township' || region.level === 'village');
    expect(places.filter((region) => region.level === 'village').length).toBeGreaterThan(1_000);
    for (const place of places) {
      const expected = data.notices
        .filter((notice) => chain(place.code).includes(notice.region_code) || chain(notice.region_code).includes(place.code))
        .map((notice) => notice.id)
        .sort();
      const { ids, pages } = await listedIds(place.code);
      expect(pages, place.code).toBeGreaterThan(0);
      expect([...ids].sort(), `${place.level} ${place.code}`).toEqual(expected);
    }
  });

  it('is reached from /notices/ by links alone', async () => {
    const wanted = new Set(data.regions.filter((region) => region.level === 'township' || region.level === 'village').map((region) => region.code));
    const seen = new Set<string>(['/notices/']);
    const queue = ['/notices/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const text = await html(path);
      if (text === undefined) continue;
      for (const target of links(text)) {
        // Only the way down: the index of places and the places' first pages.
        if (!/^\/notices\/list\/place\/(\d+\/)?$/.test(target) || seen.has(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    const reached = new Set([...seen].map((path) => /^\/notices\/list\/place\/(\d+)\/$/.exec(path)?.[1]).filter(Boolean));
    expect([...wanted].filter((code) => !reached.has(code))).toEqual([]);
  });
});

describe('in the browser', () => {
  const village = () => data.regions.find((region) => region.level === 'village' && data.notices.some((notice) => notice.region_code === region.code))!;

  it('without JavaScript, /notices/ → township → village by following links', async () => {
    const target = village();
    const township = data.regions.find((region) => region.code === target.parent_code)!;
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/notices/`);
    await page.getByRole('link', { name: '按乡镇、村查看公示 →' }).click();
    await page.locator(`a[href="/notices/list/place/${township.code}/"]`).click();
    await page.locator('.place-chooser summary').click();
    await page.locator(`a[href="/notices/list/place/${target.code}/"]`).click();
    expect(new URL(page.url()).pathname).toBe(`/notices/list/place/${target.code}/`);
    expect(await page.locator('h1').innerText()).toContain(target.name);
    expect(await page.locator('[data-notice-id]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('with JavaScript the chooser is a drop-down that opens the chosen village; the page is axe-clean and fits 360 px', async () => {
    const target = village();
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/notices/list/place/${target.parent_code}/`);
    await page.locator('.place-chooser summary').click();
    await page.locator('form[data-place-select] select').selectOption({ label: target.name });
    await page.locator('form[data-place-select] button').click();
    await page.waitForURL(`**/notices/list/place/${target.code}/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });

  it('a region page links to its place’s list', async () => {
    const target = village();
    const text = await html(`/regions/${target.code}/`);
    expect(links(text ?? '')).toContain(`/notices/list/place/${target.code}/`);
  });
});
