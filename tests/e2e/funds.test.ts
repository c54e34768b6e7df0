// The funds pages in real Chromium: the static table without JavaScript, sorting and filtering in the
// browser with the view in the address, a reload and the back button restoring it, downloads that open
// with the right columns, the project page with its fund lines and warnings, 360 px and axe.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FundsChunk, FundsManifest } from '../../src/funds/derive/funds-client-data.ts';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** The enhanced table is ready once the script has shown its form. */
async function enhanced(page: Page): Promise<void> {
  await page.locator('[data-fund-filters]').waitFor({ state: 'visible' });
}

/** Waits until the table shows a view the browser drew (the status line names it). */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => /^已显示/.test(document.querySelector('[data-fund-status]')?.textContent ?? ''));
}

/** Position (1-based, as nth-child counts a row's cells) of a column of the project table. */
async function columnOf(page: Page, key: string): Promise<number> {
  const keys = await page.locator('[data-fund-table] thead th').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['sort']));
  const index = keys.indexOf(key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index + 1;
}

/** Exact amounts of a money column of the visible table, in fen. */
async function amounts(page: Page, key: 'allocated' | 'disbursed'): Promise<number[]> {
  return page.locator(`[data-fund-rows] tr > :nth-child(${await columnOf(page, key)}) .fund-amount__exact`).evaluateAll((cells) =>
    cells.map((cell) => Math.round(Number((cell.textContent ?? '').replace(/[^\d.]/g, '')) * 100)));
}

/** A control of the filter form by its label. */
const filter = (page: Page, label: string) => page.locator('[data-fund-filters]').getByLabel(label);
const ids = (page: Page) => page.locator('[data-fund-rows] tr th[scope="row"] .fund-id').allTextContents();
const cellsOf = async (page: Page, key: string) => page.locator(`[data-fund-rows] tr > :nth-child(${await columnOf(page, key)})`).allTextContents();

function parseCsv(text: string): string[][] {
  // Our own downloads: CRLF rows; quoted cells only where a comma or quote occurs (none in these columns).
  return text.replace(/\r\n$/, '').split('\r\n').map((line) => line.split(','));
}

async function siteJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(siteDir, path), 'utf8')) as T;
}

