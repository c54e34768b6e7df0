// The four blueprints (四张蓝图) in real Chromium over the built sample site: each tab draws its township map with
// a fill per township, its legend and its tables, the tabs switch between them, everything reads without
// JavaScript and at 360 px, axe finds nothing; the dynamic map's month control changes the map and the table
// together, lives in the address and is restored from it, loads a year's figures only when that year is shown,
// and its play button steps and pauses.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE, recordRequests } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const BLUEPRINTS = ['needs', 'responsibility', 'dynamic', 'exit'] as const;
const LABELS = { needs: '需求图', responsibility: '责任图', dynamic: '动态图', exit: '退出图' } as const;
let browser: Browser;
let townships: number;

beforeAll(async () => {
  browser = await launchChromium();
  const rows = (await readFile('data/regions.csv', 'utf8')).split(/\r?\n/).slice(1).filter(Boolean);
  townships = rows.filter((row) => ['乡镇', '街道', 'township'].includes(row.split(',')[2] ?? '')).length;
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${baseUrl}${path}`);
  if (options.javaScriptEnabled !== false && path.includes('/dynamic/')) await page.waitForSelector('[data-month-control][data-ready="true"]');
  return { page, requests };
}

/** Each township's fill on the drawn map, by code. */
function fills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-blueprint] path[data-code]', (paths) => Object.fromEntries(paths.map((path) => [path.getAttribute('data-code') ?? '', path.getAttribute('fill') ?? ''])));
}

/** The dynamic map's month table: township code → [disbursed, started, finished] as data-value. */
function monthRows(page: Page): Promise<Record<string, string[]>> {
  return page.$$eval('table[data-blueprint-table="dynamic-townships"] tbody tr', (rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-code') ?? '', [...row.querySelectorAll('td[data-field]')].map((cell) => cell.getAttribute('data-value') ?? '')])),
  );
}

describe.each(BLUEPRINTS)('%s without JavaScript', (id) => {
  it('draws every township with a fill, a legend and complete tables, within the page at 360 px', async () => {
    const { page } = await open(`/map/blueprints/${id}/`, { ...PHONE, javaScriptEnabled: false });
    const drawn = await fills(page);
    expect(Object.keys(drawn)).toHaveLength(townships);
    expect(Object.values(drawn).every((fill) => /^#[0-9a-f]{6}$/i.test(fill))).toBe(true);
    // A map that says something: more than one colour.
    expect(new Set(Object.values(drawn)).size).toBeGreaterThan(1);
    const legend = await page.$$eval('.map-legend li', (items) => items.map((item) => item.textContent?.trim() ?? ''));
    expect(legend.length).toBeGreaterThan(1);
    const tables = await page.$$eval('table[data-blueprint-table]', (list) => list.map((table) => table.querySelectorAll('tbody tr').length));
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((rows) => rows > 0)).toBe(true);
    if (id !== 'exit' || tables.length > 1) expect(Math.max(...tables)).toBeGreaterThanOrEqual(id === 'dynamic' || id === 'exit' ? townships : 1);
    expect(await page.locator('[data-blueprint-tab][aria-current="page"]').textContent()).toBe(LABELS[id]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });
});

describe('the blueprints with JavaScript', () => {
  it('switch by their tabs, from the map and from a region page', async () => {
    const { page } = await open('/map/');
    await page.click('[data-blueprint-tab="needs"]');
    expect(new URL(page.url()).pathname).toBe('/map/blueprints/needs/');
    for (const id of BLUEPRINTS) {
      await page.click(`[data-blueprint-tab="${id}"]`);
      await page.waitForURL(`**/map/blueprints/${id}/**`);
      expect(await page.locator('h1').textContent()).toContain(LABELS[id]);
      expect(Object.keys(await fills(page))).toHaveLength(townships);
    }
    const region = await page.locator('table[data-blueprint-table] tbody a').first().getAttribute('href');
    await page.goto(`${baseUrl}${region}`);
    const links = await page.$$eval('nav[aria-label="四张蓝图"] a', (list) => list.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(BLUEPRINTS.map((id) => `/map/blueprints/${id}/`));
    await page.context().close();
  });

  it('are axe-clean and fit 360 px, the county village tables too', async () => {
    for (const id of BLUEPRINTS) {
      const { page } = await open(`/map/blueprints/${id}/`, PHONE);
      expect((await axeViolations(page)).map((violation) => `${id}: ${violation.id} ${violation.help}`)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.context().close();
    }
    const { page } = await open('/map/blueprints/responsibility/');
    const county = await page.locator('.blueprint-links a').first().getAttribute('href');
    await page.goto(`${baseUrl}${county}`);
    expect(await page.locator('table[data-blueprint-table] tbody tr').count()).toBeGreaterThan(0);
    expect((await axeViolations(page)).map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);
    await page.context().close();
  });

  it('动态图: the month control changes map and table together, lives in the address and is restored from it', async () => {
    const { page, requests } = await open('/map/blueprints/dynamic/');
    const months = JSON.parse((await page.getAttribute('[data-month-control]', 'data-months')) ?? '[]') as string[];
    expect(months.length).toBeGreaterThan(12);
    // The page is drawn for its last month: nothing fetched until the reader moves.
    expect(requests.filter((url) => url.includes('/map/blueprints/dynamic/months-'))).toEqual([]);
    const lastFills = await fills(page);
    const lastRows = await monthRows(page);

    // The first month is in another year: its file is fetched then, and only it.
    const first = months[0] ?? '';
    await page.locator('[data-month-range]').fill('0');
    await page.waitForFunction((month) => document.querySelector<HTMLElement>('[data-month-control]')?.dataset['month'] === month && !document.querySelector<HTMLElement>('[data-month-control]')?.dataset['loading'], first);
    expect(new URL(page.url()).searchParams.get('month')).toBe(first);
    const fetched = requests.filter((url) => url.includes('/map/blueprints/dynamic/months-'));
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toContain(`months-${first.slice(0, 4)}-`);
    expect(await fills(page)).not.toEqual(lastFills);
    expect(await monthRows(page)).not.toEqual(lastRows);
    const firstFills = await fills(page);
    const firstRows = await monthRows(page);
    expect(await page.locator('[data-month-output]').textContent()).toBe(`${first.slice(0, 4)}年${Number(first.slice(5))}月`);
    expect(await page.locator('table[data-blueprint-table="dynamic-months-table"] tr[aria-current="true"]').getAttribute('data-code')).toBe(first);

    // The next month by its button (keyboard: Enter on the focused button).
    await page.locator('[data-month-step="1"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((month) => document.querySelector<HTMLElement>('[data-month-control]')?.dataset['month'] === month, months[1]);

    // The address restores the month in a fresh page: same fills and table as when it was chosen.
    const restored = await open(`/map/blueprints/dynamic/?month=${first}`);
    expect(await restored.page.locator('[data-month-range]').inputValue()).toBe('0');
    expect(await fills(restored.page)).toEqual(firstFills);
    expect(await monthRows(restored.page)).toEqual(firstRows);
    await restored.page.context().close();
    await page.context().close();
  });

  it('动态图: play steps month by month and pauses, by keyboard', async () => {
    const { page } = await open(`/map/blueprints/dynamic/?month=2024-01`);
    const play = page.locator('[data-month-play]');
    await play.focus();
    await page.keyboard.press('Space');
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-month-control]')?.dataset['month'] === '2024-02', undefined, { timeout: 10_000 });
    await page.keyboard.press('Space');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = await page.getAttribute('[data-month-control]', 'data-month');
    await page.waitForTimeout(2000);
    expect(await page.getAttribute('[data-month-control]', 'data-month')).toBe(paused);
    await page.context().close();
  });
});
