// Incremental builds, the pages' side. Every route with getStaticPaths passes its paths through `keyed`: each
// path gets a key made from what the page shows (by default, the whole dataset), the key is written down for
// the orchestrator (src/build/incremental/), and a path whose key equals the one the published site was built
// with is left out — Astro does not render it, and the orchestrator links the published file into the new site.
// Routes without getStaticPaths (the home page, the about page …) are rendered on every build that runs Astro.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir } from './dataset.ts';

/** What the orchestrator tells Astro (environment variables; none of them in a plain `astro build`). */
export const INCREMENTAL_ENV = {
  /** File the keys of every path are appended to: one JSON line per route, `{ route, keys: [[path, key], …] }`. */
  keysOut: 'YANGGUANG_KEYS_OUT',
  /** The previous build's keys (JSON `{ [path]: key }`): a path whose key is unchanged is not rendered. */
  previousKeys: 'YANGGUANG_KEYS_PREVIOUS',
  /** The dataset folder's files and their digests (JSON `{ [file]: digest }`), written before Astro runs. */
  digests: 'YANGGUANG_DATASET_DIGESTS',
} as const;

interface StaticPath {
  params: Record<string, string | number | undefined>;
}

let previous: Map<string, string> | undefined;
function previousKeys(): Map<string, string> {
  if (previous) return previous;
  const file = process.env[INCREMENTAL_ENV.previousKeys];
  previous = file ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : new Map();
  return previous;
}

let partDigests: Record<string, string> | undefined;
function datasetDigests(): Record<string, string> {
  if (partDigests) return partDigests;
  const file = process.env[INCREMENTAL_ENV.digests];
  partDigests = file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return partDigests;
}

/** The digest of one file of the dataset folder (`honorees.json`, `history.json` …): a key made with it changes with the file. */
export function datasetDigest(file: string): string {
  return datasetDigests()[file] ?? 'none';
}

/** The dataset's own `meta` and `shareImages` parts, read once (the keys below need parts of them). */
let small: { meta: Record<string, unknown>; share: { site?: string; honorees?: unknown; notices?: unknown } } | undefined;
function smallParts() {
  if (small) return small;
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(join(datasetDir, file), 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  small = { meta: read('meta.json'), share: read('shareImages.json') };
  return small;
}

/**
 * What every page's layout shows (publisher, release, licence, contact, the site's share card) — the `meta`
 * part without the build day, which only pages showing a publicity state depend on, and which those name.
 */
let layout: string | undefined;
export function layoutDigest(): string {
  if (layout !== undefined) return layout;
  const { meta, share } = smallParts();
  const { builtOn: _day, ...rest } = meta;
  layout = hashOf([rest, share.site]);
  return layout;
}

const digests = new WeakMap<object, string>();

/**
 * The digest of a record that several pages show (a list entry, a notice's attachments): made once, however many
 * pages' keys hold it. The record must not change while the build runs (the dataset's never do).
 */
export function recordDigest(record: object): string {
  let digest = digests.get(record);
  if (digest === undefined) {
    digest = hashOf(record);
    digests.set(record, digest);
  }
  return digest;
}

/** The build day, for the keys of pages that show a publicity state or the days left. */
export function buildDay(): string {
  return String(smallParts().meta['builtOn'] ?? '');
}

/**
 * The whole dataset but for the build day and the notices' share images (only notice pages show those): a page
 * keyed by it is rendered again whenever any other part of the data changed.
 */
export function wholeDataset(): string {
  const { share } = smallParts();
  const parts = Object.entries(datasetDigests()).filter(([file]) => file !== 'meta.json' && file !== 'shareImages.json');
  return hashOf([layoutDigest(), share.honorees, parts.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
}

/**
 * A digest of any JSON-like value (Maps and Sets as their entries, in order): the key of what a page shows.
 * Two values that print the same have the same digest.
 */
export function hashOf(value: unknown): string {
  // JSON.stringify with a replacer calls back into JavaScript for every value, ~3× slower than without one; at scale the
  // keys hash ~150,000 pages' inputs, so the replacer is used only for values that hold a Map or a Set.
  const text = holdsCollection(value)
    ? JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? { $map: [...item] } : item instanceof Set ? { $set: [...item] } : item))
    : JSON.stringify(value);
  return createHash('sha1').update(text ?? 'undefined').digest('base64url');
}

/** Whether a Map or a Set is anywhere inside a value (as JSON.stringify would walk it: own enumerable properties). */
function holdsCollection(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Map || value instanceof Set) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsCollection(item)) return true;
    return false;
  }
  for (const key of Object.keys(value)) if (holdsCollection((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * The site path of one path of a route pattern (`/honorees/[id]`, `/honorees/[...list]`, `/charts/[chart].png`)
 * with its params, as Astro writes it: with a trailing slash for a page, without one for a file.
 */
export function pathOf(routePattern: string, params: StaticPath['params']): string {
  const filled = routePattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_match, _rest: string | undefined, name: string) => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
  const path = `/${filled.split('/').filter(Boolean).join('/')}`;
  return isFilePath(path) ? path : `${path.replace(/\/$/, '')}/`;
}

/** A path ending in a file name with an extension is an endpoint's file; every other path is a page folder. */
export function isFilePath(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path);
}

/** The file a site path is written to (inside the site folder, without a leading slash). */
export function outputFileOf(path: string): string {
  const inside = path.replace(/^\/+/, '');
  return isFilePath(path) ? inside : `${inside}index.html`;
}

/**
 * The inputs of the paths of a route made from whole parts of the dataset (charts, maps, downloads): the layout
 * and the digests of those parts. Name every part the route's data and components load.
 */
export const fromParts = (...parts: DatasetFile[]) => (): unknown => [layoutDigest(), ...parts.map((part) => datasetDigest(`${part}.json`))];

/** The parts of the dataset folder as fromParts names them. */
type DatasetFile = 'honorees' | 'notices' | 'projects' | 'regions' | 'pairings' | 'indicators' | 'targets' | 'boundaries' | 'warnings' | 'regionFigures' | 'photos' | 'history';

/** The inputs of a page that shows only its props in the layout (its props hold everything else it shows). */
export const propsAndLayout = ({ props }: { props?: unknown }): unknown => [layoutDigest(), props];

/**
 * The paths of a route that need rendering: every one in a full build; in an incremental one, those whose key
 * changed. `inputs` gives what a path's page shows, from which its key is made; without it, a path's key is the
 * whole dataset's (any change of the data renders it again). The keys of all paths are written for the
 * orchestrator, which reuses the published file of every path left out. A page's inputs must hold everything it
 * shows but the code: the layout (`layoutDigest`), its records, the parts it looks things up in (`datasetDigest`),
 * and the build day if it shows a publicity state (`buildDay`). The incremental build tests compare every file
 * of an incremental build with a full build's (tests/build/incremental.build.test.ts).
 */
export function keyed<P extends StaticPath>(routePattern: string, paths: P[], inputs?: (path: P) => unknown): P[] {
  const whole = inputs ? undefined : wholeDataset();
  const keys: [string, string][] = [];
  const known = previousKeys();
  const stale: P[] = [];
  for (const path of paths) {
    const site = pathOf(routePattern, path.params);
    const key = whole ?? hashOf(inputs!(path));
    keys.push([site, key]);
    if (known.get(site) !== key) stale.push(path);
  }
  const out = process.env[INCREMENTAL_ENV.keysOut];
  if (out) appendFileSync(out, `${JSON.stringify({ route: routePattern, keys })}\n`);
  return stale;
}
