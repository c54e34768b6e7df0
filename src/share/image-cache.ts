// Share images kept between builds (.yangguang/share-cache/), keyed by a SHA-256 of the renderer's settings and the
// image's SVG — which holds everything the picture shows, the publicity state included — so a rebuild renders only
// the images whose content changed. Each entry is one PNG, written beside and renamed into place: a killed build or
// two builds at once never leave half of one. Deleting the folder between builds is safe; it costs a full render.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class ShareImageCache {
  readonly #dir: string;
  readonly #settings: string;
  #ready: Promise<unknown> | undefined;

  /** `settings`: what decides the PNG besides the SVG (render-png.ts RENDER_SETTINGS). */
  constructor(dir: string, settings: string) {
    this.#dir = dir;
    this.#settings = settings;
  }

  key(svg: string): string {
    return createHash('sha256').update(this.#settings).update('\0').update(svg).digest('hex');
  }

  /** The PNG under `key`, or undefined. Its time is set to now, so that pruning keeps what builds still use. */
  async get(key: string): Promise<Buffer | undefined> {
    const path = this.#path(key);
    try {
      const png = await readFile(path);
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
      return png;
    } catch {
      return undefined;
    }
  }

  async put(key: string, png: Uint8Array): Promise<void> {
    this.#ready ??= mkdir(this.#dir, { recursive: true });
    await this.#ready;
    const target = this.#path(key);
    const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    try {
      await writeFile(partial, png);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
  }

  #path(key: string): string {
    return join(this.#dir, `${key}.png`);
  }
}

/** Entries no build has used for this long are removed by pruneShareImageCache(). */
const UNUSED_DAYS = 30;

/**
 * Removes entries no build has read or written for 30 days (each use sets the file's time): the cache holds every
 * state a card has shown, and would otherwise grow with every change of a period's state. Returns how many.
 */
export async function pruneShareImageCache(dir: string, now = Date.now()): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const partial = /\.(\d+)\.[0-9a-z]*\.partial$/.exec(name);
    const modified = (await stat(path).catch(() => undefined))?.mtimeMs;
    if (modified === undefined) continue;
    // A half-written entry an hour old belongs to a build that was killed; a finished one is pruned when unused.
    const stale = partial ? now - modified > 3_600_000 : name.endsWith('.png') && now - modified > UNUSED_DAYS * 86_400_000;
    if (stale) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
