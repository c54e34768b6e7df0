// Notices in real Chromium over the built sample site (built with today = 2026-11-03): the publicity state with
// the clock pinned before, inside and after a period, with and without JavaScript; filters; print; feed; large text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow as visibleOverflow, launchChromium, PHONE, recordRequests } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const today = inject('today');
let browser: Browser;

interface ListedNotice {
  path: string;
  start: string;
  end: string;
}
/** A notice in its publicity period on the build day, and one with projects attached. */
let running: ListedNotice;
let fundNotice: ListedNotice;

beforeAll(async () => {
  browser = await launchChromium();
  const page = await open({ javaScriptEnabled: false }, '/notices/');
  running = await firstCard(page);
  await page.goto(`${baseUrl}/notices/list/funds/all/all/`);
  fundNotice = await firstCard(page);
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: BrowserContextOptions & { at?: string }, path: string): Promise<Page> {
  const { at, ...contextOptions } = options;
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  const page = await context.newPage();
  if (at) await page.clock.setFixedTime(new Date(at));
  await page.goto(`${baseUrl}${path}`);
  return page;
}

async function firstCard(page: Page): Promise<ListedNotice> {
  const card = page.locator('[data-notice-id]').first();
  const badge = card.locator('[data-publicity-start]');
  return {
    path: new URL((await card.locator('h3 a').getAttribute('href')) ?? '', baseUrl).pathname,
    start: (await badge.getAttribute('data-publicity-start')) ?? '',
    end: (await badge.getAttribute('data-publicity-end')) ?? '',
  };
}

/** YYYY-MM-DD shifted by whole days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
/** Noon in China on that day. */
const chinaNoon = (date: string) => `${date}T12:00:00+08:00`;

/** Overflow of the whole page: off-screen lists use content-visibility: auto, so lay everything out first. */
async function horizontalOverflow(page: Page): Promise<number> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('main *')) element.style.contentVisibility = 'visible';
  });
  return visibleOverflow(page);
}

const stateText = (page: Page) => page.locator('.notice__state .badge').innerText();

describe('the publicity state of a notice', () => {
  it('is found on a notice running on the build day', () => {
    expect(running.start <= today && today <= running.end).toBe(true);
  });

  it('is computed in the browser from the pinned day: before, on the first day, inside, on the last day, after', async () => {
    const cases: [string, string][] = [
      [addDays(running.start, -2), '未开始（2 天后开始）'],
      [running.start, `公示中，剩余 ${daysFrom(running.start, running.end) + 1} 天`],
      [running.end, '公示中，今天截止'],
      [addDays(running.end, 1), '已结束'],
      [addDays(running.end, 40), '已结束'],
    ];
    for (const [day, expected] of cases) {
      const page = await open({ at: chinaNoon(day) }, running.path);
      expect(await stateText(page), `on ${day}`).toBe(expected);
      await page.context().close();
    }
  });

  it('uses the calendar day in China, not the phone’s time zone', async () => {
    // 01:00 in Beijing on the first day is still the previous evening in California.
    const page = await open({ at: `${running.start}T01:00:00+08:00`, timezoneId: 'America/Los_Angeles' }, running.path);
    expect(await stateText(page)).toMatch(/^公示中/);
    await page.context().close();
  });

  it('without JavaScript shows the state of the build day, whatever the clock says', async () => {
    const expected = running.end === today ? '公示中，今天截止' : `公示中，剩余 ${daysFrom(today, running.end) + 1} 天`;
    for (const day of [addDays(running.start, -5), addDays(running.end, 30)]) {
      const page = await open({ javaScriptEnabled: false, at: chinaNoon(day) }, running.path);
      expect(await stateText(page)).toBe(expected);
      await page.context().close();
    }
  });

  it('updates the badges of the list the same way, and re-sorts the list by the new states', async () => {
    const page = await open({ at: chinaNoon(addDays(running.end, 1)) }, '/notices/');
    const card = page.locator(`[data-notice-id]`).filter({ has: page.locator(`a[href="${running.path}"]`) });
    await expect.poll(() => card.locator('.badge').textContent()).toBe('已结束');
    const states = await page.locator('[data-publicity-list] > li .badge').evaluateAll((badges) =>
      badges.map((badge) => (badge.classList.contains('badge--active') ? 0 : badge.classList.contains('badge--upcoming') ? 1 : 2)),
    );
    expect(states).toEqual([...states].sort((a, b) => a - b));
    await page.context().close();
  });
});

