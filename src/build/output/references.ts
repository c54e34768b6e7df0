// What a published file points at inside the site: links and sources in HTML, url() in CSS, module imports in
// scripts, paths in JSON manifests and feeds, and every absolute URL at the site's own address (embed codes,
// oEmbed, share tags, QR targets, citation text). Pure: text in, site paths out.
import { extension } from './site-walk.ts';

/** Where the site is published: its origin (https://host) and the path it is served under (/ or /sub/). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/** One reference: the file it points at (site path without the base, '' for the home page) and what holds it. */
export interface Reference {
  target: string;
  /** The attribute, CSS function, JSON key or 'url' that holds it, for the problem message. */
  via: string;
}

/** Astro's island element names its component's and renderer's modules in attributes of its own. */
const HTML_ATTRIBUTE = /\s(href|src|srcset|poster|action|component-url|renderer-url|before-hydration-url|data-[a-z][a-z0-9-]*)="([^"]*)"/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
/** The bundler quotes a dynamic import's path with backticks too: import(`./reader.Ab12.js`) (never interpolated). */
const SCRIPT_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`$]+)\1/g;
/** Paths in JSON: datapackage resources, oEmbed, and the files a script data manifest names beside itself. */
const OPEN_DATA_PHOTO = /"photo"\s*:\s*"([^"/][^"]*)"/g;
const JSON_PATH = /"(path|href|url|src|file|thumbnail_url|image)"\s*:\s*"([^"]+)"/g;

/**
 * The references of one file, read as Latin-1 (each byte a character, as verify.ts reads files: what is looked
 * for is ASCII markup) or as text; `file` is its path in the site (no leading slash).
 */
export function extractReferences(file: string, text: string, site: SiteAddress): Reference[] {
  const found: Reference[] = [];
  const add = (raw: string, via: string) => {
    const target = resolveReference(/[\x80-\xff]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw, file, site);
    if (target !== undefined) found.push({ target, via });
  };
  const kind = extension(file);
  if (kind === 'html' || kind === 'xml' || kind === 'svg') {
    for (const [, attribute = '', value = ''] of text.matchAll(HTML_ATTRIBUTE)) {
      const decoded = decodeEntities(value);
      if (attribute === 'srcset') {
        for (const candidate of decoded.split(',')) add(candidate.trim().split(/\s+/)[0] ?? '', attribute);
      } else if (attribute.startsWith('data-')) {
        // Data attributes hold files for scripts (data-src="/map/…json") among other values (path prefixes the
        // script completes, labels): only what names a file.
        if (/^(\/|\.\.?\/|https?:)\S*\.[a-z0-9]{2,5}$/i.test(decoded) && !decoded.startsWith('//')) add(decoded, attribute);
      } else {
        add(decoded, attribute);
      }
    }
  }
  if (kind === 'css' || kind === 'html') for (const [, , value = ''] of text.matchAll(CSS_URL)) add(value, 'url()');
  if (kind === 'js' || kind === 'mjs') for (const [, , value = ''] of text.matchAll(SCRIPT_IMPORT)) add(value, 'import');
  if (kind === 'json') {
    for (const [, key = '', value = ''] of text.matchAll(JSON_PATH)) add(value, key);
    // The open data's honoree photos: paths from the site's root (the files live at any depth of data/).
    for (const [, value = ''] of text.matchAll(OPEN_DATA_PHOTO)) add(`${site.base}${value}`, 'photo');
    // A sharded index's manifest names its files by count: "shards":{"s":12,…} → s-0.json … s-11.json beside it.
    const shards = /"shards":\{([^{}]*)\}/.exec(text)?.[1] ?? '';
    for (const [, family = '', count = '0'] of shards.matchAll(/"([a-z]+)":(\d+)/g)) {
      for (let shard = 0; shard < Number(count); shard++) add(`${family}-${shard}.json`, 'shards');
    }
  }
  // Absolute URLs at the site's own address wherever they stand: embed codes shown as text, oEmbed, feeds, CSV.
  for (const match of text.matchAll(absoluteUrlPattern(site))) add(decodeEntities(match[0]), 'url');
  return found;
}

const patterns = new Map<string, RegExp>();
function absoluteUrlPattern({ origin }: SiteAddress): RegExp {
  let pattern = patterns.get(origin);
  if (!pattern) {
    // ASCII only, and not the sentence's last full stop: text around a URL goes on in Chinese (…/data/”。).
    pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/[!#$%'*+\\-./0-9:=?@A-Z_a-z~]*[#$%*+\\-/0-9=@A-Z_a-z~])?`, 'g');
    patterns.set(origin, pattern);
  }
  return pattern;
}

