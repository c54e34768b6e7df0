// What lets the search index step keep the previous build's files: the keys it wrote (a digest of what each
// Pagefind bundle and the name index were made from), and hard links from the published site's folders into
// the new output. A link, not a copy: the files are immutable once written (nothing writes into a published
// bundle, and a bundle indexed again is written into an emptied folder), and the staging folder then costs no
// space; a copy only where the two folders lie on different file systems.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { BundleSummary } from '../../search/derive/search-bundles.ts';

/**
 * What a keys file says of a folder the build wrote: the key of what it was made from, and a digest of the
 * files that identify what it holds (filesDigest) — so that a folder is reused only when it is the very one
 * those keys describe, never a folder that some other build left beside a keys file.
 */
export interface KeptFolder {
  key: string;
  files: string;
}

/** The keys file (--keys-out, read back as --previous-keys by the next build). */
export interface SearchKeys {
  version: 2;
  /** Each bundle of records by name: its key (pagefind-bundle.ts bundleKey), its pagefind-entry.json's digest. */
  bundles: Record<string, KeptFolder>;
  /** The name index, when the build wrote one: its key, the digest of all its files. */
  names?: KeptFolder;
  /** What the records were made from (the dataset files' digests), and each bundle's summary in order: with the same inputs, all is kept. */
  inputs?: string;
  summaries?: BundleSummary[];
}

/** The previous build's keys; none when the file is absent or not a keys file (then nothing is reused). */
export async function readSearchKeys(file: string | undefined): Promise<SearchKeys | undefined> {
  if (!file || !existsSync(file)) return undefined;
  try {
    const keys = JSON.parse(await readFile(file, 'utf8')) as Partial<SearchKeys>;
    return keys.version === 2 && typeof keys.bundles === 'object' && keys.bundles !== null ? (keys as SearchKeys) : undefined;
  } catch {
    return undefined;
  }
}

/** A digest of `files` of `dir`, their paths and bytes; undefined when one is missing. */
export async function filesDigest(dir: string, files: readonly string[]): Promise<string | undefined> {
  const hash = createHash('sha256');
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    const bytes = await readFile(path);
    hash.update(`${file}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file under `dir`, relative, with "/", sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A digest of `parts` (source texts, JSON) in order. */
export function digest(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(part.length));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('hex');
}

/** Every file under `from`, linked at the same place under `to` (emptied first); the files, as filesUnder lists them. */
export async function linkFolder(from: string, to: string): Promise<string[]> {
  await rm(to, { recursive: true, force: true });
  const files = await filesUnder(from);
  for (const folder of new Set(files.map((file) => dirname(file)))) await mkdir(join(to, folder), { recursive: true });
  for (const file of files) await linkFile(join(from, file), join(to, file));
  return files;
}

async function linkFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
}
