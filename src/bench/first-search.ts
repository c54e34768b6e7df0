// Bytes a visitor downloads for their first search: open /search/?q=… in Chromium and count every response.
import type { Browser } from 'playwright-core';

export interface SearchCost {
  query: string;
  /** Bytes of the search index files (Pagefind) fetched for this first query. */
  indexBytes: number;
  /** Bytes of everything the page fetched, the page itself included. */
  totalBytes: number;
  requests: number;
  results: number;
}

export async function firstSearchCost(browser: Browser, baseUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const sizes: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    sizes.push({ url: request.url(), bytes: body.byteLength });
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  // Results render after the index fragments arrive (SearchPage.ts marks each with data-search-result).
  await page.waitForSelector('[data-search-result], [data-search-results] .search-result', { timeout: 30_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-result]').count();
  await context.close();
  return {
    query,
    indexBytes: sizes.filter((entry) => entry.url.includes('/pagefind')).reduce((sum, entry) => sum + entry.bytes, 0),
    totalBytes: sizes.reduce((sum, entry) => sum + entry.bytes, 0),
    requests: sizes.length,
    results,
  };
}
