// What the publisher gives the checker → the dropped files with their paths in the export folder: files and whole
// folders dropped on the page (walked through the browser's file-system entries), or chosen with a file input.
import { exportPaths, type DroppedFile } from '../../pipeline/dropped-files.ts';

/** Files chosen with an input: a folder input gives each file's path under the folder (webkitRelativePath). */
export function chosenFiles(list: FileList | readonly File[]): DroppedFile[] {
  const files = [...list];
  return withExportPaths(files.map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}

/** Files and folders dropped on the page, folders walked to every file in them. */
export async function droppedItems(transfer: DataTransfer): Promise<DroppedFile[]> {
  // Entries must be taken while the drop event runs; reading them may go on afterwards.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry === null)) return chosenFiles(transfer.files);
  const found: DroppedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, '', found);
  return withExportPaths(found);
}

async function walk(entry: FileSystemEntry, prefix: string, found: DroppedFile[]): Promise<void> {
  const path = `${prefix}${entry.name}`;
  if (isFile(entry)) {
    found.push({ path, file: await new Promise<File>((resolve, reject) => entry.file(resolve, reject)) });
  } else if (isDirectory(entry)) {
    for (const child of await readAll(entry.createReader())) await walk(child, `${path}/`, found);
  }
}

/** A folder reader gives its entries a batch at a time (100 in Chromium) until an empty batch. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

function withExportPaths(files: readonly DroppedFile[]): DroppedFile[] {
  const paths = exportPaths(files.map((dropped) => dropped.path));
  return files.map((dropped, index) => ({ path: paths[index]!, file: dropped.file }));
}

/** The files chosen so far with the new ones: a file given again (same path) replaces the earlier one. */
export function mergeFiles(current: readonly DroppedFile[], added: readonly DroppedFile[]): DroppedFile[] {
  const byPath = new Map(current.map((dropped) => [dropped.path, dropped]));
  for (const dropped of added) byPath.set(dropped.path, dropped);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
