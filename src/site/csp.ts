// The Content-Security-Policy of every page, as a <meta> tag (static hosts such as GitHub Pages send no headers
// of ours). Pages carry no inline script or style — stylesheets and scripts are files of the site — so the
// policy needs no per-page hashes and is the same everywhere: only the site's own origin, plus the map-tile
// server a deployment configures (none by default). frame-ancestors cannot be set by <meta>: see public/_headers.
import { siteConfig } from './config.ts';

/** The tile server's origin when it is not the site's own ({s} subdomains become a wildcard host). */
function tileSource(): string {
  const template = siteConfig.tiles?.url;
  if (!template) return '';
  const origin = new URL(template.replace('{s}', 'tile-subdomain').replace(/\{[a-z]+\}/g, '0'), siteConfig.url).origin.replace('//tile-subdomain.', '//*.');
  return origin === new URL(siteConfig.url).origin ? '' : ` ${origin}`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  `img-src 'self' data:${tileSource()}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
