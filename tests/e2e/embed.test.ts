// Embedding charts as a journalist would, in real Chromium: the published embed code pasted into a page
// on another origin, the iframe resized to the chart; the SVG download parsed; the CSV against the marks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteConfig } from '../../src/site/config.ts';
import { axeViolations } from './harness/axe.ts';
import { DESKTOP, horizontalOverflow, launchChromium, PHONE, recordRequests } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: { server: Server; url: string; page: string };

/** A page on another port (so another origin) that serves whatever HTML the test gives it. */
async function startHost(): Promise<typeof host> {
  const state = { server: undefined as unknown as Server, url: '', page: '' };
  state.server = createServer((request, response) => {
    if (request.url !== '/article.html') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(state.page);
  });
  await new Promise<void>((done) => state.server.listen(0, '127.0.0.1', done));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  return state;
}

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.server.close(done));
});

async function openPage(path: string, options = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Chart ids in catalogue order, read from the catalogue's figures. */
async function chartIds(): Promise<string[]> {
  const page = await openPage('/charts/');
  const ids = await page.locator('figure.chart').evaluateAll((figures) => figures.map((figure) => figure.id));
  await page.context().close();
  return ids;
}

/**
 * The embed code exactly as /charts/ publishes it. The site is built for its public address
 * (siteConfig.url); a deployment serves it there, this test serves it on loopback, so the address is swapped.
 */
async function publishedEmbedCode(chart: string): Promise<string> {
  const page = await openPage('/charts/');
  const code = await page.locator(`#${chart}-embed-code`).inputValue();
  await page.context().close();
  expect(code).toContain(`${siteConfig.url}/embed/${chart}/`);
  return code.replaceAll(siteConfig.url, baseUrl);
}

describe('the embed code on another site', () => {
  it('resizes the iframe to the chart, and again when the reader opens the data table', async () => {
    const code = await publishedEmbedCode('funds-by-year');
    host.page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报道</title></head>
      <body><article style="max-width:420px"><h1>某报道</h1><p>正文。</p>${code}<p>正文继续。</p></article></body></html>`;
    const context = await browser.newContext({ ...DESKTOP, viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/article.html`, { waitUntil: 'networkidle' });
    const iframe = page.locator('iframe[data-yangguang-chart]');
    const initial = Number(/height="(\d+)"/.exec(code)?.[1]);
    const frame = page.frameLocator('iframe[data-yangguang-chart]');
    const contentHeight = () => frame.locator('#embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    const frameHeight = () => iframe.evaluate((element) => (element as HTMLIFrameElement).clientHeight);

    await expect.poll(async () => (await frameHeight()) - (await contentHeight()), { timeout: 10_000 }).toBe(0);
    // In a 420 px column the chart is far shorter than the code's guess (made for 640 px): the script resized it.
    expect(await frameHeight()).toBeLessThan(initial - 50);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(900);

    await frame.locator('summary', { hasText: '查看数据表' }).click();
    const opened = await contentHeight();
    await expect.poll(frameHeight, { timeout: 10_000 }).toBe(opened);
    await context.close();
  });

  it('resizes nothing when the message comes from an iframe of another origin', async () => {
    const code = await publishedEmbedCode('honorees-by-year');
    // A frame from the host's own origin pretending to be our chart.
    host.page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>报道</title></head><body>
      <iframe id="impostor" data-yangguang-chart height="150" srcdoc="<script>parent.postMessage({type:'yangguang:embed-height',chart:'x',height:2000},'*')</script>"></iframe>
      ${code}</body></html>`;
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${host.url}/article.html`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('iframe[src]').evaluate((element) => (element as HTMLIFrameElement).style.height), { timeout: 10_000 }).toMatch(/px$/);
    expect(await page.locator('#impostor').evaluate((element) => (element as HTMLIFrameElement).clientHeight)).toBe(150);
    await context.close();
  });
});

