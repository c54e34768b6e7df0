// Builds the bundled sample export once into a private folder, with "today" pinned, and serves it.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/build/build-site.ts';
import { ensureChromium } from './harness/ensure-chromium.ts';
import { serveStatic, type StaticServer } from './harness/server.ts';

/** The build-time "today" of the site under test: inside the sample's notice periods around the release. */
export const E2E_TODAY = '2026-11-03';
// E2E_SITE_DIR / E2E_REUSE_SITE let a developer rerun one browser test against a site already built.
const siteDir = resolve(process.env['E2E_SITE_DIR'] ?? '.yangguang/e2e-site');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
    today: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  ensureChromium();
  if (!process.env['E2E_REUSE_SITE']) {
    const result = await buildSite({
      dataDir: 'data',
      outDir: siteDir,
      reportPath: `${siteDir}-build-report.json`,
      today: E2E_TODAY,
      quiet: true,
    });
    if (!result.ok) throw new Error(`The sample site did not build; see ${siteDir}-build-report.json`);
  }
  server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('today', E2E_TODAY);
}

export async function teardown() {
  await server?.close();
}
