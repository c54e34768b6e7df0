// The Content-Security-Policy of every page, as a <meta> tag (static hosts such as GitHub Pages send no headers
// of ours). Pages carry no inline script or style — stylesheets and scripts are files of the site — so the
// policy needs no per-page hashes and is the same everywhere: only the site's own origin, plus the map-tile
// server a deployment configures (none by default). frame-ancestors cannot be set by <meta>: see public/_headers.
// The one page with a React island (the export checker, /publish/check/) also allows, by their hashes, the inline
// script and style Astro writes beside an island — taken from the same modules Astro writes them from.
import { createHash } from 'node:crypto';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import islandScriptDev from 'astro/runtime/server/astro-island.prebuilt-dev.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import { siteConfig } from './config.ts';

/** The tile server's origin when it is not the site's own ({s} subdomains become a wildcard host). */
function tileSource(): string {
  const template = siteConfig.tiles?.url;
  if (!template) return '';
  const origin = new URL(template.replace('{s}', 'tile-subdomain').replace(/\{[a-z]+\}/g, '0'), siteConfig.url).origin.replace('//tile-subdomain.', '//*.');
  return origin === new URL(siteConfig.url).origin ? '' : ` ${origin}`;
}

function policy(inline: { scripts: readonly string[]; styles: readonly string[] }): string {
  const hashes = (texts: readonly string[]) => texts.map((text) => ` 'sha256-${createHash('sha256').update(text).digest('base64')}'`).join('');
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
    `img-src 'self' data:${tileSource()}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = policy({ scripts: [], styles: [] });

/** A page with a `client:only` island: Astro's island element and directive scripts (built and dev) and its style. */
export const ISLAND_CONTENT_SECURITY_POLICY = policy({ scripts: [islandScript, islandScriptDev, onlyDirective], styles: [ISLAND_STYLES] });
