// Built pages of every route of the site: each .astro page under src/pages is a page type, and each of its
// URL shapes (digits aside, but not their count: /notices/GS-2026-ZQ-001/ and /notices/GS-2026-TC-01-V1/ are two,
// and so are /regions/610902/ and /regions/610902001/) is checked on the
// largest built page of that shape. Read from the routes and the built folder, not from links, so a page
// type that nothing links to yet (someone else's new route) is covered as soon as it is built.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface RoutePage {
  /** The route's source file, relative to src/pages (`notices/[id].astro`). */
  route: string;
  /** The page's address on the site (`/notices/GS-2026-ZQ-001/`). */
  path: string;
}

type Segment = { kind: 'static'; text: string } | { kind: 'param' } | { kind: 'rest' };

interface Route {
  file: string;
  segments: Segment[];
}

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

function parseRoute(file: string): Route {
  const parts = file.replace(/\.astro$/, '').split('/').filter((part) => part !== 'index');
  const segments = parts.map((part): Segment => {
    if (/^\[\.\.\..+\]$/.test(part)) return { kind: 'rest' };
    if (/^\[.+\]$/.test(part)) return { kind: 'param' };
    return { kind: 'static', text: part };
  });
  return { file, segments };
}

/** Whether `route` serves the page at `parts`; a rest parameter takes zero or more segments. */
function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const [segment, ...moreSegments] = segments;
  if (!segment) return parts.length === 0;
  if (segment.kind === 'rest') return parts.some((_, index) => matches(moreSegments, parts.slice(index))) || matches(moreSegments, []);
  const [part, ...moreParts] = parts;
  if (part === undefined) return false;
  if (segment.kind === 'static' && segment.text !== part) return false;
  return matches(moreSegments, moreParts);
}

/** Astro's priority, roughly: a static segment beats a parameter, a parameter beats a rest parameter. */
function rank(route: Route): number[] {
  return route.segments.map((segment) => (segment.kind === 'static' ? 3 : segment.kind === 'param' ? 2 : 1));
}

function higher(a: Route, b: Route): boolean {
  const ra = rank(a);
  const rb = rank(b);
  for (let index = 0; index < Math.max(ra.length, rb.length); index += 1) {
    const difference = (ra[index] ?? 0) - (rb[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/**
 * For every .astro route: the largest built page of each URL shape (at most `perRoute` shapes, spread over
 * the sorted shapes), plus the 404 page.
 */
export async function pagesOfEveryRoute(pagesDir: string, siteDir: string, perRoute = 8): Promise<RoutePage[]> {
  const routes = (await filesUnder(pagesDir, (name) => name.endsWith('.astro'))).map((file) => parseRoute(relative(pagesDir, file).split(sep).join('/')));
  const built = await filesUnder(siteDir, (name) => name === 'index.html');
  const byShape = new Map<string, Map<string, { path: string; bytes: number }>>();
  for (const file of built) {
    const parts = relative(siteDir, file).split(sep).slice(0, -1);
    if (parts[0] === 'pagefind' || parts[0] === '_astro') continue;
    let best: Route | undefined;
    for (const route of routes) if (matches(route.segments, parts) && (!best || higher(route, best))) best = route;
    if (!best) continue;
    // Page numbers are one shape; other digit runs keep their length (a county code is not a village code).
    const shape = parts.join('/').replace(/\/page\/\d+/, '/page/N').replace(/\d+/g, (digits) => `N${digits.length}`);
    const shapes = byShape.get(best.file) ?? new Map<string, { path: string; bytes: number }>();
    byShape.set(best.file, shapes);
    const { size } = await stat(file);
    const current = shapes.get(shape);
    if (!current || size > current.bytes) shapes.set(shape, { path: parts.length ? `/${parts.join('/')}/` : '/', bytes: size });
  }
  const pages: RoutePage[] = [];
  for (const [route, shapes] of [...byShape].sort(([a], [b]) => a.localeCompare(b))) {
    // First one shape of each skeleton (letters and digits as classes: a kind of notice id, a region level),
    // then the other shapes spread evenly, up to perRoute.
    const sorted = [...shapes.keys()].sort();
    const skeleton = (shape: string) => shape.replace(/[a-z]+/gi, 'a');
    const firstOfSkeleton = sorted.filter((shape, index) => sorted.findIndex((other) => skeleton(other) === skeleton(shape)) === index);
    const rest = sorted.filter((shape) => !firstOfSkeleton.includes(shape));
    const step = Math.max(1, rest.length / Math.max(1, perRoute - firstOfSkeleton.length));
    const spread = rest.filter((_, index) => Math.floor(index % step) === 0);
    for (const shape of [...firstOfSkeleton, ...spread].slice(0, perRoute)) pages.push({ route, path: shapes.get(shape)?.path ?? '/' });
  }
  if (routes.some((route) => route.file === '404.astro')) pages.push({ route: '404.astro', path: '/404.html' });
  return pages;
}
