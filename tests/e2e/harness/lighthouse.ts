// Lighthouse's mobile run (simulated Slow 4G: 150 ms RTT, ~1.6 Mbps, CPU ×4) against Debian's Chromium.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './browser.ts';

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  totalBytes: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A Chromium that Lighthouse can drive over the DevTools protocol. */
export async function launchForLighthouse(): Promise<{ browser: Browser; port: number }> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--remote-debugging-port=${port}`],
  });
  return { browser, port };
}

export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: Math.round(numeric('total-byte-weight')),
  };
}
