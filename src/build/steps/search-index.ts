// Build step (child process): the Pagefind search index, one bundle per page type, split by year and hash
// where large (search-bundles.ts), in two phases whose bundles make up /pagefind/ together:
//   --dataset DIR --out DIR --summary FILE     honorees, projects and notices, from records made from the
//     [--names DIR]                            derived data (search-records.ts); runs while Astro renders;
//                                              --names also writes the name index (name-index.ts); both
//                                              folders are this phase's alone (emptied first)
//     [--previous DIR]                         the published site's pagefind/ folder,
//     [--previous-names DIR]                   its search/names/ folder,
//     [--previous-keys FILE]                   and the keys the build that wrote them left (may be absent):
//                                              a bundle, or the name index, whose key is unchanged and whose
//                                              files are there is linked from there instead of written
//     [--keys-out FILE]                        this build's keys, for the next build
//     [--reused-out FILE]                      the files under --out linked rather than written (JSON array,
//     [--names-reused-out FILE]                relative, "/"), and the same under --names: already scanned
//     [--slice-pages N]                        for tests: bundles of at most N pages (SLICE_PAGES)
//                                              when the dataset files the records are made from are those the
//                                              previous keys name, every bundle and the name index are linked
//                                              without making a record (the nightly refresh)
//   --site DIR --out DIR --records FILE        the other searchable pages (the about page) from their built
//                                              HTML, then /pagefind/bundles.json over both phases
// Bundles are written one after another, each by its own Pagefind service (pagefind-bundle.ts): the records
// phase shares the machine with Astro, and the other phase has a page or two.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDatasetPart } from '../../dataset/dataset.ts';
import {
  planBundles, RECORD_TYPES, searchManifest, searchTypeOf, SLICE_PAGES, summarise,
  type BundleSummary, type SearchBundle, type SearchEntry,
} from '../../search/derive/search-bundles.ts';
import { honoreeRecordEntries, noticeRecordEntries, projectRecordEntries } from '../../search/derive/search-records.ts';
import { pinyin } from 'pinyin-pro';
import { nameReadings } from '../../honorees/derive/honoree-name-forms.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { nameIndexFrom, nameIndexInputs } from '../../search/derive/name-index.ts';
import { bundleKey, writeBundle } from './pagefind-bundle.ts';
import { fileDigest } from '../incremental/fingerprints.ts';
import { digest, filesDigest, filesUnder, linkFolder, readSearchKeys, type KeptFolder, type SearchKeys } from './search-reuse.ts';

