// The PIPL gate over a built site: every text file (gzip-compressed Pagefind files included) scanned for personal numbers.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { holdsLookalikeNumber } from './lookalike-bytes.ts';
import { BINARY_EXTENSIONS, extension, onWorkers, readSiteFile, topUnits, walkUnits, type ScanUnit } from './site-walk.ts';
import { findPersonalData, personalDataProblem } from '../../pipeline/personal-data.ts';
import type { Problem } from '../../pipeline/report.ts';

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

/** Below this many units, starting workers costs more than it saves. */
const INLINE_LIMIT = 400;

export interface ScanOptions {
  /** Worker threads; defaults to the machine's cores (at most 4). 0 scans on this thread. */
  workers?: number;
  /**
   * Files not to scan (relative, with "/"): an incremental build's files hard-linked from the published site, whose
   * bytes the same code scanned when that site was built (the scan is a function of a file's bytes alone).
   */
  reused?: readonly string[];
}

/**
 * Scans every file under a built site folder; problems name the file relative to `dir`, with line
 * and column. A site has ~150,000 files, mostly one page per folder, so the walking, reading and
 * scanning are shared out to worker threads (synchronous file calls there beat the thread pool's
 * round trips), a batch of folders at a time.
 */
export async function scanOutput(dir: string, options: ScanOptions = {}): Promise<Problem[]> {
  const units = topUnits(dir);
  const reused = options.reused ?? [];
  const workers = options.workers ?? Math.min(availableParallelism(), 4);
  if (workers <= 0 || (options.workers === undefined && units.length < INLINE_LIMIT)) return sortByFile(scanUnits(dir, units, reused));

  const found = await onWorkers<Problem[]>(new URL('./privacy-scan-worker.ts', import.meta.url), dir, units, workers, reused);
  return sortByFile(found.flat());
}

export function scanUnits(root: string, units: readonly ScanUnit[], reused: readonly string[] = []): Problem[] {
  const skip = reusedSet(reused);
  const problems: Problem[] = [];
  walkUnits(root, units, (path) => {
    if (!BINARY_EXTENSIONS.has(extension(path)) && !skip.has(path)) problems.push(...scanFile(readSiteFile(join(root, path)), path));
  });
  return problems;
}

/** The set of reused files, made once per worker. */
let skipping: { reused: readonly string[]; set: ReadonlySet<string> } | undefined;
function reusedSet(reused: readonly string[]): ReadonlySet<string> {
  if (skipping?.reused !== reused) skipping = { reused, set: new Set(reused) };
  return skipping.set;
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

function sortByFile(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
