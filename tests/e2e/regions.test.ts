// Region pages in real Chromium over the built sample site: one page per region, small village pages,
// the breadcrumb up and links down, honorees as consent allows, visit norms in words, and no JavaScript needed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;

type Row = Record<string, string>;
/** The sample export's own rows: what the pages must show (the CSV headers may be English or Chinese). */
let regions: Row[];
let honorees: Row[];

async function readCsv(file: string): Promise<Row[]> {
  const text = (await readFile(join('data', file), 'utf8')).replace(/^\uFEFF/, '');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}
const cell = (row: Row, ...names: string[]) => names.map((name) => row[name]).find((value) => value !== undefined) ?? '';

beforeAll(async () => {
  browser = await launchChromium();
  [regions, honorees] = await Promise.all([readCsv('regions.csv'), readCsv('honorees.csv')]);
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

const levelOf = (row: Row) => cell(row, 'level', '级别');
const codeOf = (row: Row) => cell(row, 'code', '编码');
const LEVEL_NAMES = { city: ['市', 'city'], county: ['县', '区', 'county'], township: ['乡镇', '街道', 'township'], village: ['村', '社区', 'village'] };
const ofLevel = (level: keyof typeof LEVEL_NAMES) => regions.filter((row) => LEVEL_NAMES[level].includes(levelOf(row)));
const villages = () => ofLevel('village');

describe('region pages', () => {
  it('exist for the city, every county, township and village', async () => {
    const built = new Set(await readdir(join(siteDir, 'regions')));
    const missing = regions.map(codeOf).filter((code) => !built.has(code));
    expect(regions.length).toBeGreaterThan(2_000);
    expect(missing).toEqual([]);
  });

  it('keep every village page under 20 KB gzip', async () => {
    let largest = { code: '', bytes: 0 };
    for (const village of villages()) {
      const bytes = gzipSync(await readFile(join(siteDir, 'regions', codeOf(village), 'index.html'))).byteLength;
      if (bytes > largest.bytes) largest = { code: codeOf(village), bytes };
    }
    expect(largest.bytes, `largest village page ${largest.code}`).toBeLessThanOrEqual(20 * 1024);
  });

  it('read without JavaScript on a phone: breadcrumb up, figures, pairing against the norms in words', async () => {
    const village = villages()[0];
    if (!village) throw new Error('no village');
    const page = await open(`/regions/${codeOf(village)}/`);
    expect(await page.locator('h1').innerText()).toBe(cell(village, 'name', '名称'));
    const crumbs = page.locator('nav.breadcrumb a');
    expect(await crumbs.count()).toBe(3);
    const township = cell(village, 'parent_code', '上级编码');
    expect(await crumbs.nth(2).getAttribute('href')).toBe(`/regions/${township}/`);
    expect(await page.locator('.figures .figure').count()).toBeGreaterThanOrEqual(3);
    const pairing = await page.locator('#region-pairing').locator('..').innerText();
    expect(pairing).toMatch(/要求 \d+ 次），(达标|未达标)/);
    expect(await page.locator('figure.chart svg').count()).toBeGreaterThanOrEqual(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('list a township’s villages, and its honorees as consent allows: masked ones unlinked, revoked ones nowhere', async () => {
    const masked = honorees.find((row) => cell(row, 'consent', '同意公开') === '否' && cell(row, 'status', '状态') !== '已撤销');
    const revoked = honorees.find((row) => cell(row, 'status', '状态') === '已撤销');
    if (!masked || !revoked) throw new Error('the sample has no masked or no revoked honoree');
    const townshipOf = (row: Row) => cell(row, 'region_code', '所在地编码').slice(0, 9);

    const page = await open(`/regions/${townshipOf(masked)}/`);
    const villageLinks = await page.locator('#region-children').locator('..').locator('tbody th a').count();
    expect(villageLinks).toBe(regions.filter((row) => cell(row, 'parent_code', '上级编码') === townshipOf(masked)).length);
    const honoreeSection = page.locator('#region-honorees').locator('..');
    expect(await honoreeSection.locator(`a[href="/honorees/${cell(masked, 'id', '编号')}/"]`).count()).toBe(0);
    expect(await honoreeSection.innerText()).toContain('（未公开姓名）');
    await page.context().close();

    for (const code of [townshipOf(revoked), cell(revoked, 'region_code', '所在地编码')]) {
      const html = await readFile(join(siteDir, 'regions', code, 'index.html'), 'utf8');
      expect(html).not.toContain(`/honorees/${cell(revoked, 'id', '编号')}/`);
    }
  });

  it('link down from the city to every county, and from a county to its townships on its map', async () => {
    const [city] = ofLevel('city');
    const [county] = ofLevel('county');
    if (!city || !county) throw new Error('no city or county');
    const counties = regions.filter((row) => cell(row, 'parent_code', '上级编码') === codeOf(city)).length;
    const cityPage = await open(`/regions/${codeOf(city)}/`);
    expect(await cityPage.locator('#region-children').locator('..').locator('tbody th a').count()).toBe(counties);
    await cityPage.context().close();

    const townships = regions.filter((row) => cell(row, 'parent_code', '上级编码') === codeOf(county)).length;
    const countyPage = await open(`/regions/${codeOf(county)}/`);
    expect(await countyPage.locator('.region-map svg a').count()).toBe(townships);
    await countyPage.context().close();
  });

  it('link only to pages that exist (village, township, county, city)', async () => {
    const broken: string[] = [];
    const checked = new Set<string>();
    for (const level of ['village', 'township', 'county', 'city'] as const) {
      const region = ofLevel(level)[0];
      if (!region) continue;
      const html = await readFile(join(siteDir, 'regions', codeOf(region), 'index.html'), 'utf8');
      for (const [, target] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        if (!target || checked.has(target)) continue;
        checked.add(target);
        const response = await fetch(`${baseUrl}${target}`, { method: 'HEAD' });
        if (response.status !== 200) broken.push(`${codeOf(region)} → ${target} (${response.status})`);
      }
    }
    expect(checked.size).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it('have no axe violations (village, township, county, city)', async () => {
    const samples = (['village', 'township', 'county', 'city'] as const).map((level) => ofLevel(level)[0]);
    const failures: string[] = [];
    for (const region of samples) {
      if (!region) continue;
      const page = await open(`/regions/${codeOf(region)}/`, true);
      for (const violation of await axeViolations(page)) failures.push(`${codeOf(region)}: ${violation.id} ${violation.help} — ${violation.nodes[0]?.target.join(' ')}`);
      await page.context().close();
    }
    expect(failures).toEqual([]);
  });
});
