// Reflow and touch targets on phones, over every route of the built site (harness/route-pages.ts), in real
// Chromium: no sideways scroll at 360 px with the root font at 200 % (how WeChat and Android enlarge text) and at
// 320 px with the site's own 大字; tables fit as one card per row; every control and every link outside running
// text is at least 44 × 44 CSS px on a phone (WCAG 1.4.4, 1.4.10, 2.5.5; MIIT 适老化).
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from './harness/browser.ts';
import { pagesOfEveryRoute, type RoutePage } from './harness/route-pages.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;
let pages: RoutePage[];

beforeAll(async () => {
  browser = await launchChromium();
  pages = await pagesOfEveryRoute(resolve('src/pages'), siteDir);
});
afterAll(async () => {
  await browser?.close();
});

interface Condition {
  name: string;
  context: BrowserContextOptions;
  /** Run in the page before anything is laid out (and again after load, for pages without JavaScript). */
  setup: (page: Page) => Promise<void>;
}

/** The root font at 200 %, set before the first layout (and again after load when scripts are off). */
async function rootFont200(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const apply = () => {
      if (!document.documentElement) return false;
      document.documentElement.style.fontSize = '200%';
      return true;
    };
    if (!apply()) new MutationObserver((_, observer) => apply() && observer.disconnect()).observe(document, { childList: true });
  });
}

/** The site's own 大字, chosen before: the stored choice its script applies on load. */
async function largeTextChosen(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('yangguang:large-text', '1'));
}

const CONDITIONS: Condition[] = [
  { name: '360 px, root font 200 %', context: PHONE, setup: rootFont200 },
  { name: '360 px, root font 200 %, no JavaScript', context: { ...PHONE, javaScriptEnabled: false }, setup: rootFont200 },
  { name: '320 px, 大字', context: { ...PHONE, viewport: { width: 320, height: 640 } }, setup: largeTextChosen },
];

async function open(condition: Condition, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(condition.context);
  const page = await context.newPage();
  await condition.setup(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  if (condition.setup === rootFont200) await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const scripts = condition.context.javaScriptEnabled !== false;
  // Pages with the 大字 switch (embeds and the 404 page have none) have applied the stored choice.
  if (condition.setup === largeTextChosen && (await page.locator('[data-large-text-toggle]').count())) await page.locator('html.large-text').waitFor({ state: 'attached' });
  // Two frames: whatever the scripts lay out on load has been laid out (without scripts, frames never run).
  if (scripts) await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return { page, close: () => context.close() };
}

/**
 * What scrolls sideways: the document's overflow, the outermost elements reaching past the viewport that are not
 * inside a box of their own that scrolls or clips, tables wider than their box (on a phone a table is cards),
 * and table cells so narrow they break one character per line.
 */
function reflowProblems(): string[] {
  const root = document.documentElement;
  const width = root.clientWidth;
  const describe = (element: Element) => {
    const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}>「${text}」`;
  };
  const inOwnBox = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== document.body && parent !== root; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return true;
    }
    return false;
  };
  const problems: string[] = [];
  if (root.scrollWidth > width) problems.push(`document ${root.scrollWidth} px wide in a ${width} px viewport`);
  const wide = new Set<Element>();
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
    if ((rect.right > width + 0.5 || rect.left < -0.5) && !inOwnBox(element)) wide.add(element);
  }
  for (const element of wide) {
    if (element.parentElement && wide.has(element.parentElement)) continue;
    const rect = element.getBoundingClientRect();
    problems.push(`${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
  }
  for (const table of document.querySelectorAll('table')) {
    const box = table.parentElement;
    if (!box || table.getBoundingClientRect().height === 0) continue;
    if (table.scrollWidth > box.clientWidth + 1) problems.push(`${describe(table)} is ${table.scrollWidth} px wide in a ${box.clientWidth} px box`);
    for (const cell of table.querySelectorAll('th, td')) {
      const text = (cell.textContent ?? '').trim();
      const fontSize = Number.parseFloat(getComputedStyle(cell).fontSize);
      const rect = cell.getBoundingClientRect();
      if ([...text].length >= 2 && rect.width > 0 && rect.width < 2 * fontSize) {
        problems.push(`${describe(cell)} is ${Math.round(rect.width)} px wide: one character per line`);
        break;
      }
    }
  }
  return problems;
}

/**
 * Controls and links smaller than 44 × 44 CSS px. Links inside a sentence (a <p> with other words in it) are
 * excepted, as WCAG 2.5.5 excepts inline targets; so are the map's SVG shapes (the table below the map is
 * their equivalent). A checkbox or radio button counts with its label.
 */
function smallTargets(): string[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
  const small: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || element.closest('svg, [hidden], .visually-hidden')) continue;
    let rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const sentence = element.closest('p');
    if (element.tagName === 'A' && sentence && (sentence.textContent ?? '').replace(/\s/g, '').length > (element.textContent ?? '').replace(/\s/g, '').length) continue;
    if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) {
      const label = element.labels?.[0];
      if (label) rect = label.contains(element) ? label.getBoundingClientRect() : rect;
    }
    if (rect.width < 43.5 || rect.height < 43.5) {
      const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
      const text = (element.textContent ?? element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 20);
      const where = element.parentElement?.closest('nav, header, footer, ol, ul, table, form, details, [class]');
      const context = where ? `${where.tagName.toLowerCase()}${where.classList[0] ? `.${where.classList[0]}` : ''}` : '';
      small.push(`<${element.tagName.toLowerCase()}${classes}>「${text}」 ${Math.round(rect.width)} × ${Math.round(rect.height)} in ${context}`);
    }
  }
  return small;
}

describe('reflow on phones, every route', () => {
  it('checks a page of every route, new ones included', () => {
    const routes = new Set(pages.map((page) => page.route));
    for (const expected of ['index.astro', 'notices/[id].astro', 'honorees/[id].astro', 'map/index.astro', 'funds/[...view].astro', 'regions/[code].astro']) {
      expect([...routes], `no built page of ${expected}`).toContain(expected);
    }
  });

  for (const condition of CONDITIONS) {
    it(`has no sideways scroll at ${condition.name}`, async () => {
      const failures: string[] = [];
      for (const { route, path } of pages) {
        const { page, close } = await open(condition, path);
        const problems = await page.evaluate(reflowProblems);
        await close();
        if (problems.length) failures.push(`${route} ${path}:\n    ${problems.slice(0, 6).join('\n    ')}${problems.length > 6 ? `\n    … and ${problems.length - 6} more` : ''}`);
      }
      expect(failures.join('\n'), `${failures.length} of ${pages.length} pages scroll sideways at ${condition.name}`).toBe('');
    }, 600_000);
  }

  it('gives every control and every link outside running text a 44 × 44 target on a phone', async () => {
    const failures: string[] = [];
    for (const { route, path } of pages) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const small = await page.evaluate(smallTargets);
      await context.close();
      // One line per kind of target (same element, class and place), its first example and how many there are.
      const kinds = new Map<string, { example: string; count: number }>();
      for (const target of small) {
        const key = target.replace(/「[^」]*」/, '').replace(/\d+ × \d+/, '');
        const kind = kinds.get(key);
        if (kind) kind.count += 1;
        else kinds.set(key, { example: target, count: 1 });
      }
      if (small.length) failures.push(`${route} ${path}:\n    ${[...kinds.values()].map(({ example, count }) => `${example}${count > 1 ? ` (×${count})` : ''}`).join('\n    ')}`);
    }
    expect(failures.join('\n'), `${failures.length} of ${pages.length} pages have targets under 44 × 44 px`).toBe('');
  }, 600_000);
});
