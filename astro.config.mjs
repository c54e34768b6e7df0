// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site/config.ts';

// Map tiles, when a deployment configures them, may come from the tile server's own origin (none by default);
// Leaflet's {s} subdomains become a wildcard host.
const tileTemplate = siteConfig.tiles?.url;
const tileOrigin = tileTemplate
  ? new URL(tileTemplate.replace('{s}', 'tile-subdomain').replace(/\{[a-z]+\}/g, '0'), siteConfig.url).origin.replace('//tile-subdomain.', '//*.')
  : undefined;
const tileSource = tileOrigin && tileOrigin !== new URL(siteConfig.url).origin ? ` ${tileOrigin}` : '';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // A villager opening one notice from a QR code pays for one request, not two: CSS is inlined.
    inlineStylesheets: 'always',
  },
  integrations: [react()],
  // No Markdown here, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileSource}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
