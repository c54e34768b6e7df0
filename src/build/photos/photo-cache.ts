// Re-encoded photos kept between builds (.yangguang/photo-cache/), keyed by the source file's content and the
// encoder's settings: a rebuild decodes only new or changed photos. An entry is a folder (entry.json and one JPEG
// per width) written beside and renamed into place, so a killed build or two builds at once never leave half of
// one. Nothing in it is published as such: the photo step copies what a page uses. Deleting the folder is safe
// between builds; it only costs the next build the encoding.
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EncodedVariant } from './encode-photo.ts';

export interface CachedVariant {
  width: number;
  height: number;
  /** The JPEG's path in the cache. */
  path: string;
}

interface EntryFile {
  variants: { width: number; height: number }[];
}

export class PhotoCache {
  readonly #dir: string;
  readonly #settings: string;

  /** `settings`: what decides the output besides the source (the encoder's ENCODER_SETTINGS). */
  constructor(dir: string, settings: string) {
    this.#dir = dir;
    this.#settings = settings;
  }

  /** The entry's key: a SHA-256 of the settings and the source file's bytes. */
  key(source: Uint8Array): string {
    return createHash('sha256').update(this.#settings).update('\0').update(source).digest('hex');
  }

  /** The entry under `key`, or undefined when there is none; one that cannot be read whole is removed, to be written again. */
  async get(key: string): Promise<CachedVariant[] | undefined> {
    try {
      const entry = JSON.parse(await readFile(join(this.#dir, key, 'entry.json'), 'utf8')) as EntryFile;
      const variants = this.#located(key, entry);
      if (variants.length === 0) throw new Error(`photo cache entry ${key} lists no files`);
      await Promise.all(variants.map((variant) => access(variant.path)));
      return variants;
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path?.endsWith('entry.json');
      if (!missing) await rm(join(this.#dir, key), { recursive: true, force: true });
      return undefined;
    }
  }

  /** Stores the encoded variants under `key` and returns them as cached. */
  async put(key: string, variants: readonly EncodedVariant[]): Promise<CachedVariant[]> {
    const entry: EntryFile = { variants: variants.map(({ width, height }) => ({ width, height })) };
    const staging = join(this.#dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`);
    await mkdir(staging, { recursive: true });
    try {
      await Promise.all(variants.map((variant) => writeFile(join(staging, variantFile(variant.width)), variant.jpeg)));
      await writeFile(join(staging, 'entry.json'), JSON.stringify(entry));
      await rename(staging, join(this.#dir, key));
    } catch (error) {
      // Another build stored the same entry first (the rename finds a folder that is not empty): theirs is as good.
      if (!isTaken(error)) throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return this.#located(key, entry);
  }

  /** Removes the half-written entries of builds that were killed while writing them. */
  async removeAbandoned(): Promise<void> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = /^[0-9a-f]{64}\.(\d+)\.[0-9a-z]*\.partial$/.exec(name)?.[1];
      if (pid !== undefined && !isRunning(Number(pid))) await rm(join(this.#dir, name), { recursive: true, force: true });
    }
  }

  #located(key: string, entry: EntryFile): CachedVariant[] {
    return entry.variants.map(({ width, height }) => ({ width, height, path: join(this.#dir, key, variantFile(width)) }));
  }
}

const variantFile = (width: number) => `w${width}.jpg`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isTaken(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOTEMPTY' || code === 'EEXIST';
}
