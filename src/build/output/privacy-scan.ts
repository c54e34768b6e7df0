// The PIPL gate over a built site: every text file (gzip-compressed Pagefind files included) scanned for personal numbers.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { holdsLookalikeNumber } from './lookalike-bytes.ts';
import { findPersonalData, personalDataProblem } from '../../pipeline/personal-data.ts';
import type { Problem } from '../../pipeline/report.ts';

/** Media and fonts: never text, never read. */
const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'heic',
  'woff', 'woff2', 'ttf', 'otf', 'eot', 'wasm', 'mp3', 'mp4', 'webm', 'ogg', 'wav', 'pdf', 'zip',
]);

/** Magic numbers of files that slipped past the extension test (or were gzip-wrapped, like Pagefind's wasm). */
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x77, 0x4f, 0x46, 0x46], // WOFF
  [0x77, 0x4f, 0x46, 0x32], // WOFF2
  [0x00, 0x01, 0x00, 0x00], // TrueType
  [0x4f, 0x54, 0x54, 0x4f], // OpenType
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP
];

/** A piece of the site handed to one scanner: a file, or a folder to walk whole. Paths are relative, with "/". */
export interface ScanUnit {
  path: string;
  folder: boolean;
}

/** Units per message to a worker: large enough to amortise messaging, small enough to balance the load. */
const BATCH = 200;
/** Below this many units, starting workers costs more than it saves. */
const INLINE_LIMIT = 400;

export interface ScanOptions {
  /** Worker threads; defaults to the machine's cores (at most 4). 0 scans on this thread. */
  workers?: number;
}

/**
 * Scans every file under a built site folder; problems name the file relative to `dir`, with line
 * and column. A site has ~150,000 files, mostly one page per folder, so the walking, reading and
 * scanning are shared out to worker threads (synchronous file calls there beat the thread pool's
 * round trips), a batch of folders at a time.
 */
export async function scanOutput(dir: string, options: ScanOptions = {}): Promise<Problem[]> {
  const units = topUnits(dir);
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), 4), Math.ceil(units.length / BATCH));
  if (workers <= 0 || (options.workers === undefined && units.length < INLINE_LIMIT)) return sortByFile(scanUnits(dir, units));

  const found: Problem[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./privacy-scan-worker.ts', import.meta.url));
      const send = () => {
        if (next >= units.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ root: dir, units: units.slice(next, (next += BATCH)) });
      };
      worker.on('message', (problems: Problem[]) => {
        found.push(...problems);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: workers }, run));
  return sortByFile(found);
}

/** The folders and files two levels down: enough pieces to share out (honorees/<id>/ gives one per page). */
function topUnits(root: string): ScanUnit[] {
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

export function scanUnits(root: string, units: readonly ScanUnit[]): Problem[] {
  const problems: Problem[] = [];
  const visit = (path: string, folder: boolean) => {
    if (folder) {
      for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
        if (entry.isFile() || entry.isDirectory()) visit(`${path}/${entry.name}`, entry.isDirectory());
      }
    } else if (!BINARY_EXTENSIONS.has(extension(path))) {
      problems.push(...scanFile(readContent(join(root, path)), path));
    }
  };
  for (const unit of units) visit(unit.path, unit.folder);
  return problems;
}

/** Reused between files: no stat and no allocation per file, which adds up over 150,000 of them. */
let scratch = Buffer.allocUnsafe(1 << 20);

function readContent(path: string): Buffer {
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

/**
 * Scans one file's bytes as UTF-8 (stray binary bytes in Pagefind's indexes become U+FFFD and cannot form digits).
 * Most files are first read as Latin-1, one byte a character, which is several times cheaper than decoding
 * UTF-8 into two-byte strings: the numbers looked for are ASCII digits and separators, single bytes in UTF-8,
 * and no byte of a multi-byte character is an ASCII digit, letter or separator, so a file where no look-alike
 * character (full-width digit, no-break or ideographic space, dash, zero-width character, …) could be part of
 * a number has exactly the same numbers either way. Only a file with a hit or such a look-alike is decoded.
 */
export function scanFile(bytes: Buffer, file: string): Problem[] {
  if (BINARY_MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) return [];
  const script = SCRIPT_EXTENSIONS.has(extension(file));
  const found = (text: string) => findPersonalData(text).filter((hit) => !(script && isNumericLiteral(text, hit.index, hit.length)));
  const bytewise = bytes.toString('latin1');
  if (!holdsLookalikeNumber(bytewise) && found(bytewise).length === 0) return [];
  const text = bytes.toString('utf8');
  const hits = found(text);
  if (hits.length === 0) return [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  return hits.map((hit) => {
    for (; at < hit.index; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    return personalDataProblem(hit, { file, line, column: hit.index - lineStart + 1 });
  });
}

/** Files where a bare number is a value the build computed, not text someone typed. */
const SCRIPT_EXTENSIONS = new Set(['json', 'js', 'mjs', 'webmanifest']);

/**
 * A bare numeric literal in JSON or a script ([3, 13456789012], "total":13456789012) is a figure
 * the build computed: totals in fen reach eleven digits at county level and would read as mobile
 * numbers. Text from the export always arrives inside quotes (and every export cell was scanned
 * before the build), so a number typed by a person is still found.
 */
function isNumericLiteral(text: string, index: number, length: number): boolean {
  const before = /[[,:(=]\s*$/.test(text.slice(Math.max(0, index - 8), index));
  const after = /^\s*[,\]});]/.test(text.slice(index + length, index + length + 8));
  return before && after;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
}

function sortByFile(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
