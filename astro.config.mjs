// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site/config.ts';

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
        "img-src 'self' data:",
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