describe('a notice page', () => {
  it('has its facts, body, objection channels and attached honorees or projects without JavaScript', async () => {
    const page = await open({ javaScriptEnabled: false }, fundNotice.path);
    const facts = await page.locator('.notice__facts').innerText();
    for (const label of ['发布单位', '公示期', '发布日期', '公示范围', '类型']) expect(facts).toContain(label);
    expect(await page.locator('.notice__body p').count()).toBeGreaterThan(0);
    expect(await page.locator('.notice-objection a[href^="tel:"]').getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    const projects = page.locator('#projects-heading + p + ol a');
    expect(await projects.count()).toBeGreaterThan(0);
    expect(await projects.first().getAttribute('href')).toMatch(/^\/funds\/projects\/[^/]+\/$/);
    await page.context().close();
  });

  it('lists honorees by notice, masked ones only as a surname, each linking to their page', async () => {
    const page = await open({ javaScriptEnabled: false }, '/notices/list/role-models/all/all/');
    const path = new URL((await page.locator('[data-notice-id] h3 a').first().getAttribute('href')) ?? '', baseUrl).pathname;
    await page.goto(`${baseUrl}${path}`);
    const names = await page.locator('#honorees-heading ~ ol li a').evaluateAll((links) =>
      links.map((link) => ({ name: link.textContent ?? '', href: link.getAttribute('href') ?? '' })),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const { name, href } of names) {
      expect(href).toMatch(/^\/honorees\/[^/]+\/$/);
      expect(name).toMatch(/^[\u4e00-\u9fff]{1,2}\*\*$|^[\u4e00-\u9fff·]{2,}$/);
    }
    await page.context().close();
  });

  it('stays within the 30 KB budget and needs nothing from another origin', async () => {
    const html = await readFile(join(siteDir, fundNotice.path, 'index.html'));
    expect(gzipSync(html, { level: 6 }).byteLength).toBeLessThanOrEqual(30 * 1024);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(`${baseUrl}${running.path}`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => new URL(url).origin !== new URL(baseUrl).origin)).toEqual([]);
    await context.close();
  });

  it('has no axe violations and no horizontal scroll at 360 px, in large text too', async () => {
    const page = await open({}, running.path);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.locator('[data-large-text-toggle]').click();
    for (const path of [fundNotice.path, '/notices/', '/notices/list/funds/all/all/']) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.classList.contains('large-text')), path).toBe(true);
      expect(await horizontalOverflow(page), path).toBe(0);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.context().close();
  });

  it('prints on A4 with the QR code back to its own address, without the site chrome or the live state', async () => {
    const page = await open({}, running.path);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.notice-qr svg');
    expect(await qr.isVisible()).toBe(true);
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100); // 35 mm
    expect(await page.locator('.notice-qr figcaption').innerText()).toContain(`${running.path}`);
    for (const hidden of ['.site-header', '.site-footer', '.notice__state', '.breadcrumb', '[data-print-notice]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.notice__facts').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.context().close();
  });
});

