// Build step (child process): the Pagefind search index, one bundle per page type and slice (search-bundles.ts),
// in two phases that write into the same folder:
//   --dataset DIR --out DIR --summary FILE     honorees and projects, from records made from the derived data
//                                              (search-records.ts); runs while Astro renders the pages
//   --site DIR --out DIR --records FILE        the other searchable pages (notices, about) from their built
//                                              HTML, then /pagefind/bundles.json over both phases
// Workers (search-bundle.ts) write bundles side by side, each bundle with its own Pagefind service.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDatasetPart } from '../pipeline/derive/dataset.ts';
import {
  dealBundles, planBundles, RECORD_TYPES, searchManifest, searchTypeOf, summarise,
  type BundleSummary, type SearchBundle, type SearchEntry,
} from '../pipeline/derive/search-bundles.ts';
import { searchRecordEntries } from '../pipeline/derive/search-records.ts';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    site: { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
    records: { type: 'string' },
    workers: { type: 'string' },
  },
});
const out = values.out;
if (!out || !((values.dataset && values.summary) || (values.site && values.records))) {
  throw new Error('search-index: --out with either --dataset and --summary, or --site and --records');
}
const worker = fileURLToPath(new URL('search-bundle.ts', import.meta.url));
/** Each bundle may take ~1 GB while Pagefind writes it: two at a time at most. */
const workers = Math.max(1, Math.min(Number(values.workers ?? 2) || 1, availableParallelism()));

const BODY_MARK = Buffer.from('data-pagefind-body');

/** Built pages that mark their main content (data-pagefind-body), outside the types indexed from records (skipped unread). */
async function searchablePages(site: string): Promise<SearchEntry[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .filter((file) => !file.startsWith('pagefind/') && !RECORD_TYPES.includes(searchTypeOf(file)));
  const pages: SearchEntry[] = [];
  for (const file of files) {
    const bytes = await readFile(join(site, file));
    if (bytes.indexOf(BODY_MARK) >= 0) pages.push({ type: searchTypeOf(file), order: 0, source: { file } });
  }
  return pages;
}

async function recordEntries(dataset: string): Promise<SearchEntry[]> {
  const [honorees, projects, regions, notices] = await Promise.all([
    readDatasetPart(dataset, 'honorees'), readDatasetPart(dataset, 'projects'), readDatasetPart(dataset, 'regions'), readDatasetPart(dataset, 'notices'),
  ]);
  return searchRecordEntries({ honorees, projects, regions, notices });
}

function runWorker(bundlesFile: string, outDir: string): Promise<number> {
  const child = spawn(process.execPath, [worker, '--bundles', bundlesFile, '--out', outDir, ...(values.site ? ['--site', values.site] : [])], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => {
    child.on('error', () => resolve(127));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Writes the bundles with the workers; each worker gets its share as a file. */
async function writeBundles(bundles: SearchBundle[], outDir: string): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'yangguang-search-'));
  try {
    const shares = dealBundles(bundles, workers);
    // Written before any worker starts, and then let go: a worker reads only its own share.
    const files = await Promise.all(shares.map(async (share, position) => {
      const file = join(scratch, `bundles-${position}.json`);
      await writeFile(file, JSON.stringify(share));
      return file;
    }));
    shares.length = 0;
    const exits = await Promise.all(files.map((file) => runWorker(file, outDir)));
    if (exits.some((code) => code !== 0)) throw new Error(`A Pagefind worker failed (exit codes ${exits.join(', ')})`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await mkdir(out, { recursive: true });
if (values.dataset && values.summary) {
  const bundles = planBundles(await recordEntries(values.dataset));
  const summaries = bundles.map(summarise);
  await writeBundles(bundles, out);
  await writeFile(values.summary, JSON.stringify(summaries));
  process.stderr.write(`Pagefind indexed ${summaries.reduce((sum, bundle) => sum + bundle.pages, 0)} records in ${summaries.length} bundles\n`);
} else if (values.site && values.records) {
  const bundles = planBundles(await searchablePages(values.site));
  await writeBundles(bundles, out);
  const fromRecords = JSON.parse(await readFile(values.records, 'utf8')) as BundleSummary[];
  await writeFile(join(out, 'bundles.json'), JSON.stringify(searchManifest([...fromRecords, ...bundles.map(summarise)])));
  process.stderr.write(`Pagefind indexed ${bundles.reduce((sum, bundle) => sum + bundle.sources.length, 0)} built pages in ${bundles.length} bundles\n`);
}