/**
 * The site path a reference points at, without the base ('' is the home page, folders end in '/'), or undefined
 * when it points outside the site (another origin, mailto:, tel:, data:, a fragment of the same page).
 */
export function resolveReference(raw: string, file: string, { origin, base }: SiteAddress): string | undefined {
  const value = raw.trim();
  if (value === '' || value.startsWith('#') || /^(mailto|tel|data|javascript|blob|sms|weixin):/i.test(value)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith(`${origin}/`) && value !== origin) return undefined;
  if (value.startsWith('//')) return undefined;
  const plain = plainPath(value, file, origin, base);
  if (plain !== undefined) return plain.startsWith(base) ? plain.slice(base.length) : `../${plain}`;
  let url: URL;
  try {
    url = new URL(value, `${origin}${base}${file}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  // Outside the base path: not this site's file (a site under /sub/ may still link to the host's home).
  if (!path.startsWith(base)) return `../${path}`;
  return path.slice(base.length);
}

/** Path characters the URL parser keeps as they are and decodeURIComponent does not change. */
const PLAIN = /^[A-Za-z0-9_.~/-]*$/;
/** A `.` or `..` segment, which the URL parser resolves. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
const normalOrigins = new Map<string, boolean>();

/**
 * The decoded pathname `new URL(value, origin + base + file)` would give, without parsing a URL, for the common
 * references: `/path`, `https://origin/path`, `name.js` and `./name.js` (each maybe with ?query or #fragment) made
 * of plain characters without dot segments. Undefined for anything else, which the URL parser resolves: the
 * parser and this function took ~4.5 s of the 23 s the verification spent at 100,000 honorees, for paths it returns unchanged.
 */
function plainPath(value: string, file: string, origin: string, base: string): string | undefined {
  let path: string;
  if (value.startsWith('/')) {
    path = value;
  } else if (value.startsWith(`${origin}/`)) {
    let normal = normalOrigins.get(origin);
    if (normal === undefined) normalOrigins.set(origin, (normal = URL.canParse(origin) && new URL(origin).origin === origin));
    if (!normal) return undefined;
    path = value.slice(origin.length);
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('?')) {
    // A query alone keeps the file's own path.
    return undefined;
  } else {
    const folder = `${base}${file.slice(0, file.lastIndexOf('/') + 1)}`;
    if (!folder.startsWith('/') || !PLAIN.test(folder) || DOT_SEGMENT.test(folder)) return undefined;
    path = `${folder}${value.startsWith('./') ? value.slice(2) : value}`;
  }
  const end = path.search(/[?#]/);
  if (end !== -1) path = path.slice(0, end);
  return PLAIN.test(path) && !DOT_SEGMENT.test(path) ? path : undefined;
}

/** The file a site path is served from, if the site has it (directory URLs serve their index.html). */
export function servedFile(target: string, files: ReadonlySet<string>): string | undefined {
  if (target === '' || target.endsWith('/')) return files.has(`${target}index.html`) ? `${target}index.html` : undefined;
  if (files.has(target)) return target;
  return files.has(`${target}/index.html`) ? `${target}/index.html` : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", '#39': "'", '#x27': "'" };
function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(amp|quot|lt|gt|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '') : text;
}