describe('the notice list', () => {
  it('filters by type, county and year with links when JavaScript is off', async () => {
    const page = await open({ javaScriptEnabled: false }, '/notices/');
    await page.locator('.notice-filter summary').click();
    expect(await page.locator('form[data-notice-filter]').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: '按类型' }).getByRole('link', { name: /^资金项目/ }).click();
    await page.locator('.notice-filter summary').click();
    await page.getByRole('navigation', { name: '按年度' }).getByRole('link', { name: /^2026 年/ }).click();
    expect(new URL(page.url()).pathname).toBe('/notices/list/funds/all/2026/');
    const lines = await page.locator('[data-notice-id] .meta-line').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith('资金项目')).toBe(true);
    await page.context().close();
  });

  it('filters with drop-downs when JavaScript is on, landing on the same static pages', async () => {
    const page = await open({}, '/notices/');
    await page.locator('.notice-filter summary').click();
    expect(await page.locator('[data-notice-facets]').isVisible()).toBe(false);
    const form = page.locator('form[data-notice-filter]');
    await form.locator('select[name="type"]').selectOption({ label: '标兵评选' });
    const county = (await form.locator('select[name="area"] option').nth(1).getAttribute('value')) ?? '';
    await form.locator('select[name="area"]').selectOption(county);
    await Promise.all([page.waitForURL(`**/notices/list/role-models/${county}/all/`), form.locator('button[type="submit"]').click()]);
    await page.locator('.notice-filter summary').click();
    expect(await form.locator('select[name="area"]').inputValue()).toBe(county);
    await form.locator('select[name="type"]').selectOption('all');
    await form.locator('select[name="area"]').selectOption('all');
    await Promise.all([page.waitForURL(`${baseUrl}/notices/`), form.locator('button[type="submit"]').click()]);
    await page.context().close();
  });

  it('has no axe violations, with the drop-downs and with the links JavaScript-less readers get', async () => {
    const page = await open({}, '/notices/list/all/all/all/2/');
    await page.locator('.notice-filter summary').click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    // axe itself needs JavaScript, so the no-JS filter links are checked by swapping them back in.
    await page.evaluate(() => {
      document.querySelector('form[data-notice-filter]')?.setAttribute('hidden', '');
      document.querySelector<HTMLElement>('[data-notice-facets]')?.removeAttribute('hidden');
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with ids, dates and links, and is announced by the pages', async () => {
    const page = await open({}, running.path);
    const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('/notices/feed.xml');
    const xml = await (await page.request.get(`${baseUrl}${feedHref}`)).text();
    const summary = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
      const text = (parent: Element, name: string) => parent.getElementsByTagNameNS(atom, name)[0]?.textContent ?? '';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.namespaceURI,
        feedUpdated: text(doc.documentElement, 'updated'),
        entries: entries.map((entry) => ({
          id: text(entry, 'id'),
          title: text(entry, 'title'),
          updated: text(entry, 'updated'),
          link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, xml);
    expect(summary.error).toBe(false);
    expect(summary.root).toBe('http://www.w3.org/2005/Atom');
    expect(summary.feedUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    expect(summary.entries.length).toBeGreaterThan(0);
    for (const entry of summary.entries) {
      expect(entry.id).toMatch(/^https?:\/\/.+\/notices\/[^/]+\/$/);
      expect(entry.link).toBe(entry.id);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.updated <= summary.feedUpdated).toBe(true);
    }
    await page.context().close();
  });
});

describe('large text', () => {
  it('is a switch that is kept across pages and visits, and absent without JavaScript', async () => {
    const page = await open({}, running.path);
    const toggle = page.locator('[data-large-text-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before));
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('html.large-text').count()).toBe(1);
    await page.locator('[data-large-text-toggle]').click();
    await page.reload();
    expect(await page.locator('html.large-text').count()).toBe(0);
    await page.context().close();

    const noScript = await open({ javaScriptEnabled: false }, running.path);
    expect(await noScript.locator('[data-large-text-toggle]').isVisible()).toBe(false);
    await noScript.context().close();
  });
});

describe('offline', () => {
  it('keeps a visited notice readable when the signal is gone', async () => {
    const page = await open({}, fundNotice.path);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker keeps the page it was registered from once the page hands it over.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && (await (await caches.open('yangguang-notice-pages-v1')).keys()).length), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.context().setOffline(true);
    await page.reload();
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect(await page.locator('.notice-objection a[href^="tel:"]').count()).toBe(1);
    await page.context().close();
  });
});
