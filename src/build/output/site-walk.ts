// Walking and reading a built site for the output checks (the privacy scan, the verification): the site is cut
// into pieces two levels down, shared out to worker threads a batch at a time (synchronous file calls there beat
// the thread pool's round trips), and each file is read into one reused buffer, gzip-compressed files unpacked.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';

/** A piece of the site handed to one worker: a file, or a folder to walk whole. Paths are relative, with "/". */
export interface ScanUnit {
  path: string;
  folder: boolean;
}

/** Media and fonts: never text, never read. */
export const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'heic',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'wasm', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'pdf', 'zip',
]);

/** Units per message to a worker: large enough to amortise messaging, small enough to balance the load. */
const BATCH = 200;

/** The folders and files two levels down: enough pieces to share out (honorees/<id>/ gives one per page). */
export function topUnits(root: string): ScanUnit[] {
  const units: ScanUnit[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile()) units.push({ path: entry.name, folder: false });
    if (!entry.isDirectory()) continue;
    for (const inner of readdirSync(join(root, entry.name), { withFileTypes: true })) {
      const path = `${entry.name}/${inner.name}`;
      if (inner.isFile()) units.push({ path, folder: false });
      else if (inner.isDirectory()) units.push({ path, folder: true });
    }
  }
  return units;
}

/** Calls `visit` with every file's path (relative, with "/") under the units. */
export function walkUnits(root: string, units: readonly ScanUnit[], visit: (path: string) => void): void {
  const walk = (path: string, folder: boolean) => {
    if (!folder) {
      visit(path);
      return;
    }
    for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
      if (entry.isFile() || entry.isDirectory()) walk(`${path}/${entry.name}`, entry.isDirectory());
    }
  };
  for (const unit of units) walk(unit.path, unit.folder);
}

/**
 * Shares `units` out to `workers` threads running `script` (which answers each `{ root, units }` message with one
 * result), `BATCH` units at a time; `workerData` reaches every thread once.
 */
export async function onWorkers<R>(script: URL, root: string, units: readonly ScanUnit[], workers: number, workerData?: unknown): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData });
      const send = () => {
        if (next >= units.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ root, units: units.slice(next, (next += BATCH)) });
      };
      worker.on('message', (result: R) => {
        results.push(result);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(units.length / BATCH)) }, run));
  return results;
}

/** Reused between files: no stat and no allocation per file, which adds up over 150,000 of them. */
let scratch = Buffer.allocUnsafe(1 << 20);

/** A file's bytes (valid until the next read), unpacked when gzip-compressed (Pagefind's index files). */
export function readSiteFile(path: string): Buffer {
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (;;) {
      if (length === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
    }
  } finally {
    closeSync(fd);
  }
  const bytes = scratch.subarray(0, length);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

/** A file name's extension, lowercase ('' for none). */
export function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
}
