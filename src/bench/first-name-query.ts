// The first name query, as a villager on a slow phone makes it: /search/?q=<name> under Lighthouse's Slow 4G and
// 4× CPU (DevTools' applied equivalents: 562.5 ms latency, 1,474.5 kbps down), counting the name index's bytes
// and the time from the page's DOMContentLoaded (its script starts) to the first person on screen.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { NameEntry, PersonEntry } from '../search/derive/name-index.ts';

export interface NameQueryCost {
  query: string;
  /** The person looked for, and whether they came first. */
  id: string;
  first: boolean;
  /** Files and bytes (gzip, as served compressed) of the name index fetched for the query. */
  files: number;
  gzipBytes: number;
  /** DOMContentLoaded → first person shown, under throttling. */
  firstResultMs: number;
}

/** A name borne by exactly one person, of the oldest year: the hardest case for a newest-first index. */
export async function oldestOnlyName(siteDir: string): Promise<PersonEntry> {
  const dir = join(siteDir, 'search/names');
  const people = new Map<string, PersonEntry>();
  for (const file of await readdir(dir)) {
    if (file === 'index.json') continue;
    for (const entry of JSON.parse(await readFile(join(dir, file), 'utf8')) as NameEntry[]) if (entry[0] === 'h') people.set(entry[1], entry);
  }
  const byName = new Map<string, PersonEntry[]>();
  for (const entry of people.values()) byName.set(entry[2], [...(byName.get(entry[2]) ?? []), entry]);
  const oldest = Math.min(...[...people.values()].map((entry) => entry[5]));
  const candidates = [...byName.values()].filter((list) => list.length === 1 && list[0]?.[5] === oldest).map((list) => list[0] as PersonEntry);
  const chosen = candidates.sort((a, b) => (a[1] < b[1] ? -1 : 1))[Math.floor(candidates.length / 2)];
  if (!chosen) throw new Error('no name held by one person of the oldest year');
  return chosen;
}

export async function firstNameQueryCost(browser: Browser, baseUrl: string, person: PersonEntry): Promise<NameQueryCost> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.5 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.includes('/search/names/')) bodies.push(response.body());
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(person[2])}`, { waitUntil: 'domcontentloaded' });
  const loadedAt = await page.evaluate(() => performance.timing.domContentLoadedEventStart - performance.timing.navigationStart);
  await page.waitForSelector('[data-name-people] li', { timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  const first = await page.$eval('[data-name-people] li a', (anchor) => decodeURIComponent(new URL((anchor as HTMLAnchorElement).href).pathname.split('/')[2] ?? ''));
  const files = await Promise.all(bodies);
  await context.close();
  return {
    query: person[2],
    id: person[1],
    first: first === person[1],
    files: files.length,
    gzipBytes: files.reduce((sum, body) => sum + gzipSync(body).length, 0),
    firstResultMs: Math.round(shownAt - loadedAt),
  };
}