const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    site: { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
    records: { type: 'string' },
    /** With --dataset: also write the name index (name-index.ts) into this folder. */
    names: { type: 'string' },
    previous: { type: 'string' },
    'previous-names': { type: 'string' },
    'previous-keys': { type: 'string' },
    'keys-out': { type: 'string' },
    'reused-out': { type: 'string' },
    'names-reused-out': { type: 'string' },
    /** For tests: bundles of at most this many pages instead of SLICE_PAGES, to split a small export. */
    'slice-pages': { type: 'string' },
    /** Internal: only make the records, a bundle a file, into this folder (and link what is reused). */
    'make-records': { type: 'string' },
  },
});
const out = values.out;
function slicePages(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  const pages = Number(option);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`search-index: --slice-pages must be a whole number of pages, not ${option}`);
  return pages;
}
if (!out || !((values.dataset && (values.summary || values['make-records'])) || (values.site && values.records))) {
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

/** A bundle of records or the name index as planned: its key, and the files linked from the previous build when it is reused. */
interface Planned {
  key: string;
  /** The digest of the files that identify the folder (KeptFolder), once it is written or linked. */
  files?: string | undefined;
  /** Files linked from the previous build (relative to the folder), or null: to be written. */
  reused: string[] | null;
}

/** A bundle's records are in <name>.json when it is to be indexed. */
type PlannedBundle = Planned & BundleSummary;

interface RecordsPlan {
  bundles: PlannedBundle[];
  names?: Planned;
  /** What the records were made from (recordsInputs), kept in the keys for the next build. */
  inputs?: string;
}

interface Previous {
  keys: SearchKeys | undefined;
  pagefind: string | undefined;
  names: string | undefined;
}

/** The files that identify a bundle: its entry names its metadata file by a digest of it, which names all the others. */
const BUNDLE_IDENTITY = async () => ['pagefind-entry.json'];
/** The name index has no such file: all of its files. */
const NAME_INDEX_IDENTITY = filesUnder;

/**
 * The previous build's files for a bundle or the name index, linked into `to`, when its key is the one the
 * previous build wrote and its folder is the one it wrote (the digest of `identity`'s files); otherwise, or
 * when linking fails half-way, nothing (it is written afresh).
 */
async function reuse(key: string, kept: KeptFolder | undefined, from: string | undefined, identity: (dir: string) => Promise<string[]>, to: string): Promise<Planned> {
  const written: Planned = { key, reused: null };
  if (!kept || key !== kept.key || !from || !existsSync(from)) return written;
  if ((await filesDigest(from, await identity(from))) !== kept.files) {
    process.stderr.write(`search index: ${from} is not the folder the previous keys describe; writing it again\n`);
    return written;
  }
  try {
    return { key, files: kept.files, reused: await linkFolder(from, to) };
  } catch (error) {
    process.stderr.write(`search index: could not link ${from} (${(error as Error).message}); writing it again\n`);
    await rm(to, { recursive: true, force: true });
    return written;
  }
}

/**
 * The records phase's first half, in a child process: reads the dataset, each large part only while its
 * records are made, so that it can be let go before the next (projects carry their 1,000,000 fund lines at
 * scale); writes or links the name index; plans the bundles, links each one whose key is unchanged, and writes
 * the records of the others, a bundle a file, into `folder` with plan.json.
 */
async function planRecords(dataset: string, folder: string, outDir: string, previous: Previous, namesDir?: string, slicePages = SLICE_PAGES): Promise<void> {
  const inputs = recordsInputs(dataset, slicePages, namesDir !== undefined);
  const kept = await reuseEverything(previous, inputs, outDir, namesDir);
  if (kept) {
    process.stderr.write(`search index: the honorees, projects, notices and places are the previous build's: ${kept.bundles.length} bundles and the name index kept as they are\n`);
    await writeFile(join(folder, 'plan.json'), JSON.stringify(kept));
    return;
  }
  const [regions, notices] = await Promise.all([readDatasetPart(dataset, 'regions'), readDatasetPart(dataset, 'notices')]);
  const published = await readDatasetPart(dataset, 'honorees');
  // Each consenting name read once (pinyin-pro: ~0.9 s at 100,000 honorees), for its record and for the name index.
  const began = performance.now();
  const readings = new Map(published.flatMap((honoree) => (honoree.consent ? [[honoree.id, nameReadings(honoree.name)] as const] : [])));
  const readMs = performance.now() - began;
  const plan: RecordsPlan = { bundles: [], inputs };
  if (namesDir) plan.names = await writeNameIndex(published, readings, regions, namesDir, previous, readMs);
  const honorees = honoreeRecordEntries(published, regions, readings);
  const projects = projectRecordEntries(await readDatasetPart(dataset, 'projects'), regions, notices);
  for (const bundle of planBundles([...honorees, ...projects, ...noticeRecordEntries(notices, regions)], slicePages)) {
    const from = previous.pagefind && join(previous.pagefind, bundle.name);
    const planned = await reuse(bundleKey(bundle), previous.keys?.bundles[bundle.name], from, BUNDLE_IDENTITY, join(outDir, bundle.name));
    if (!planned.reused) await writeFile(join(folder, `${bundle.name}.json`), JSON.stringify(bundle));
    plan.bundles.push({ ...summarise(bundle), ...planned });
  }
  await writeFile(join(folder, 'plan.json'), JSON.stringify(plan));
}

/** The dataset files the records and the name index are made from. */
const RECORD_SOURCES = ['honorees.json', 'projects.json', 'notices.json', 'regions.json'] as const;

/**
 * A digest of what the records are made from: those files' bytes and how bundles are cut. The code is not in it: the
 * previous build's keys are used only when the code is the same (src/build/build-site.ts).
 */
function recordsInputs(dataset: string, slicePages: number, names: boolean): string {
  return digest([...RECORD_SOURCES.map((file) => `${file} ${fileDigest(join(dataset, file))}`), `slice ${slicePages}`, `names ${names}`]);
}

/**
 * Every bundle and the name index linked from the previous build, when what they are made from is what it was made
 * from and each folder is the one its keys describe; otherwise nothing (what was linked is emptied again, and the
 * records are made).
 */
async function reuseEverything(previous: Previous, inputs: string, outDir: string, namesDir: string | undefined): Promise<RecordsPlan | undefined> {
  const { keys, pagefind } = previous;
  if (!keys?.inputs || keys.inputs !== inputs || !keys.summaries || !pagefind || (namesDir && !keys.names)) return undefined;
  const plan: RecordsPlan = { bundles: [], inputs };
  const undo = async () => {
    for (const bundle of plan.bundles) await rm(join(outDir, bundle.name), { recursive: true, force: true });
    if (namesDir) await rm(namesDir, { recursive: true, force: true });
    return undefined;
  };
  for (const summary of keys.summaries) {
    const kept = keys.bundles[summary.name];
    if (!kept) return undo();
    const planned = await reuse(kept.key, kept, join(pagefind, summary.name), BUNDLE_IDENTITY, join(outDir, summary.name));
    if (!planned.reused) return undo();
    plan.bundles.push({ ...summary, ...planned });
  }
  if (namesDir && keys.names) {
    const names = await reuse(keys.names.key, keys.names, previous.names, NAME_INDEX_IDENTITY, namesDir);
    if (!names.reused) return undo();
    plan.names = names;
  }
  return plan;
}

/** The code the name index is made by: part of its key, so that a change to it writes the index again. */
const NAME_INDEX_CODE = ['../../search/derive/name-index.ts', '../../search/name-keys.ts'].map((path) => new URL(path, import.meta.url));

/**
 * The name index into `dir`: linked from the previous build's when what it is made from (nameIndexInputs: the
 * people, their readings, the places) and the code that makes it are unchanged, else written.
 */
async function writeNameIndex(
  honorees: readonly PublishedHonoree[], readings: ReadonlyMap<string, string[][]>, regions: readonly RegionNode[],
  dir: string, previous: Previous, readMs: number,
): Promise<Planned> {
  const began = performance.now();
  const nodes = new Map(regions.map((region) => [region.code, region]));
  const inputs = nameIndexInputs(
    honorees.map((honoree) => ({ honoree, readings: readings.get(honoree.id) ?? [] })),
    nodes,
    (name) => [pinyin(name, { toneType: 'none', type: 'array' })],
  );
  const key = digest([...(await Promise.all(NAME_INDEX_CODE.map((url) => readFile(url, 'utf8')))), JSON.stringify(inputs)]);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const planned = await reuse(key, previous.keys?.names, previous.names, NAME_INDEX_IDENTITY, dir);
  if (planned.reused) {
    process.stderr.write(`name index: unchanged, ${planned.reused.length} files kept (names read ${seconds(readMs)}, compared ${seconds(performance.now() - began)})\n`);
    return planned;
  }
  const { manifest, files } = nameIndexFrom(inputs);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.json'), JSON.stringify(manifest));
  for (const [file, entries] of files) await writeFile(join(dir, file), JSON.stringify(entries));
  // Reading the names is shared with the records (their pinyin forms); the rest is the name index's own cost.
  process.stderr.write(`name index: ${manifest.people} people, ${manifest.places} places in ${files.size} files (names read ${seconds(readMs)}, index ${seconds(performance.now() - began)})\n`);
  return { key, files: await filesDigest(dir, await NAME_INDEX_IDENTITY(dir)), reused: null };
}

async function writeAll(bundles: SearchBundle[], site?: string): Promise<BundleSummary[]> {
  const summaries = bundles.map(summarise);
  // Each bundle's sources are let go once it is written.
  for (let next = bundles.shift(); next; next = bundles.shift()) await writeBundle(next, out as string, site);
  return summaries;
}

/**
 * The records phase: a child process plans the bundles (planRecords) and ends, giving its memory back (the
 * dataset takes ~1 GB at scale); this process then indexes the bundles to be written, one at a time, so that
 * beside Astro it holds little more than Pagefind's own service.
 */
async function indexRecords(dataset: string, outDir: string, namesDir?: string): Promise<RecordsPlan> {
  const folder = await mkdtemp(join(tmpdir(), 'yangguang-records-'));
  try {
    const pass = (option: 'previous' | 'previous-names' | 'previous-keys' | 'slice-pages') => (values[option] ? [`--${option}`, values[option]] : []);
    const args = [
      fileURLToPath(import.meta.url), '--dataset', dataset, '--out', outDir, '--make-records', folder,
      ...(namesDir ? ['--names', namesDir] : []), ...pass('previous'), ...pass('previous-names'), ...pass('previous-keys'), ...pass('slice-pages'),
    ];
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
    if (code !== 0) throw new Error(`Making the search records failed (exit code ${code})`);
    const plan = JSON.parse(await readFile(join(folder, 'plan.json'), 'utf8')) as RecordsPlan;
    for (const planned of plan.bundles) {
      if (planned.reused) continue;
      const bundle = JSON.parse(await readFile(join(folder, `${planned.name}.json`), 'utf8')) as SearchBundle;
      await writeBundle(bundle, outDir);
      planned.files = await filesDigest(join(outDir, planned.name), await BUNDLE_IDENTITY());
    }
    return plan;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (values.dataset && values['make-records']) {
  await planRecords(values.dataset, values['make-records'], out, {
    keys: await readSearchKeys(values['previous-keys']),
    pagefind: values.previous,
    names: values['previous-names'],
  }, values.names, slicePages(values['slice-pages']));
} else if (values.dataset && values.summary) {
  // The folder is this phase's alone: emptied, so that no bundle of an earlier run is left beside the new ones.
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const plan = await indexRecords(values.dataset, out, values.names);
  const summaries: BundleSummary[] = plan.bundles.map(({ name, type, pages }) => ({ name, type, pages }));
  await writeFile(values.summary, JSON.stringify(summaries));
  if (values['keys-out']) {
    const kept = ({ key, files }: Planned): KeptFolder => {
      if (!files) throw new Error('search-index: a folder written without its digest');
      return { key, files };
    };
    const keys: SearchKeys = { version: 2, bundles: Object.fromEntries(plan.bundles.map((bundle) => [bundle.name, kept(bundle)])), summaries };
    if (plan.inputs) keys.inputs = plan.inputs;
    if (plan.names) keys.names = kept(plan.names);
    await writeFile(values['keys-out'], JSON.stringify(keys));
  }
  if (values['reused-out']) await writeFile(values['reused-out'], JSON.stringify(plan.bundles.flatMap((bundle) => (bundle.reused ?? []).map((file) => `${bundle.name}/${file}`)).sort()));
  if (values['names-reused-out']) await writeFile(values['names-reused-out'], JSON.stringify(plan.names?.reused ?? []));
  const count = (bundles: PlannedBundle[]) => `${bundles.reduce((sum, bundle) => sum + bundle.pages, 0)} records in ${bundles.length} bundles`;
  const reused = plan.bundles.filter((bundle) => bundle.reused);
  process.stderr.write(`Pagefind indexed ${count(plan.bundles.filter((bundle) => !bundle.reused))}${reused.length > 0 ? `; kept ${count(reused)} from the previous build` : ''}\n`);
} else if (values.site && values.records) {
  await mkdir(out, { recursive: true });
  const summaries = await writeAll(planBundles(await searchablePages(values.site)), values.site);
  const fromRecords = JSON.parse(await readFile(values.records, 'utf8')) as BundleSummary[];
  await writeFile(join(out, 'bundles.json'), JSON.stringify(searchManifest([...fromRecords, ...summaries])));
  process.stderr.write(`Pagefind indexed ${summaries.reduce((sum, bundle) => sum + bundle.pages, 0)} built pages in ${summaries.length} bundles\n`);
}
