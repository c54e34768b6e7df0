// The PIPL gate over a built site: every text file (gzip-compressed Pagefind files included) scanned for personal numbers.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { findPersonalData, personalDataProblem } from './personal-data.ts';
import type { Problem } from './report.ts';

const gunzipAsync = promisify(gunzip);

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

/** Files read at once: enough to keep the disk and zlib's thread pool busy while the scan runs. */
const CONCURRENCY = 16;

/** Scans every file under a built site folder; problems name the file relative to `dir`, with line and column. */
export async function scanOutput(dir: string): Promise<Problem[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !BINARY_EXTENSIONS.has(extension(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const found: Problem[][] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const path = files[index]!;
      found[index] = scanFile(await readContent(path), relative(dir, path).split(sep).join('/'));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return found.flat();
}

async function readContent(path: string): Promise<Buffer> {
  const bytes = await readFile(path);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipAsync(bytes) : bytes;
}

/** Scans one file's bytes as UTF-8 (stray binary bytes in Pagefind's indexes become U+FFFD and cannot form digits). */
export function scanFile(bytes: Buffer, file: string): Problem[] {
  if (BINARY_MAGIC.some((magic) => magic.every((byte, i) => bytes[i] === byte))) return [];
  const text = bytes.toString('utf8');
  const hits = findPersonalData(text);
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

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}
