// What lets the search index step keep the previous build's files: the keys it wrote (a digest of what each
// Pagefind bundle and the name index were made from), and hard links from the published site's folders into
// the new output. A link, not a copy: the files are immutable once written (nothing writes into a published
// bundle, and a bundle indexed again is written into an emptied folder), and the staging folder then costs no
// space; a copy only where the two folders lie on different file systems.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The keys file (--keys-out, read back as --previous-keys by the next build). */
export interface SearchKeys {
  version: 1;
  /** Each bundle of records by name → its key (pagefind-bundle.ts bundleKey). */
  bundles: Record<string, string>;
  /** The name index's key (nameIndexKey), when the build wrote one. */
  names?: string;
}

/** The previous build's keys; none when the file is absent or not a keys file (then nothing is reused). */
export async function readSearchKeys(file: string | undefined): Promise<SearchKeys | undefined> {
  if (!file || !existsSync(file)) return undefined;
  try {
    const keys = JSON.parse(await readFile(file, 'utf8')) as Partial<SearchKeys>;
    return keys.version === 1 && typeof keys.bundles === 'object' && keys.bundles !== null ? (keys as SearchKeys) : undefined;
  } catch {
    return undefined;
  }
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

/**
 * Every file under `from`, linked at the same place under `to` (emptied first); the files' paths relative to
 * `to`, with "/", sorted.
 */
export async function linkFolder(from: string, to: string): Promise<string[]> {
  await rm(to, { recursive: true, force: true });
  const linked: string[] = [];
  const walk = async (folder: string) => {
    await mkdir(join(to, folder), { recursive: true });
    for (const entry of await readdir(join(from, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(path);
      } else if (entry.isFile()) {
        await linkFile(join(from, path), join(to, path));
        linked.push(path);
      }
    }
  };
  await walk('');
  return linked.sort();
}

async function linkFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
  }
}
