// The map page in real Chromium over the built sample site: one shape per county and township, layers that
// change legend and fills, a click that opens the region's page, a tap card on phones, the year as a link,
// the server-rendered table without JavaScript, and nothing fetched from another origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MapData } from '../../src/map/derive/map-data.ts';
import { MAP_LAYERS } from '../../src/map/derive/map-layers.ts';
import { classIndex, NO_DATA_FILL } from '../../src/map/derive/map-legend.ts';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE, recordRequests } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;
/** Region codes of the sample export by level, read from the export itself (the truth the map must match). */
let expected: { county: number; township: number };

beforeAll(async () => {
  browser = await launchChromium();
  const regions = (await readFile('data/regions.csv', 'utf8')).split(/\r?\n/).slice(1).filter(Boolean);
  const level = (row: string) => row.split(',')[2];
  expected = {
    county: regions.filter((row) => ['县', '区', 'county'].includes(level(row) ?? '')).length,
    township: regions.filter((row) => ['乡镇', '街道', 'township'].includes(level(row) ?? '')).length,
  };
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(path = '/map/', options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = recordRequests(page);
  // Layout shifts whose moving elements are the map's own: its box, controls, legend, card or tables.
  await page.addInitScript(() => {
    const record = window as unknown as { mapShift: number };
    record.mapShift = 0;
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        const ours = (entry.sources ?? []).some((source) => source.node instanceof Element && source.node.closest('[data-map-explorer], .table-scroll'));
        if (!entry.hadRecentInput && ours) record.mapShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${baseUrl}${path}`);
  if (options.javaScriptEnabled !== false) await page.waitForSelector('[data-map-explorer][data-ready="true"]');
  return { page, requests };
}

/** The colour the map canvas shows at a point of the page, as #rrggbb. */
function colourAt(page: Page, point: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-map-canvas] canvas');
    if (!canvas) return 'no canvas';
    const box = canvas.getBoundingClientRect();
    const pixel = canvas.getContext('2d')?.getImageData(Math.round(((x - box.left) * canvas.width) / box.width), Math.round(((y - box.top) * canvas.height) / box.height), 1, 1).data;
    return pixel ? `#${[pixel[0], pixel[1], pixel[2]].map((value) => (value ?? 0).toString(16).padStart(2, '0')).join('')}` : 'no pixel';
  }, point);
}

const legendColours = (page: Page) => page.locator('[data-map-legend] li[data-color]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['color'] ?? ''));
const cardCode = (page: Page) => page.locator('[data-map-card]').getAttribute('data-code');
const hovered = (page: Page) => page.locator('[data-map-explorer]').getAttribute('data-hovered');

/** Leaflet's canvas handles pointer movement at most every 32 ms; wait that out so the hover is current. */
async function movePointer(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.waitForTimeout(60);
}

/** The map's box, scrolled into the viewport (a phone shows the controls first). */
async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-map-canvas]').boundingBox();
  if (!box) throw new Error('the map has no box');
  return box;
}

/**
 * A point well inside one region of the shown level: the pointer is moved over a grid until a region is under
 * it and under the points 12 px around it too (farther than the hover outline and Leaflet's hit tolerance
 * reach), so borders are never sampled.
 */
async function pointInsideRegion(page: Page): Promise<{ x: number; y: number; code: string }> {
  const box = await mapBox(page);
  const codeAt = async (x: number, y: number) => {
    await movePointer(page, x, y);
    return hovered(page);
  };
  for (let row = 3; row < 10; row++) {
    for (let column = 3; column < 10; column++) {
      const x = box.x + (box.width * column) / 12;
      const y = box.y + (box.height * row) / 12;
      const code = await codeAt(x, y);
      if (!code) continue;
      const around = [await codeAt(x - 12, y), await codeAt(x + 12, y), await codeAt(x, y - 12), await codeAt(x, y + 12)];
      if (around.every((other) => other === code)) {
        await codeAt(x, y);
        return { x, y, code };
      }
    }
  }
  throw new Error('no region found under the map');
}

describe('the map', () => {
  it('draws one shape per county and per township from one fetched file', async () => {
    const { page, requests } = await openMap();
    expect(expected.township).toBe(139);
    expect(await page.locator('[data-map-explorer]').getAttribute('data-township-shapes')).toBe(String(expected.township));
    expect(await page.locator('[data-map-explorer]').getAttribute('data-county-shapes')).toBe(String(expected.county));
    expect(await page.locator('table[data-map-table="township"] tbody tr').count()).toBe(expected.township);
    expect(await page.locator('table[data-map-table="county"] tbody tr').count()).toBe(expected.county);
    expect(await page.locator('.map-explorer__schematic').innerText()).toBe('示意边界，非实际行政界线');
    expect(requests.filter((url) => /\/map\/regions-[0-9a-f]+\.json$/.test(url))).toHaveLength(1);
    await page.context().close();
  });

  it('fills regions in the legend colours, and switching layer or level changes legend and fills', async () => {
    const { page, requests } = await openMap();
    const point = await pointInsideRegion(page);
    expect(point.code).toMatch(/^\d{9}$/);
    const honoreeColours = await legendColours(page);
    expect(honoreeColours.length).toBeGreaterThanOrEqual(3);
    const before = await colourAt(page, point);
    expect(honoreeColours).toContain(before);
    // The colour is the class of the very number the table gives for that township.
    const src = await page.locator('[data-map-explorer]').getAttribute('data-src');
    const data = (await (await fetch(`${baseUrl}${src}`)).json()) as MapData;
    const yearIndex = data.years.length - 1;
    const value = data.values.honoreesPer10k[yearIndex]?.[data.regions.findIndex((region) => region.code === point.code)] ?? null;
    const classes = data.classes.honoreesPer10k.township[yearIndex];
    expect(before).toBe(value === null || !classes ? NO_DATA_FILL : classes.colors[classIndex(value, classes.breaks)]);
    expect(await page.locator(`tr[data-code="${point.code}"] td[data-layer="honoreesPer10k"]`).getAttribute('data-value')).toBe(value === null ? '' : String(value));
    expect(await page.locator('[data-legend-title]').innerText()).toContain('每万人表彰人数');

    await page.selectOption('select[name="layer"]', 'fundsPerResident');
    expect(await page.locator('[data-legend-title]').innerText()).toContain('人均项目资金');
    const fundColours = await legendColours(page);
    expect(fundColours.filter((colour) => honoreeColours.includes(colour))).toEqual([]);
    const after = await colourAt(page, point);
    expect(after).not.toBe(before);
    expect(fundColours).toContain(after);
    expect(page.url()).toContain('layer=fundsPerResident');

    await page.check('input[name="level"][value="county"]');
    expect(await page.locator('[data-legend-title]').innerText()).toContain('按县（区）');
    expect(await legendColours(page)).toContain(await colourAt(page, point));
    await movePointer(page, point.x + 1, point.y);
    expect(await hovered(page)).toMatch(/^\d{6}$/);
    expect(await cardCode(page)).toBe(await hovered(page));

    // The map file was fetched once for all of it; nothing left the site's origin.
    expect(requests.filter((url) => url.includes('/map/regions-'))).toHaveLength(1);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    await page.context().close();
  });

  it('opens a township’s page when it is clicked', async () => {
    const { page } = await openMap();
    const point = await pointInsideRegion(page);
    const name = await page.locator('[data-map-card] .map-card__name').innerText();
    await Promise.all([page.waitForURL(`**/regions/${point.code}/`), page.mouse.click(point.x, point.y)]);
    expect(await page.locator('h1').innerText()).toBe(name);
    await page.context().close();
  });

  it('on a touch screen, shows the card on the first tap and opens the page on the second', async () => {
    const { page } = await openMap('/map/', PHONE);
    const box = await mapBox(page);
    // Phones have no hover: find a township by tapping until the card names one.
    let tapped: { x: number; y: number; code: string } | undefined;
    for (let step = 4; step < 9 && !tapped; step++) {
      const x = box.x + (box.width * step) / 12;
      const y = box.y + (box.height * step) / 12;
      await page.touchscreen.tap(x, y);
      const code = await cardCode(page);
      if (code) tapped = { x, y, code };
    }
    if (!tapped) throw new Error('no township was tapped');
    expect(page.url()).toBe(`${baseUrl}/map/`);
    expect(await page.locator('[data-map-card] .map-card__open a').getAttribute('href')).toBe(`/regions/${tapped.code}/`);
    await Promise.all([page.waitForURL(`**/regions/${tapped.code}/`), page.touchscreen.tap(tapped.x, tapped.y)]);
    await page.context().close();
  });

  it('finds a region from the keyboard and gives its numbers and link in the card', async () => {
    const { page } = await openMap();
    const code = await page.locator('table[data-map-table="township"] tbody tr').nth(5).getAttribute('data-code');
    if (!code) throw new Error('no township row');
    await page.focus('select[data-map-find]');
    await page.selectOption('select[data-map-find]', code);
    expect(await cardCode(page)).toBe(code);
    const figures = await page.locator('[data-map-card] dd').allInnerTexts();
    // One figure per layer (目标完成率 included: — where the township set no target).
    expect(figures).toHaveLength(MAP_LAYERS.length);
    expect(await page.locator('[data-map-card] .map-card__open a').getAttribute('href')).toBe(`/regions/${code}/`);
    await page.locator('[data-map-card] .map-card__open a').focus();
    await Promise.all([page.waitForURL(`**/regions/${code}/`), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('switches year in place, refilling the table exactly as that year’s own page renders it', async () => {
    const { page, requests } = await openMap();
    const years = await page.locator('a[data-year]').evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset['year'] ?? ''));
    const earlier = years[1];
    if (!earlier) throw new Error('only one year');
    await page.click(`a[data-year="${earlier}"]`);
    expect(new URL(page.url()).pathname).toBe(`/map/${earlier}/`);
    expect(await page.locator('a[data-year][aria-current="page"]').innerText()).toBe(earlier);
    const refilled = await page.locator('table[data-map-table="township"] td[data-layer]').allInnerTexts();

    const { page: server } = await openMap(`/map/${earlier}/`, { ...DESKTOP, javaScriptEnabled: false });
    expect(await server.locator('table[data-map-table="township"] td[data-layer]').allInnerTexts()).toEqual(refilled);
    await server.context().close();

    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/map/');
    expect(await page.locator('table[data-map-table="township"] caption').innerText()).toContain(years[0]);
    expect(requests.filter((url) => url.includes('/map/regions-'))).toHaveLength(1);
    await page.context().close();
  });

  it('sorts the table by a figure, largest first, regions without data last', async () => {
    const { page } = await openMap();
    const header = page.locator('table[data-map-table="township"] th[data-layer="povertyIncidence"]');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const values = await page.locator('table[data-map-table="township"] td[data-layer="povertyIncidence"]').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['value'] ?? ''));
    const present = values.filter((value) => value !== '').map(Number);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.slice(present.length).every((value) => value === '')).toBe(true);
    await page.context().close();
  });

  it('keeps to the budgets: ≤ 100 KB of JavaScript (gzip), no layout shift, no horizontal scroll at 360 px, axe clean', async () => {
    const { page, requests } = await openMap('/map/', PHONE);
    const scripts = requests.filter((url) => url.startsWith(baseUrl) && url.endsWith('.js'));
    let bytes = 0;
    for (const url of scripts) bytes += gzipSync(await readFile(join(siteDir, new URL(url).pathname))).byteLength;
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    expect(await page.evaluate(() => (window as unknown as { mapShift: number }).mapShift)).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the map page without JavaScript', () => {
  it('reads completely: every township with a figure per layer and a link to its page', async () => {
    const { page } = await openMap('/map/', { ...PHONE, javaScriptEnabled: false });
    const rows = page.locator('table[data-map-table="township"] tbody tr');
    expect(await rows.count()).toBe(expected.township);
    const first = rows.first();
    expect(await first.locator('td[data-layer]').count()).toBe(MAP_LAYERS.length);
    expect(await first.locator('th a').getAttribute('href')).toMatch(/^\/regions\/\d{9}\/$/);
    const texts = await page.locator('table[data-map-table="township"] td[data-layer="honoreesPer10k"]').allInnerTexts();
    expect(texts.filter((text) => /名\/万人$/.test(text)).length).toBe(expected.township);
    expect(await page.locator('[data-map-status]').innerText()).toContain('下方表格');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });
});
