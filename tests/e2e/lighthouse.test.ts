// Lighthouse mobile over the notice, honoree, list, map and funds pages: performance ≥ 95,
// accessibility 100, LCP ≤ 1.8 s under simulated Slow 4G (PRODUCT.md §6).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness/browser.ts';
import { launchForLighthouse, runLighthouse, type LighthouseFigures } from './harness/lighthouse.ts';
import { discoverPageTypes } from './harness/page-types.ts';

const baseUrl = inject('baseUrl');
const CHECKED = ['notice', 'honoree', 'honoree list', 'notice list', 'map', 'funds'];
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

describe('Lighthouse mobile (Slow 4G)', () => {
  it('meets the performance, accessibility and LCP budgets', async () => {
    expect(paths.map((entry) => entry.type).sort()).toEqual([...CHECKED].sort());
    const figures: (LighthouseFigures & { type: string })[] = [];
    for (const { type, path } of paths) figures.push({ type, ...(await runLighthouse(`${baseUrl}${path}`, port)) });
    process.stderr.write(
      `Lighthouse mobile:\n${figures
        .map((f) => `${f.type.padEnd(13)} perf ${String(f.performance).padStart(3)}  a11y ${String(f.accessibility).padStart(3)}  LCP ${(f.lcpMs / 1000).toFixed(2)} s  CLS ${f.cls.toFixed(3)}  ${(f.totalBytes / 1024).toFixed(0)} KB  ${new URL(f.url).pathname}`)
        .join('\n')}\n`,
    );
    const failures = figures.flatMap((f) => [
      ...(f.performance < 95 ? [`${f.type}: performance ${f.performance} < 95`] : []),
      ...(f.accessibility < 100 ? [`${f.type}: accessibility ${f.accessibility} < 100`] : []),
      ...(f.lcpMs > 1800 ? [`${f.type}: LCP ${f.lcpMs} ms > 1800 ms`] : []),
    ]);
    expect(failures).toEqual([]);
  }, 600_000);
});
