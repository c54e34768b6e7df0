// Build step (child process): index the built pages' main content (data-pagefind-body) with Pagefind, one
// bundle per page type and slice (see search-bundles.ts), then write /pagefind/bundles.json for the search
// page. Two workers (search-bundle.ts) write the bundles side by side — two bundles of 4,000 profiles took
// 27 s instead of 38 s on two cores — and memory stays that of two bundles (~1 GB each at 6,000 profiles).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dealBundles, planBundles, searchManifest, searchTypeOf, type SearchablePage } from '../pipeline/derive/search-bundles.ts';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) throw new Error('search-index: --site is required');
const site = values.site;
const output = join(site, 'pagefind');
const worker = fileURLToPath(new URL('search-bundle.ts', import.meta.url));
/** Two bundles at a time at most: each may take ~1 GB while Pagefind writes it. */
const WORKERS = Math.min(2, availableParallelism());

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

const BODY_MARK = Buffer.from('data-pagefind-body');
const ORDER_MARK = Buffer.from('data-yangguang-order="');
/** Files read at once while looking for searchable pages. */
const READING = 16;

/**
 * Pages that mark their main content; honoree profiles carry their list position (data-yangguang-order).
 * Searched as bytes, never decoded: at 100,000 profiles this pass reads gigabytes.
 */
async function searchablePages(files: readonly string[]): Promise<SearchablePage[]> {
  const pages: (SearchablePage | undefined)[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const position = next++;
      const file = files[position] ?? '';
      const bytes = await readFile(join(site, file));
      if (bytes.indexOf(BODY_MARK) < 0) continue;
      const at = bytes.indexOf(ORDER_MARK);
      const order = at < 0 ? 0 : Number.parseInt(bytes.subarray(at + ORDER_MARK.length, at + ORDER_MARK.length + 12).toString('latin1'), 10);
      pages[position] = { file, type: searchTypeOf(file), order: Number.isFinite(order) ? order : 0 };
    }
  };
  await Promise.all(Array.from({ length: READING }, reader));
  return pages.filter((page): page is SearchablePage => page !== undefined);
}

function runWorker(bundlesFile: string): Promise<number> {
  const child = spawn(process.execPath, [worker, '--site', site, '--bundles', bundlesFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve) => {
    child.on('error', () => resolve(127));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

await rm(output, { recursive: true, force: true });
const pages = await searchablePages(await htmlFiles(site));
const bundles = planBundles(pages);
const scratch = await mkdtemp(join(tmpdir(), 'yangguang-search-'));
try {
  const exits = await Promise.all(
    dealBundles(bundles, WORKERS).map(async (share, position) => {
      const file = join(scratch, `bundles-${position}.json`);
      await writeFile(file, JSON.stringify(share));
      return runWorker(file);
    }),
  );
  if (exits.some((code) => code !== 0)) throw new Error(`A Pagefind worker failed (exit codes ${exits.join(', ')})`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
await writeFile(join(output, 'bundles.json'), JSON.stringify(searchManifest(bundles)));
process.stderr.write(`Pagefind indexed ${pages.length} pages in ${bundles.length} bundles\n`);
