// Open data and the changelog in real Chromium over the built sample site, which ships two releases
// (2026-10-01 → 2026-11-01, data/releases/): downloads, datapackage.json, the changelog and its feed — and no
// honoree shown beyond what the current release allows, in any file of any release.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fileStem, OPEN_TABLES } from '../../src/open-data/derive/open-data.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const PAGES = ['/data/', '/data/changes/', '/data/changes/2026-11-01/'];
/** Every table of the format, as the open data names its files (targets included: optional in an export, always published). */
const TABLE_FILES = OPEN_TABLES.map(fileStem);
let browser: Browser;
/** Names the site must never show: revoked or without consent now, including those who had consented in October. */
let hiddenNames: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const [now, october] = await Promise.all([loadExport('data'), loadExport(join('data', 'releases', '2026-10-01', 'export'))]);
  if (!now.data || !october.data) throw new Error('the sample and its earlier release must load');
  const hiddenIds = new Set(now.data.honorees.filter((honoree) => honoree.status === '已撤销' || !honoree.consent).map((honoree) => honoree.id));
  // A hidden honoree may share a name with one who is published (common names): such names prove nothing.
  const shown = new Set(now.data.honorees.filter((honoree) => !hiddenIds.has(honoree.id)).map((honoree) => honoree.name));
  hiddenNames = [...new Set([...now.data.honorees, ...october.data.honorees].filter((honoree) => hiddenIds.has(honoree.id)).map((honoree) => honoree.name))]
    .filter((name) => !shown.has(name));
  expect(hiddenNames.length).toBeGreaterThan(100);
  // The planted cases: a revocation since October, and consent withdrawn since October.
  expect(october.data.honorees.find((honoree) => honoree.id === 'ZQ-2023-00335')?.status).toBe('已表彰');
  expect(october.data.honorees.find((honoree) => honoree.id === 'ZQ-2024-00668')?.consent).toBe(true);
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

async function download(path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, path).toBe(200);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** Names of three characters or more: a two-character one could be part of an ordinary word. */
function namesIn(text: string): string[] {
  return hiddenNames.filter((name) => [...name].length >= 3 && text.includes(name));
}

describe('/data/', () => {
  it('lists every table of the current release with both downloads, and the past release, without JavaScript', async () => {
    const page = await open('/data/');
    await expect(page.locator('h1').innerText()).resolves.toBe('开放数据');
    for (const stem of TABLE_FILES) {
      await expect(page.locator(`a[href="/data/${stem}.csv"]`).count()).resolves.toBe(1);
      await expect(page.locator(`a[href="/data/${stem}.json"]`).count()).resolves.toBe(1);
      await expect(page.locator(`a[href="/data/releases/2026-10-01/${stem}.csv"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('a[href="/data/datapackage.json"]').count()).resolves.toBe(1);
    await expect(page.locator('main').innerText()).resolves.toContain('CC-BY-4.0');
    await page.context().close();
  });

  it('serves Excel-ready CSV whose header is the datapackage fields, and JSON with the same records', async () => {
    const descriptor = JSON.parse(await download('/data/datapackage.json')) as { resources: { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[] };
    expect(descriptor.resources.map((resource) => resource.name)).toEqual(TABLE_FILES);
    for (const resource of descriptor.resources) {
      const csv = await download(`/data/${resource.path}`);
      expect(csv.startsWith('\uFEFF'), resource.path).toBe(true);
      const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
      expect(header).toEqual(resource.schema.fields.map((field) => field.name));
      const rows = JSON.parse(await download(`/data/${resource.name}.json`)) as unknown[];
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
    const honorees = await download('/data/honorees.csv');
    expect(namesIn(honorees)).toEqual([]);
    expect(honorees).not.toMatch(/,已撤销,/);
  });

  it('keeps a past release downloadable, reduced to what the current release shows of each honoree', async () => {
    for (const file of ['honorees.csv', 'honorees.json']) {
      const text = await download(`/data/releases/2026-10-01/${file}`);
      expect(namesIn(text), file).toEqual([]);
      expect(text).not.toContain('ZQ-2023-00335'); // revoked since: gone from the old file too
      expect(text).toContain('ZQ-2024-00668'); // consent withdrawn since: still listed, masked
    }
    const descriptor = JSON.parse(await download('/data/releases/2026-10-01/datapackage.json')) as { version: string };
    expect(descriptor.version).toBe('2026-10-01');
  });
});

describe('/data/changes/', () => {
  it('says per table what was added, changed and removed, and shows a revocation as a change of status', async () => {
    const page = await open('/data/changes/2026-11-01/');
    const counts = page.locator('table').first();
    // 923 added: the three honours announced and revoked since October are news nowhere.
    await expect(counts.locator('tr', { hasText: '自强标兵与交友帮扶好干部' }).innerText()).resolves.toMatch(/923\s+149\s+0/);
    await expect(counts.locator('tr', { hasText: '公示' }).first().innerText()).resolves.toMatch(/113\s+0\s+1/);
    // How often each field changed, then the records — a revocation first, under the masked name.
    await expect(page.locator('ul.field-counts li', { hasText: '状态' }).innerText()).resolves.toContain('已表彰 → 已撤销 2 条');
    const revoked = page.locator('ul.records--changed > li').first();
    await expect(revoked.innerText()).resolves.toMatch(/^\p{Script=Han}{1,2}\*\*（2023 年[\s\S]*状态[\s\S]*已表彰[\s\S]*已撤销/u);
    expect(namesIn(await page.locator('main').innerText())).toEqual([]);
    await page.context().close();
  });

  it('offers every change as CSV and the releases as an Atom feed', async () => {
    const csv = await download('/data/changes/2026-11-01/changes.csv');
    expect(csv.split('\r\n').filter((line) => line.startsWith('honorees,新增'))).toHaveLength(923);
    expect(namesIn(csv)).toEqual([]);

    const page = await open('/data/changes/', true);
    const feed = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/data/changes/feed.xml')).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        entries: [...xml.querySelectorAll('entry')].map((entry) => ({ title: entry.querySelector('title')?.textContent, link: entry.querySelector('link')?.getAttribute('href') })),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.entries.map((entry) => entry.title)).toEqual(['2026-11-01 数据发布', '2026-10-01 数据发布']);
    expect(new URL(feed.entries[0]?.link ?? '').pathname).toBe('/data/changes/2026-11-01/');
    await page.context().close();
  });
});

describe('the open-data pages', () => {
  it.each(PAGES)('%s: no axe violations and no sideways scrolling at 360 px', async (path) => {
    const page = await open(path, true);
    expect(await horizontalOverflow(page)).toBe(0);
    expect((await axeViolations(page)).map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.context().close();
  });
});
