// Lighthouse mobile (simulated Slow 4G) over the notice, honoree, list, map and funds pages.
// Enforced as PRODUCT.md §6 assigns budgets: notice and honoree pages performance ≥ 95 and LCP ≤ 1.8 s;
// accessibility 100 everywhere. Every figure (CLS included) is printed for every page;
// performance and LCP are the median of three runs, as Lighthouse CI does, because one run swings with CPU load.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness/browser.ts';
import { launchForLighthouse, runLighthouse, type LighthouseFigures } from './harness/lighthouse.ts';
import { discoverPageTypes } from './harness/page-types.ts';

const baseUrl = inject('baseUrl');
/** Page types whose performance and LCP budget PRODUCT.md §6 sets. */
const SPEED_BUDGETED = ['notice', 'honoree'];
const CHECKED = [...SPEED_BUDGETED, 'honoree list', 'notice list', 'map', 'funds'];
const RUNS = 3;

let lighthouseBrowser: Browser;
let port: number;
let paths: { type: string; path: string }[];

beforeAll(async () => {
  const finder = await launchChromium();
  paths = (await discoverPageTypes(finder, baseUrl)).filter((type) => CHECKED.includes(type.type));
  await finder.close();
  ({ browser: lighthouseBrowser, port } = await launchForLighthouse());
});
afterAll(async () => {
  await lighthouseBrowser?.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(url: string, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await runLighthouse(url, port));
  const [first] = results;
  if (!first) throw new Error('no Lighthouse run');
  return {
    ...first,
    performance: median(results.map((result) => result.performance)),
    lcpMs: median(results.map((result) => result.lcpMs)),
    accessibility: Math.min(...results.map((result) => result.accessibility)),
    cls: Math.max(...results.map((result) => result.cls)),
  };
}

describe('Lighthouse mobile (Slow 4G)', () => {
  it('meets the budgets PRODUCT.md §6 sets for each page type', async () => {
    expect(paths.map((entry) => entry.type).sort()).toEqual([...CHECKED].sort());
    const figures: (LighthouseFigures & { type: string })[] = [];
    for (const { type, path } of paths) figures.push({ type, ...(await measure(`${baseUrl}${path}`, SPEED_BUDGETED.includes(type) ? RUNS : 1)) });
    process.stderr.write(
      `Lighthouse mobile:\n${figures
        .map((f) => `${f.type.padEnd(13)} perf ${String(f.performance).padStart(3)}  a11y ${String(f.accessibility).padStart(3)}  LCP ${(f.lcpMs / 1000).toFixed(2)} s  CLS ${f.cls.toFixed(3)}  ${(f.totalBytes / 1024).toFixed(0)} KB  ${new URL(f.url).pathname}`)
        .join('\n')}\n`,
    );
    const failures = figures.flatMap((f) => [
      ...(f.accessibility < 100 ? [`${f.type}: accessibility ${f.accessibility} < 100`] : []),
      ...(SPEED_BUDGETED.includes(f.type) && f.performance < 95 ? [`${f.type}: performance ${f.performance} < 95`] : []),
      ...(SPEED_BUDGETED.includes(f.type) && f.lcpMs > 1800 ? [`${f.type}: LCP ${f.lcpMs} ms > 1800 ms`] : []),
    ]);
    expect(failures).toEqual([]);
  }, 900_000);
});
