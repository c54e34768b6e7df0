// The printed funds notice in Chromium's own print-to-PDF (page.pdf(), what 「打印」 → 「另存为 PDF」 makes), for
// the sample's largest funds notice, picked from the site's open data: every attached project shows every field
// the fund-publicity guidance requires; the first printed page carries the QR code, the address, the period and
// how to object; every printed page says 「第 N 页 共 M 页」 and the short address.
//
// The PDF's text is read with unpdf (PDF.js). Chromium's PDF maps some glyphs that Noto CJK shares between an
// ideograph and a radical to the radical (页 comes out as ⻚ U+2EDA, 示 as ⽰ U+2F70), so text is compared after
// NFKC, which folds the Kangxi radicals, and the page counter's 页 is matched as either form.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NOT_REPORTED, NOTICE_PROJECT_LABELS } from '../../src/notices/derive/notice-project-fields.ts';
import { DESKTOP, launchChromium } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;

interface OpenNotice {
  id: string;
  type: string;
  period_start: string;
  period_end: string;
  objection_phone: string;
}
interface OpenProject {
  id: string;
  name: string;
  notice_id?: string | null;
  task?: string | null;
  subsidy_standard?: string | null;
}

let notice: OpenNotice;
let projects: Map<string, OpenProject>;
/** Site paths of the notice's pages: the notice itself, then /notices/<id>/2/ … */
let pagePaths: string[];

beforeAll(async () => {
  browser = await launchChromium();
  const open = async <T>(file: string) => JSON.parse(await readFile(join(siteDir, 'data', file), 'utf8')) as T;
  const notices = (await open<OpenNotice[]>('notices.json')).filter((entry) => entry.type === '资金项目');
  const all = await open<OpenProject[]>('projects.json');
  const count = (id: string) => all.filter((project) => project.notice_id === id).length;
  notice = notices.reduce((best, entry) => (count(entry.id) > count(best.id) ? entry : best));
  projects = new Map(all.filter((project) => project.notice_id === notice.id).map((project) => [project.id, project]));
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${baseUrl}/notices/${notice.id}/`);
  const parts = await page.locator('.notice-attached__pager a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  pagePaths = parts.length > 0 ? parts : [`/notices/${notice.id}/`];
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

async function printed(path: string): Promise<Page> {
  const page = await browser.newPage(DESKTOP);
  await page.goto(`${baseUrl}${path}`);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The PDF's text page by page, NFKC-folded and without white space (lines wrap anywhere on paper). */
async function pdfPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' });
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text.map(fold);
}
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** 2024-03-09 → 2024年3月9日, as the notice prints it. */
const chineseDate = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

describe(`the printed funds notice (the sample's largest)`, () => {
  it('is a funds notice long enough to span several printed pages', () => {
    expect(projects.size).toBeGreaterThan(30);
  });

  it('shows every required field of every attached project on paper, 未填报 where the export left one out', async () => {
    const seen: string[] = [];
    for (const path of pagePaths) {
      const page = await printed(path);
      const items = page.locator('.notice-attached__list--projects > li');
      const count = await items.count();
      expect(count, path).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const item = items.nth(index);
        const link = item.locator(':scope > a');
        expect(await link.isVisible()).toBe(true);
        const id = decodeURIComponent(new URL((await link.getAttribute('href')) ?? '', baseUrl).pathname.split('/').at(-2) ?? '');
        const project = projects.get(id);
        expect(project, `${path}: ${id} belongs to the notice`).toBeDefined();
        expect(await link.innerText()).toBe(project!.name);
        seen.push(id);
        const fields = await item.locator('dl.notice-project > div').evaluateAll((rows) =>
          rows.map((row) => ({
            label: row.querySelector('dt')?.textContent ?? '',
            text: row.querySelector('dd')?.textContent ?? '',
            visible: (row as HTMLElement).offsetHeight > 0,
          })),
        );
        expect(fields.map((field) => field.label), id).toEqual([...NOTICE_PROJECT_LABELS]);
        for (const field of fields) {
          expect(field.visible, `${id} ${field.label}`).toBe(true);
          expect(field.text.trim(), `${id} ${field.label}`).not.toBe('');
        }
        const text = (label: string) => fields.find((field) => field.label === label)?.text;
        expect(text('建设任务'), id).toBe(project!.task || NOT_REPORTED);
        expect(text('补助标准'), id).toBe(project!.subsidy_standard || NOT_REPORTED);
      }
      await page.close();
    }
    expect(seen.sort()).toEqual([...projects.keys()].sort());
  });

  it('puts the QR code, the address, the period and how to object on the first printed page of each of its pages', async () => {
    for (const path of pagePaths) {
      const page = await printed(path);
      // The site's public address (a build setting), not the test server's.
      const url = (await page.locator('.notice-qr__url').innerText()).trim();
      expect(url.endsWith(`/notices/${notice.id}/`), url).toBe(true);
      // The QR code comes before the body and the lists on paper (the notice page reorders them for print).
      const qrTop = (await page.locator('.notice-qr svg').boundingBox())?.y ?? Number.POSITIVE_INFINITY;
      const listTop = (await page.locator('.notice-attached').first().boundingBox())?.y ?? 0;
      expect(qrTop, path).toBeLessThan(listTop);
      const [first = ''] = await pdfPages(page);
      // The caption beside the QR code names the page's full address; figure and caption never split.
      expect(first, path).toContain(fold(url));
      expect(first, path).toContain(fold('手机扫码查看本公示'));
      expect(first, path).toContain(fold(chineseDate(notice.period_start)));
      expect(first, path).toContain(fold(chineseDate(notice.period_end)));
      expect(first, path).toContain(fold('异议'));
      expect(first, path).toContain(fold(notice.objection_phone));
      await page.close();
    }
  });

  it('says 「第 N 页 共 M 页」 and the short address on every printed page, and prints every project with all its labels', async () => {
    for (const path of pagePaths) {
      const page = await printed(path);
      const url = new URL((await page.locator('.notice-qr__url').innerText()).trim());
      const short = fold(`${url.host}${url.pathname}`);
      const ids = await page.locator('.notice-attached__list--projects > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const pages = await pdfPages(page);
      expect(pages.length, path).toBeGreaterThan(1);
      pages.forEach((text, index) => {
        const counter = text.match(/第(\d+)[页⻚]共(\d+)[页⻚]/);
        expect(counter?.slice(1), `${path} printed page ${index + 1}`).toEqual([String(index + 1), String(pages.length)]);
        expect(text, `${path} printed page ${index + 1}`).toContain(short);
      });
      const all = pages.join('');
      for (const href of ids) expect(all, `${path}: ${href}`).toContain(decodeURIComponent(href.split('/').at(-2) ?? ''));
      // Each label once per project, as 「label：」 (the notice body may name the fields in running text).
      for (const label of NOTICE_PROJECT_LABELS) expect(all.split(fold(`${label}：`)).length - 1, `${path} ${label}`).toBe(ids.length);
      await page.close();
    }
  });
});
