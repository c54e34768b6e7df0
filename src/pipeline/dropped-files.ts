// The files a publisher drops on the export checker page as the checks' source of files (check-export.ts): the
// browser's counterpart of the folder on disk (load.ts), answering exactly as a folder holding the same files would,
// so the page lists the problems the build would. Files are Blobs (File in the browser; Node has them too, for tests).
import type { ExportSource } from './check-export.ts';
import { CLUTTER, RELEASE_STORE_FOLDER, type FolderEntry } from './format-files.ts';
import { inspectPhotoBytes, PHOTO_CLUTTER, type PhotoFile, type PhotoFolder } from './photos.ts';

export interface DroppedFile {
  /** Where it stands in the export folder, with `/` separators: `honorees.csv`, `photos/ZQ-1.jpg`. */
  path: string;
  file: Blob;
}

/**
 * Paths as the browser gives them → paths in the export folder. A dropped or chosen folder comes with its own name
 * first (`2026-11导出/honorees.csv`): when every file is inside one folder, that folder is the export — unless it is
 * `photos`, dropped beside the tables.
 */
export function exportPaths(paths: readonly string[]): string[] {
  const clean = paths.map((path) => path.replaceAll('\\', '/').replace(/^\/+/, ''));
  const tops = new Set(clean.map((path) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : undefined)));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || top.toLowerCase() === 'photos') return clean;
  return clean.map((path) => path.slice(top.length + 1));
}

/** The dropped files as an export folder. */
export function droppedFilesSource(files: readonly DroppedFile[]): ExportSource {
  const byPath = new Map(files.map((dropped) => [dropped.path, dropped.file]));
  const paths = [...byPath.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    // What readdir gives: every name directly in the folder, files and folders alike.
    topLevel: async () => [...new Set(paths.map((path) => path.split('/')[0]!))],
    read: async (name) => {
      const file = byPath.get(name);
      if (!file) throw new Error(`${name} was not dropped`);
      return new Uint8Array(await file.arrayBuffer());
    },
    photos: () => photoFolder(paths, byPath),
    entries: async () => exportEntries(paths),
  };
}

/** As listExportFolder (load.ts): every file but clutter at any depth and the release store. */
function exportEntries(paths: readonly string[]): FolderEntry[] {
  return paths
    .filter((path) => {
      const parts = path.split('/');
      return !parts.some((part) => CLUTTER.test(part)) && !(parts.length > 1 && parts[0] === RELEASE_STORE_FOLDER);
    })
    .map((path) => ({ path, kind: 'file' as const }));
}

/** As readPhotoFolder (load.ts): the files directly in photos/, each what its bytes say it is. */
async function photoFolder(paths: readonly string[], byPath: ReadonlyMap<string, Blob>): Promise<PhotoFolder> {
  const photos = new Map<string, PhotoFile>();
  const unreadable = new Set<string>();
  const inFolder = paths.filter((path) => path.startsWith('photos/'));
  const names = inFolder.map((path) => path.slice('photos/'.length)).filter((name) => !name.includes('/') && !PHOTO_CLUTTER.test(name));
  for (const name of names) {
    const path = `photos/${name}`;
    const file = byPath.get(path)!;
    const info = await inspectPhotoBytes(file.size, async (length) => new Uint8Array(await file.slice(0, length).arrayBuffer()));
    if (info) photos.set(name, { path, ...info, bytes: file.size });
    else unreadable.add(name);
  }
  return { photos, unreadable, refused: new Set(), present: inFolder.length > 0 };
}
