// The export folder on disk → validated, typed data and every problem found (check-export.ts does the work; this is
// its source of files for the build and publish: the folder read with Node, links listed but never followed).
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkExport, type ExportSource, type LoadOptions, type LoadResult } from './check-export.ts';
import { CLUTTER, RELEASE_STORE_FOLDER, type FolderEntry } from './format-files.ts';
import { inspectPhotoBytes, PHOTO_CLUTTER, type PhotoFile, type PhotoFolder } from './photos.ts';

export { checkExport, type ExportData, type ExportSource, type LoadOptions, type LoadResult } from './check-export.ts';
export type { Boundaries, BoundaryFeature, BoundaryProperties, PhotoFile } from './check-export.ts';

export function loadExport(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return checkExport(folderSource(dir), dir, options);
}

/** An export folder on disk as the checks' source of files. */
export function folderSource(dir: string): ExportSource {
  return {
    topLevel: () => readdir(dir).catch(() => undefined),
    read: (name) => readFile(join(dir, name)),
    photos: () => readPhotoFolder(dir),
    entries: () => listExportFolder(dir),
  };
}

/**
 * Everything in an export folder but folders themselves, the release store and clutter, sorted by path: what a
 * publisher left there, whether the format has a use for it or not.
 */
export async function listExportFolder(dir: string): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (CLUTTER.test(entry.name)) continue;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (prefix === '' && entry.name === RELEASE_STORE_FOLDER) continue;
        await walk(join(folder, entry.name), `${path}/`);
      } else {
        entries.push({ path, kind: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other' });
      }
    }
  };
  await walk(dir, '');
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const CONCURRENCY = 16;

export async function readPhotoFolder(exportDir: string): Promise<PhotoFolder> {
  const folder = join(exportDir, 'photos');
  const photos = new Map<string, PhotoFile>();
  const unreadable = new Set<string>();
  const refused = new Set<string>();
  let names: string[];
  try {
    const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !PHOTO_CLUTTER.test(entry.name));
    names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    // A link could point anywhere on the machine (a key, another person's photo): it is not opened.
    for (const entry of entries) if (!entry.isFile() && !entry.isDirectory()) refused.add(entry.name);
  } catch {
    return { photos, unreadable, present: false };
  }
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const path = join(folder, name);
      const photo = await inspectPhoto(path);
      if (photo) photos.set(name, photo);
      else unreadable.add(name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return { photos: new Map([...photos].sort(([a], [b]) => (a < b ? -1 : 1))), unreadable, refused, present: true };
}

async function inspectPhoto(path: string): Promise<PhotoFile | undefined> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const info = await inspectPhotoBytes(size, async (length) => {
      const bytes = new Uint8Array(length);
      await handle.read(bytes, 0, length, 0);
      return bytes;
    });
    return info ? { path, ...info, bytes: size } : undefined;
  } finally {
    await handle.close();
  }
}
