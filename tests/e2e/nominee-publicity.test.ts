// A nominee's profile during the publicity of their notice (issue 18): 「公示中」 with the period, the days left and
// how to object; 「即将公示」 before the period; the final honour afterwards. Checked in real Chromium with the clock
// pinned before, inside and after the period, with and without JavaScript; and over every profile of the built
// site, that exactly the nominees whose notice had not ended on the build day carry it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishHonorees } from '../../src/honorees/derive/honorees.ts';
import { publicityStatus } from '../../src/notices/derive/publicity.ts';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import type { HonoreeRow, NoticeRow } from '../../src/pipeline/schemas/index.ts';
import { indexRegions } from '../../src/regions/derive/regions.ts';
import { mailtoHref, telHref } from '../../src/site/contact-links.ts';
import { launchChromium, PHONE } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const today = inject('today');
let browser: Browser;
let data: ExportData;
let notices: Map<string, NoticeRow>;
/** Consented, 公示中 in the export, its notice running on the build day. */
let nominee: HonoreeRow;
let notice: NoticeRow;

beforeAll(async () => {
  const loaded = await loadExport('data');
  if (!loaded.data) throw new Error('the sample export does not load');
  data = loaded.data;
  notices = new Map(data.notices.map((row) => [row.id, row]));
  const running = data.honorees.filter((row) => {
    const rowNotice = notices.get(row.notice_id);
    return row.consent && row.status === '公示中' && rowNotice && publicityStatus(rowNotice.period_start, rowNotice.period_end, today).state === 'active';
  });
  // The one whose period is longest, so days before, inside and after are all distinct.
  nominee = running.sort((a, b) => a.id.localeCompare(b.id))[0]!;
  notice = notices.get(nominee.notice_id)!;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const chinaNoon = (date: string) => `${date}T12:00:00+08:00`;

async function open(options: BrowserContextOptions & { at: string }, path: string): Promise<Page> {
  const { at, ...contextOptions } = options;
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(at));
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const honour = (row: HonoreeRow) => `${row.year} 年度${row.level}${row.kind}`;

describe('a nominee’s profile', () => {
  it('is found in the sample: a consented nominee whose notice runs on the build day', () => {
    expect(nominee).toBeDefined();
    expect(notice.period_start <= today && today <= notice.period_end).toBe(true);
  });

  it('with JavaScript follows the pinned day: 即将公示 before, 公示中 with days left inside, 已结束 after (the block stays: no layout shift)', async () => {
    const block = (page: Page) => page.locator('.nominee-publicity');
    const cases = [
      { day: addDays(notice.period_start, -2), heading: '即将公示', badge: '未开始（2 天后开始）', kind: `${honour(nominee)}（拟表彰人选，即将公示）` },
      { day: notice.period_start, heading: '公示中', badge: `公示中，剩余 ${Math.round((Date.parse(notice.period_end) - Date.parse(notice.period_start)) / 86_400_000) + 1} 天`, kind: `${honour(nominee)}（拟表彰人选，公示中）` },
      { day: notice.period_end, heading: '公示中', badge: '公示中，今天截止', kind: `${honour(nominee)}（拟表彰人选，公示中）` },
      // Built while the period ran, read after it: the block stays where it was (no layout shift) and says it ended.
      { day: addDays(notice.period_end, 1), heading: '', badge: '已结束', kind: honour(nominee) },
    ];
    for (const { day, heading, badge, kind } of cases) {
      const page = await open({ at: chinaNoon(day) }, `/honorees/${encodeURIComponent(nominee.id)}/`);
      expect(await page.locator('.honoree__kind').innerText(), day).toBe(kind);
      if (heading === undefined) {
        expect(await block(page).isVisible(), day).toBe(false);
      } else {
        expect(await block(page).isVisible(), day).toBe(true);
        const title = await block(page).locator('h2').innerText();
        expect(title, day).toContain(heading);
        expect(title, day).toContain(badge);
        if (heading === '') expect(title, day).not.toMatch(/公示中|即将公示/);
      }
      await page.context().close();
    }
  });

  it('without JavaScript shows the build day’s state, the period and the objection channels as the notice gives them', async () => {
    const page = await open({ javaScriptEnabled: false, at: chinaNoon(addDays(notice.period_end, 30)) }, `/honorees/${encodeURIComponent(nominee.id)}/`);
    const block = page.locator('.nominee-publicity');
    expect(await block.isVisible()).toBe(true);
    expect(await page.locator('.honoree__kind').innerText()).toBe(`${honour(nominee)}（拟表彰人选，公示中）`);
    const text = await block.innerText();
    expect(text).toContain('公示中');
    expect(text).toMatch(/剩余 \d+ 天|今天截止/);
    const [startYear, startMonth, startDay] = notice.period_start.split('-').map(Number);
    expect(text).toContain(`${startYear}年${startMonth}月${startDay}日`);
    expect(await block.locator('a[href^="tel:"]').getAttribute('href')).toBe(telHref(notice.objection_phone));
    expect(await block.locator('a[href^="tel:"]').innerText()).toBe(notice.objection_phone);
    if (notice.objection_email) expect(await block.locator('a[href^="mailto:"]').getAttribute('href')).toBe(mailtoHref(notice.objection_email));
    expect(await block.locator(`a[href="/notices/${encodeURIComponent(notice.id)}/"]`).count()).toBe(1);
    for (const link of await block.locator('a').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });

  it('on every profile of the built site: exactly the nominees whose notice had not ended on the build day', async () => {
    const published = publishHonorees(data.honorees, indexRegions(data.regions));
    let withBlock = 0;
    for (const honoree of published) {
      const html = await readFile(join(siteDir, 'honorees', honoree.id, 'index.html'), 'utf8');
      const row = notices.get(honoree.noticeId);
      const expected = honoree.consent && honoree.status === '公示中' && row !== undefined && publicityStatus(row.period_start, row.period_end, today).state !== 'ended';
      expect(html.includes('class="nominee-publicity'), honoree.id).toBe(expected);
      expect(html.includes('（拟表彰人选，'), honoree.id).toBe(expected);
      if (expected) {
        withBlock += 1;
        expect(html, honoree.id).toContain(`href="${telHref(row.objection_phone)}"`);
      }
    }
    expect(withBlock).toBeGreaterThan(0);
  });
});
