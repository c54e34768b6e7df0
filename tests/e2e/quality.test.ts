// Quality gates over one page of every type of the built sample site, in real Chromium:
// axe (WCAG 2.2 AA), weight against the budgets, no third-party requests, readable without JavaScript,
// no horizontal scroll at 360 px.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { horizontalOverflow, launchChromium, PHONE } from './harness/browser.ts';
import { discoverPageTypes, type PageType } from './harness/page-types.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let types: PageType[];

beforeAll(async () => {
  browser = await launchChromium();
  types = await discoverPageTypes(browser, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  requests: { url: string; type: string; gzipBytes: number }[];
  overflow: number;
  mainText: string;
}

async function loadPage(path: string, options: { javaScriptEnabled: boolean }): Promise<Loaded> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: options.javaScriptEnabled });
  const page = await context.newPage();
  const requests: Loaded['requests'] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    // Pagefind's own files are already gzip-compressed; other text is measured as a server would send it.
    const compressed = /\.(png|jpe?g|webp|pf_\w+|wasm)$/.test(new URL(request.url()).pathname) ? body.byteLength : gzipSync(body, { level: 6 }).byteLength;
    requests.push({ url: request.url(), type: request.resourceType(), gzipBytes: compressed });
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  const loaded = { requests, overflow: await horizontalOverflow(page), mainText: (await page.locator('main').innerText()).trim() };
  await context.close();
  return loaded;
}

describe('every page type', () => {
  it('covers the page types the site has', () => {
    const found = types.map((type) => type.type);
    for (const expected of ['home', 'honoree list', 'honoree', 'notice list', 'notice', 'funds', 'project', 'map', 'county', 'township', 'village', 'charts', 'open data']) {
      expect(found, `no ${expected} page was found by following links`).toContain(expected);
    }
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const failures: string[] = [];
    for (const type of types) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${type.path}`, { waitUntil: 'networkidle' });
      for (const violation of await axeViolations(page)) {
        failures.push(`${type.type} ${type.path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('requests nothing from any other origin', async () => {
    const foreign: string[] = [];
    for (const type of types) {
      const { requests } = await loadPage(type.path, { javaScriptEnabled: true });
      foreign.push(...requests.map((request) => request.url).filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:')));
    }
    expect(foreign).toEqual([]);
  });

  it('breaks no rule of the Content-Security-Policy (no inline style or script anywhere), search included', async () => {
    const refused: string[] = [];
    for (const path of [...types.map((type) => type.path), '/search/?q=%E5%BC%A0']) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(`${path}: ${message.text()}`);
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      if (!policy?.includes("default-src 'self'") || policy.includes('unsafe-inline')) refused.push(`${path}: policy ${policy}`);
      if (path.startsWith('/search/?q=')) await page.locator('[data-search-result]').first().waitFor();
      await context.close();
    }
    expect(refused).toEqual([]);
  });

  it('stays within its weight budget over the wire (gzip), photos excluded', async () => {
    const over: string[] = [];
    const report: string[] = [];
    for (const type of types) {
      const { requests } = await loadPage(type.path, { javaScriptEnabled: true });
      const counted = requests.filter((request) => !new URL(request.url).pathname.startsWith('/photos/'));
      const total = counted.reduce((sum, request) => sum + request.gzipBytes, 0);
      const js = counted.filter((request) => request.type === 'script').reduce((sum, request) => sum + request.gzipBytes, 0);
      report.push(`${type.type.padEnd(14)} ${(total / 1024).toFixed(1).padStart(7)} KB  (JS ${(js / 1024).toFixed(1)} KB)  ${type.path}`);
      if (type.budgetBytes && total > type.budgetBytes) over.push(`${type.type}: ${(total / 1024).toFixed(1)} KB > ${type.budgetBytes / 1024} KB`);
      if (type.jsBudgetBytes && js > type.jsBudgetBytes) over.push(`${type.type} JS: ${(js / 1024).toFixed(1)} KB > ${type.jsBudgetBytes / 1024} KB`);
    }
    process.stderr.write(`Page weight (gzip):\n${report.join('\n')}\n`);
    expect(over).toEqual([]);
  });

  it('reads without JavaScript and fits 360 px without horizontal scrolling', async () => {
    const problems: string[] = [];
    for (const type of types) {
      const { overflow, mainText } = await loadPage(type.path, { javaScriptEnabled: false });
      if (overflow > 0) problems.push(`${type.type} ${type.path}: ${overflow}px horizontal overflow at 360 px without JS`);
      if (mainText.length < 20) problems.push(`${type.type} ${type.path}: main content nearly empty without JS (${mainText.length} chars)`);
      const withJs = await loadPage(type.path, { javaScriptEnabled: true });
      if (withJs.overflow > 0) problems.push(`${type.type} ${type.path}: ${withJs.overflow}px horizontal overflow at 360 px with JS`);
    }
    expect(problems).toEqual([]);
  });
});