describe('/funds/ without JavaScript', () => {
  it('reads as a table with totals, view links and a pager of static pages', async () => {
    const page = await open('/funds/', { ...PHONE, javaScriptEnabled: false });
    expect(await page.locator('[data-fund-filters]').isHidden()).toBe(true);
    expect(await page.locator('[data-fund-views] a').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-fund-rows] tr').count()).toBe(50);
    const allocated = await amounts(page, 'allocated');
    expect(allocated).toEqual([...allocated].sort((a, b) => b - a));
    await page.locator('[data-fund-pager] a[rel="next"]').click();
    await page.waitForURL(/\/funds\/page\/2\/$/);
    const next = await amounts(page, 'allocated');
    expect(next[0]).toBeLessThanOrEqual(allocated.at(-1)!);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('shows exact yuan when the reader ticks 显示精确金额, with CSS alone', async () => {
    const page = await open('/funds/', { ...DESKTOP, javaScriptEnabled: false });
    const exact = page.locator('[data-fund-rows] tr').first().locator('.fund-amount__exact').first();
    expect(await exact.isVisible()).toBe(false);
    await page.getByLabel('显示精确金额').check();
    expect(await exact.isVisible()).toBe(true);
    expect(await exact.textContent()).toMatch(/^[\d,]+\.\d{2} 元$/);
    await page.context().close();
  });
});

describe('/funds/ in the browser', () => {
  it('sorts by a column both ways and keeps the order in the address', async () => {
    const page = await open('/funds/2025/');
    await enhanced(page);
    const header = page.locator('th[data-sort="allocated"]');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await header.getByRole('button').click();
    await drawn(page);
    expect(page.url()).toContain('sort=allocated&order=asc');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await amounts(page, 'allocated');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.locator('th[data-sort="rate"]').getByRole('button').click();
    await drawn(page);
    expect(page.url()).toContain('sort=rate&order=desc');
    const rates = (await cellsOf(page, 'rate')).map((text) => (text === '—' ? -1 : Number(text.replace('%', ''))));
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    await page.context().close();
  });

  it('filters by category, source, status and words; the totals follow; a reload restores the same view', async () => {
    const page = await open('/funds/');
    await enhanced(page);
    await filter(page, '年度').selectOption('2025');
    await drawn(page);
    await filter(page, '项目类别').selectOption('基础设施');
    await drawn(page);
    await filter(page, '进度').selectOption('完工');
    await drawn(page);
    expect(new URL(page.url()).pathname).toBe('/funds/2025/');
    expect(decodeURIComponent(page.url())).toContain('category=基础设施');
    expect(new Set(await cellsOf(page, 'category'))).toEqual(new Set(['基础设施']));
    expect(new Set(await cellsOf(page, 'status'))).toEqual(new Set(['完工']));
    expect(new Set(await cellsOf(page, 'year'))).toEqual(new Set(['2025']));

    // The figures are the selection's: its project count, and its allocation equals the sum over its rows.
    const count = Number((await page.locator('[data-figure="projects"]').textContent())?.replace(/,/g, ''));
    expect(await page.locator('[data-fund-count]').textContent()).toContain(`共 ${count.toLocaleString('zh-CN')} 个项目`);

    const before = { url: page.url(), ids: await ids(page), count, figures: await page.locator('[data-fund-figures]').innerText() };
    await page.reload({ waitUntil: 'networkidle' });
    await drawn(page);
    expect(page.url()).toBe(before.url);
    expect(await ids(page)).toEqual(before.ids);
    expect(await page.locator('[data-fund-figures]').innerText()).toBe(before.figures);
    expect(await filter(page, '项目类别').inputValue()).toBe('基础设施');
    expect(await filter(page, '进度').inputValue()).toBe('完工');
    expect(await filter(page, '年度').inputValue()).toBe('2025');

    // Words in the name; then the back button returns to the view before.
    const word = (await page.locator('[data-fund-rows] tr th a').first().textContent())!.slice(-4);
    await filter(page, '项目名称、编号或地点').fill(word);
    await filter(page, '项目名称、编号或地点').press('Enter');
    await drawn(page);
    expect(decodeURIComponent(page.url())).toContain(`q=${word}`);
    for (const name of await page.locator('[data-fund-rows] tr th a').allTextContents()) expect(name).toContain(word);
    await page.goBack();
    await drawn(page);
    expect(page.url()).toBe(before.url);
    expect(await ids(page)).toEqual(before.ids);
    await page.context().close();
  });

  it('a shared link with filters opens on the same selection as the static download computes', async () => {
    const manifest = await siteJson<FundsManifest>('funds/data/manifest.json');
    const county = manifest.counties[0]!;
    const page = await open(`/funds/2024/${county.code}/?source=${encodeURIComponent('中央财政')}&sort=name&order=asc`);
    await drawn(page);
    // Independently: the view's static CSV, and the chunk it was split into.
    const chunk = await siteJson<FundsChunk>(`funds/data/2024-${county.code}.json`);
    const central = manifest.sources.indexOf('中央财政');
    const expected = chunk.rows.filter((row) => row[13].some((value, index) => index % 3 === 0 && value === central));
    const count = Number((await page.locator('[data-figure="projects"]').textContent())?.replace(/,/g, ''));
    expect(count).toBe(expected.length);
    const centralFen = expected.reduce((sum, row) => {
      const sources = row[13];
      for (let index = 0; index < sources.length; index += 3) if (sources[index] === central) sum += sources[index + 1]!;
      return sum;
    }, 0);
    const exactTotal = await page.locator('[data-figure="allocated-exact"]').textContent();
    expect(Math.round(Number(exactTotal!.replace(/[^\d.]/g, '')) * 100)).toBe(centralFen);
    expect(await page.locator('[data-fund-count]').textContent()).toContain('金额只计中央财政的资金');
    await page.context().close();
  });

  it('downloads exactly the filtered table as CSV with a BOM, and as JSON', async () => {
    const page = await open('/funds/');
    await enhanced(page);
    await filter(page, '项目类别').selectOption('易地搬迁');
    await drawn(page);
    const count = Number((await page.locator('[data-figure="projects"]').textContent())?.replace(/,/g, ''));
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-fund-downloads] a[data-format="csv"]').click()]);
    const bytes = await readFile((await csvDownload.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['项目编号', '项目名称', '年度', '县（区）', '乡镇（街道）', '村（社区）', '项目类别', '进度', '计划金额（元）', '已拨付（元）', '拨付率', '受益户数', '其中贫困户']);
    expect(rows.length - 1).toBe(count);
    expect(new Set(rows.slice(1).map((row) => row[6]))).toEqual(new Set(['易地搬迁']));
    // The first rows are the table's first rows, in its order, with exact yuan.
    expect(rows.slice(1, 6).map((row) => row[0])).toEqual((await ids(page)).slice(0, 5));
    const allocatedFen = rows.slice(1).reduce((sum, row) => sum + Math.round(Number(row[8]) * 100), 0);
    const exactTotal = await page.locator('[data-figure="allocated-exact"]').textContent();
    expect(allocatedFen).toBe(Math.round(Number(exactTotal!.replace(/[^\d.]/g, '')) * 100));

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-fund-downloads] a[data-format="json"]').click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as { filters: unknown; projects: unknown[] };
    expect(json.filters).toEqual({ category: '易地搬迁' });
    expect(json.projects).toHaveLength(count);
    await page.context().close();
  });

  it('the browser computes the same table as the server for a static view', async () => {
    const page = await open('/funds/2025/');
    await enhanced(page);
    const served = { ids: await ids(page), figures: await page.locator('[data-fund-figures]').innerText() };
    const breakdown = await page.locator('[data-breakdown="source"] table').innerText();
    await filter(page, '进度').selectOption('在建');
    await drawn(page);
    await filter(page, '进度').selectOption('');
    await drawn(page);
    expect(await ids(page)).toEqual(served.ids);
    expect(await page.locator('[data-fund-figures]').innerText()).toBe(served.figures);
    expect(await page.locator('[data-breakdown="source"] table').innerText()).toBe(breakdown);
    await page.context().close();
  });

  it('keeps the page’s contents links as plain jumps within the page', async () => {
    const page = await open('/funds/2025/');
    await enhanced(page);
    await page.locator('.fund-contents a', { hasText: '按资金来源' }).click();
    expect(new URL(page.url()).hash).toBe('#fund-by-source');
    expect(await page.locator('[data-fund-status]').textContent()).toBe('');
    await page.context().close();
  });

  it('has no axe violations and no sideways scroll at 360 px once filtered', async () => {
    const page = await open(`/funds/?category=${encodeURIComponent('产业发展')}&sort=rate&order=asc`, PHONE);
    await drawn(page);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('/funds/projects/<id>/', () => {
  async function overDisbursedProject(): Promise<string | undefined> {
    const manifest = await siteJson<FundsManifest>('funds/data/manifest.json');
    for (const ref of manifest.chunks) {
      const chunk = await siteJson<FundsChunk>(`funds/data/${ref.file}`);
      const row = chunk.rows.find((candidate) => candidate[12] === 1);
      if (row) return row[0];
    }
    return undefined;
  }

  it('lists the fund lines with a 合计 that is their sum and links the place and the notice', async () => {
    const listing = await open('/funds/', { ...PHONE, javaScriptEnabled: false });
    await listing.locator('[data-fund-rows] tr th a').first().click();
    const page = listing;
    await page.waitForURL(/\/funds\/projects\/[^/]+\/$/);
    const lines = await page.locator('table.fund-lines tbody tr > :nth-child(2)').allTextContents();
    const sum = lines.reduce((total, text) => total + Math.round(Number(text.replace(/[^\d.]/g, '')) * 100), 0);
    const total = await page.locator('table.fund-lines tfoot [data-total="allocated"]').textContent();
    expect(Math.round(Number(total!.replace(/[^\d.]/g, '')) * 100)).toBe(sum);
    for (const label of ['实施地点', '建设任务', '补助标准', '绩效目标', '实施单位', '责任人', '实施期限', '受益对象', '带贫减贫机制', '项目公示']) {
      expect(await page.locator('.fund-facts dt', { hasText: label }).count()).toBe(1);
    }
    expect(await page.locator('.fund-facts a[href^="/regions/"]').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBe(0);
    const path = new URL(page.url()).pathname;
    await page.context().close();
    // axe runs as a script, so it needs JavaScript on.
    const checked = await open(path, PHONE);
    expect(await axeViolations(checked)).toEqual([]);
    await checked.context().close();
  });

  it('says in words when money was disbursed above its allocation, and the CSV download opens', async () => {
    const id = await overDisbursedProject();
    expect(id, 'the sample has an over-disbursed project').toBeDefined();
    const page = await open(`/funds/projects/${id}/`);
    expect(await page.locator('.warning').innerText()).toContain('已拨付金额超过计划金额');
    expect(await page.locator('table.fund-lines .fund-flag').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toBe(`${id}-资金明细.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['项目编号', '序号', '资金来源', '计划金额（元）', '已拨付（元）', '拨付率', '拨付日期', '说明']);
    expect(rows).toHaveLength((await page.locator('table.fund-lines tbody tr').count()) + 2);
    expect(rows.at(-1)?.[1]).toBe('合计');
    expect(rows.some((row) => row[7] === '已拨付超过计划金额')).toBe(true);
    await page.context().close();
  });
});
