// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { siteUrlOfDataset } from './src/site/site-url.ts';

export default defineConfig({
  // The site's public URL: a build passes the one it resolved (--site, else release.json's site_url) as `--site`,
  // which wins over this; Astro run on its own (npm run dev) takes the prepared dataset's, else the placeholder.
  site: siteUrlOfDataset(process.env['YANGGUANG_DATASET'] ?? '.yangguang/dataset'),
  trailingSlash: 'always',
  // React for the one app-like page, the export checker (/publish/check/): only that page loads it.
  integrations: [react()],
  build: {
    format: 'directory',
    // Pages rendered at once. With one, Astro's thread waits for each page's mkdir and write to come back from
    // the thread pool: at 100,000 honorees it sat idle a third of the time. With 16 the next pages render
    // while earlier ones are written — 138,663 pages in ~150–180 s instead of ~250 s, and less CPU time too.
    concurrency: 16,
    // One stylesheet for the whole site, fetched once and then cached: every page after the first is ~2.3 KB
    // (gzip) lighter than with the CSS inlined, and 100,000 profiles do not each carry 7 KB of the same CSS
    // (1 GB of a build's output). With no inline style or script left, the CSP needs no hashes (src/site/csp.ts).
    inlineStylesheets: 'never',
  },
  // No Markdown here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