describe('chart files', () => {
  it('every SVG download is valid SVG with its title and source line, and its numbers match the CSV', async () => {
    const page = await openPage('/charts/');
    const ids = await page.locator('figure.chart').evaluateAll((figures) => figures.map((figure) => figure.id));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      const checked = await page.evaluate(async (chart) => {
        const [svgText, csvBytes] = await Promise.all([
          fetch(`/charts/${chart}.svg`).then((response) => response.text()),
          fetch(`/charts/${chart}.csv`).then((response) => response.arrayBuffer()),
        ]);
        // Decoded keeping the BOM, which Excel in China needs to read UTF-8.
        const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes);
        const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const marks = [...svg.querySelectorAll('[data-value]')].map((mark) => ({
          key: mark.getAttribute('data-code') ?? `${mark.getAttribute('data-category')}|${mark.getAttribute('data-series')}`,
          value: mark.getAttribute('data-value') ?? '',
        }));
        return {
          parseError: svg.querySelector('parsererror')?.textContent ?? null,
          root: svg.documentElement.localName,
          namespace: svg.documentElement.namespaceURI,
          title: svg.querySelector('svg > title')?.textContent ?? '',
          drawnTitle: [...svg.querySelectorAll('.chart-title text')].map((line) => line.textContent).join(''),
          source: [...svg.querySelectorAll('.chart-source text')].map((line) => line.textContent).join(''),
          csvStartsWithBom: csvText.charCodeAt(0) === 0xfeff,
          csv: csvText.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(',')),
          marks,
          pageTitle: document.querySelector(`#${chart}-title`)?.textContent ?? '',
        };
      }, id);
      expect(checked.parseError, id).toBeNull();
      expect([checked.root, checked.namespace]).toEqual(['svg', 'http://www.w3.org/2000/svg']);
      expect(checked.title).toBe(checked.pageTitle);
      expect(checked.drawnTitle).toBe(checked.pageTitle);
      expect(checked.source).toMatch(/^来源：.+ · 数据版本 \d{4}年\d{1,2}月\d{1,2}日 · 许可 \S+/);
      expect(checked.csvStartsWithBom).toBe(true);

      // CSV cells keyed like the marks: by region code for maps, by category and series otherwise.
      const [header, ...rows] = checked.csv as [string[], ...string[][]];
      const fromCsv = new Map<string, string>();
      const isMap = header[0] === '区划代码';
      for (const row of rows) {
        if (isMap) {
          if (row[2]) fromCsv.set(row[0]!, row[2]);
          continue;
        }
        const seriesKeys = [...new Set(checked.marks.map((mark) => mark.key.split('|')[1]))];
        row.slice(1).forEach((cell, index) => {
          if (cell !== '' && seriesKeys[index] !== undefined) fromCsv.set(`${row[0]}|${seriesKeys[index]}`, cell);
        });
      }
      const drawn = new Map(checked.marks.filter((mark) => mark.value !== '').map((mark) => [mark.key, mark.value]));
      // Every value has exactly one mark, and each mark carries its CSV cell.
      expect(drawn.size, id).toBeGreaterThan(0);
      expect(Object.fromEntries(drawn), id).toEqual(Object.fromEntries(fromCsv));
    }
    await page.context().close();
  });

  it('every chart has a PNG download with Chinese text rendered', async () => {
    const page = await openPage('/charts/');
    const links = await page.locator('a[href$=".png"]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    const ids = await page.locator('figure.chart').evaluateAll((figures) => figures.map((figure) => figure.id));
    expect(links).toHaveLength(ids.length);
    const sizes = await page.evaluate(async (urls) => Promise.all(urls.map(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    })), links);
    for (const [width, height] of sizes) expect([width! >= 800, height! >= 300]).toEqual([true, true]);
    await page.context().close();
  });
});

describe('the embed page', () => {
  it('offers oEmbed discovery with the iframe code', async () => {
    const page = await openPage('/embed/pairing-by-county/');
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href).toBe(`${siteConfig.url}/embed/pairing-by-county/oembed.json`);
    const answer = await page.evaluate(async () => (await fetch('oembed.json')).json() as Promise<Record<string, unknown>>);
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: siteConfig.title });
    expect(answer['html']).toContain(`<iframe src="${siteConfig.url}/embed/pairing-by-county/"`);
    expect(answer['width']).toBeGreaterThan(0);
    expect(answer['height']).toBeGreaterThan(0);
    await page.context().close();
  });

  it('is light, same-origin only, readable at 320 px and free of axe violations', async () => {
    for (const id of await chartIds()) {
      const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      const requests = recordRequests(page);
      await page.goto(`${baseUrl}/embed/${id}/`, { waitUntil: 'networkidle' });
      expect(requests.filter((url) => !url.startsWith(baseUrl)), id).toEqual([]);
      expect(await horizontalOverflow(page), id).toBe(0);
      expect(await page.locator('h1').innerText()).not.toBe('');
      expect(await page.locator('.embed__small', { hasText: '来源：' }).count(), id).toBe(1);
      expect(await page.locator('a[target="_blank"]').getAttribute('href')).toBe(`${siteConfig.url}/charts/#${id}`);
      // The smallest type in the chart, in CSS px as the reader sees it at 320 px (font size × the SVG's scale).
      const smallest = await page.locator('svg text').evaluateAll((texts) =>
        Math.min(...texts.map((text) => Number(text.getAttribute('font-size')) * ((text as SVGTextElement).getScreenCTM()?.a ?? 0))));
      expect(smallest, id).toBeGreaterThanOrEqual(10);
      expect(await axeViolations(page), id).toEqual([]);
      const scripts = requests.filter((url) => url.endsWith('.js'));
      expect(scripts.length, id).toBeLessThanOrEqual(1);
      await context.close();
    }
  });
});

describe('the catalogue', () => {
  it('shows every chart, its downloads and its embed code without JavaScript', async () => {
    const page = await openPage('/charts/', { ...PHONE, javaScriptEnabled: false });
    const figures = await page.locator('figure.chart').count();
    expect(figures).toBeGreaterThanOrEqual(10);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(figures);
    expect(await page.locator('figure.chart table').count()).toBe(figures);
    await page.locator('#funds-by-year summary', { hasText: '嵌入代码' }).click();
    expect(await page.locator('#funds-by-year-embed-code').isVisible()).toBe(true);
    expect(await page.locator('#funds-by-year-embed-code').inputValue()).toContain('<script async src=');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('is free of axe violations with its embed code and data tables open', async () => {
    const page = await openPage('/charts/', PHONE);
    for (const summary of await page.locator('figure.chart summary').all()) await summary.click();
    expect(await page.locator('button[data-copy-target]:visible').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
