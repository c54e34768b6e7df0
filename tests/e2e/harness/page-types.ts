// One URL of every page type of the built site, found by following links as a visitor would.
import type { Browser } from 'playwright-core';

export interface PageType {
  /** What kind of page it is. */
  type: string;
  path: string;
  /** Budget in bytes over the wire (gzip), all resources but photos; PRODUCT.md §6 and the issues. */
  budgetBytes?: number;
  /** Budget for gzipped JavaScript on the route. */
  jsBudgetBytes?: number;
}

const KB = 1024;

/** The first link on `path` whose pathname matches `pattern`, or undefined. */
async function firstLink(browser: Browser, baseUrl: string, path: string, pattern: RegExp): Promise<string | undefined> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  // getAttribute, not .href: on SVG links (the maps) .href is an SVGAnimatedString, not a URL.
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).pathname));
  await context.close();
  return hrefs.find((href) => pattern.test(href));
}

export async function discoverPageTypes(browser: Browser, baseUrl: string): Promise<PageType[]> {
  const find = (path: string, pattern: RegExp) => firstLink(browser, baseUrl, path, pattern);
  const types: (PageType | undefined)[] = [
    { type: 'home', path: '/' },
    { type: 'about', path: '/about/' },
    { type: 'honoree list', path: '/honorees/', budgetBytes: 50 * KB },
    { type: 'notice list', path: '/notices/', budgetBytes: 50 * KB },
    { type: 'notice places', path: '/notices/list/place/', budgetBytes: 50 * KB },
    { type: 'funds', path: '/funds/', jsBudgetBytes: 100 * KB },
    { type: 'map', path: '/map/', jsBudgetBytes: 100 * KB },
    { type: 'needs map', path: '/map/blueprints/needs/', jsBudgetBytes: 100 * KB },
    { type: 'responsibility map', path: '/map/blueprints/responsibility/', jsBudgetBytes: 100 * KB },
    { type: 'dynamic map', path: '/map/blueprints/dynamic/', jsBudgetBytes: 100 * KB },
    { type: 'exit map', path: '/map/blueprints/exit/', jsBudgetBytes: 100 * KB },
    { type: 'charts', path: '/charts/', jsBudgetBytes: 100 * KB },
    { type: 'exit targets', path: '/regions/targets/', jsBudgetBytes: 100 * KB },
    { type: 'open data', path: '/data/' },
    { type: 'search', path: '/search/' },
  ];
  // From the home page's featured honorees: the list page also links to its filter pages (/honorees/township/).
  const honoree = await find('/', /^\/honorees\/[^/]+\/$/).catch(() => undefined);
  if (honoree) types.push({ type: 'honoree', path: honoree, budgetBytes: 50 * KB });
  const notice = await find('/notices/', /^\/notices\/(?!page\/|feed)[^/]+\/$/).catch(() => undefined);
  if (notice) types.push({ type: 'notice', path: notice, budgetBytes: 30 * KB });
  const project = await find('/funds/', /^\/funds\/projects\/[^/]+\/$/).catch(() => undefined);
  if (project) types.push({ type: 'project', path: project, budgetBytes: 50 * KB });
  const county = await find('/', /^\/regions\/\d{6}\/$/).catch(() => undefined);
  if (county) {
    types.push({ type: 'county', path: county });
    const township = await find(county, /^\/regions\/\d{9}\/$/).catch(() => undefined);
    if (township) {
      types.push({ type: 'township', path: township });
      const village = await find(township, /^\/regions\/\d{12}\/$/).catch(() => undefined);
      if (village) {
        types.push({ type: 'village', path: village, budgetBytes: 50 * KB });
        // The village's notice list (notices that cover it), linked from its region page.
        const placeList = await find(village, /^\/notices\/list\/place\/\d{12}\/$/).catch(() => undefined);
        if (placeList) types.push({ type: 'village notice list', path: placeList, budgetBytes: 50 * KB });
      }
    }
  }
  const embed = await find('/charts/', /^\/embed\/[^/]+\/$/).catch(() => undefined);
  if (embed) types.push({ type: 'embed', path: embed, jsBudgetBytes: 100 * KB });
  return types.filter((type): type is PageType => type !== undefined);
}
