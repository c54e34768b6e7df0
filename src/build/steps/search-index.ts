// Build step (child process): the Pagefind search index, one bundle per page type and slice (search-bundles.ts),
// in two phases that write into the same folder:
//   --dataset DIR --out DIR --summary FILE     honorees, projects and notices, from records made from the
//     [--names DIR]                            derived data (search-records.ts); runs while Astro renders;
//                                              --names also writes the name index (name-index.ts)
//   --site DIR --out DIR --records FILE        the other searchable pages (the about page) from their built
//                                              HTML, then /pagefind/bundles.json over both phases
// Bundles are written one after another, each by its own Pagefind service (pagefind-bundle.ts): the records
// phase shares the machine with Astro, and the other phase has a page or two.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDatasetPart } from '../../dataset/dataset.ts';
import {
  planBundles, RECORD_TYPES, searchManifest, searchTypeOf, summarise,
  type BundleSummary, type SearchBundle, type SearchEntry,
} from '../../search/derive/search-bundles.ts';
import { honoreeRecordEntries, noticeRecordEntries, projectRecordEntries } from '../../search/derive/search-records.ts';
import { pinyin } from 'pinyin-pro';
import { nameReadings } from '../../honorees/derive/honoree-name-forms.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { buildNameIndex } from '../../search/derive/name-index.ts';
import { writeBundle } from './pagefind-bundle.ts';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    site: { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
    records: { type: 'string' },
    /** With --dataset: also write the name index (name-index.ts) into this folder. */
    names: { type: 'string' },
    /** Internal: only make the records, a bundle a file, into this folder. */
    'make-records': { type: 'string' },
  },
});
const out = values.out;
if (!values['make-records'] && (!out || !((values.dataset && values.summary) || (values.site && values.records)))) {
  throw new Error('search-index: --out with either --dataset and --summary, or --site and --records');
}

const BODY_MARK = Buffer.from('data-pagefind-body');

/**
 * Built HTML files outside the folders of the types indexed from records and of Pagefind itself: those are
 * not even listed (at 100,000 honorees, walking every page's folder alone takes ~15 s here).
 */
async function candidateFiles(site: string, folder = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(site, folder), { withFileTypes: true })) {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (path !== 'pagefind' && !RECORD_TYPES.includes(searchTypeOf(`${path}/index.html`))) files.push(...(await candidateFiles(site, path)));
    } else if (entry.isFile() && entry.name.endsWith('.html')) {
      files.push(path);
    }
  }
  return files;
}

/** The candidates that mark their main content (data-pagefind-body). */
async function searchablePages(site: string): Promise<SearchEntry[]> {
  const pages: SearchEntry[] = [];
  for (const file of await candidateFiles(site)) {
    if ((await readFile(join(site, file))).indexOf(BODY_MARK) >= 0) pages.push({ type: searchTypeOf(file), order: 0, source: { file } });
  }
  return pages;
}

/**
 * The records, each large part of the dataset read only while its records are made, so that it can be let go
 * before the next (projects carry their 1,000,000 fund lines at scale).
 */
async function recordBundles(dataset: string, namesDir?: string): Promise<SearchBundle[]> {
  const [regions, notices] = await Promise.all([readDatasetPart(dataset, 'regions'), readDatasetPart(dataset, 'notices')]);
  const published = await readDatasetPart(dataset, 'honorees');
  // Each consenting name read once (pinyin-pro is the costly part), for its record and for the name index.
  const began = performance.now();
  const readings = new Map(published.flatMap((honoree) => (honoree.consent ? [[honoree.id, nameReadings(honoree.name)] as const] : [])));
  const readMs = performance.now() - began;
  if (namesDir) await writeNameIndex(published, readings, regions, namesDir, readMs);
  const honorees = honoreeRecordEntries(published, regions, readings);
  const projects = projectRecordEntries(await readDatasetPart(dataset, 'projects'), regions, notices);
  return planBundles([...honorees, ...projects, ...noticeRecordEntries(notices, regions)]);
}

async function writeNameIndex(honorees: readonly PublishedHonoree[], readings: ReadonlyMap<string, string[][]>, regions: readonly RegionNode[], dir: string, readMs: number): Promise<void> {
  const began = performance.now();
  const nodes = new Map(regions.map((region) => [region.code, region]));
  const { manifest, files } = buildNameIndex(
    honorees.map((honoree) => ({ honoree, readings: readings.get(honoree.id) ?? [] })),
    nodes,
    (name) => [pinyin(name, { toneType: 'none', type: 'array' })],
  );
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.json'), JSON.stringify(manifest));
  for (const [file, entries] of files) await writeFile(join(dir, file), JSON.stringify(entries));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  // Reading the names is shared with the records (their pinyin forms); the rest is the name index's own cost.
  process.stderr.write(`name index: ${manifest.people} people, ${manifest.places} places in ${files.size} files (names read ${seconds(readMs)}, index ${seconds(performance.now() - began)})\n`);
}

async function writeAll(bundles: SearchBundle[], site?: string): Promise<BundleSummary[]> {
  const summaries = bundles.map(summarise);
  // Each bundle's sources are let go once it is written.
  for (let next = bundles.shift(); next; next = bundles.shift()) await writeBundle(next, out as string, site);
  return summaries;
}

/**
 * The records phase: a child process reads the dataset and writes each bundle's records to a file, then ends
 * and gives its memory back (the dataset takes ~1 GB at scale); this process then reads and indexes one
 * bundle at a time, so that beside Astro it holds little more than Pagefind's own service.
 */
async function indexRecords(dataset: string, namesDir?: string): Promise<BundleSummary[]> {
  const folder = await mkdtemp(join(tmpdir(), 'yangguang-records-'));
  try {
    const args = [fileURLToPath(import.meta.url), '--dataset', dataset, '--make-records', folder, ...(namesDir ? ['--names', namesDir] : [])];
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
    if (code !== 0) throw new Error(`Making the search records failed (exit code ${code})`);
    const summaries = JSON.parse(await readFile(join(folder, 'bundles.json'), 'utf8')) as BundleSummary[];
    for (const summary of summaries) {
      const bundle = JSON.parse(await readFile(join(folder, `${summary.name}.json`), 'utf8')) as SearchBundle;
      await writeBundle(bundle, out as string);
    }
    return summaries;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (values.dataset && values['make-records']) {
  const folder = values['make-records'];
  const bundles = await recordBundles(values.dataset, values.names);
  for (const bundle of bundles) await writeFile(join(folder, `${bundle.name}.json`), JSON.stringify(bundle));
  await writeFile(join(folder, 'bundles.json'), JSON.stringify(bundles.map(summarise)));
} else if (out && values.dataset && values.summary) {
  await mkdir(out, { recursive: true });
  const summaries = await indexRecords(values.dataset, values.names);
  await writeFile(values.summary, JSON.stringify(summaries));
  process.stderr.write(`Pagefind indexed ${summaries.reduce((sum, bundle) => sum + bundle.pages, 0)} records in ${summaries.length} bundles\n`);
} else if (out && values.site && values.records) {
  await mkdir(out, { recursive: true });
  const summaries = await writeAll(planBundles(await searchablePages(values.site)), values.site);
  const fromRecords = JSON.parse(await readFile(values.records, 'utf8')) as BundleSummary[];
  await writeFile(join(out, 'bundles.json'), JSON.stringify(searchManifest([...fromRecords, ...summaries])));
  process.stderr.write(`Pagefind indexed ${summaries.reduce((sum, bundle) => sum + bundle.pages, 0)} built pages in ${summaries.length} bundles\n`);
}
