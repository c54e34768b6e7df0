// Build step worker (child process of search-index.ts): writes the Pagefind bundles listed in a JSON file,
// one at a time, each with a fresh Pagefind service — writing a bundle peaks at ~1 GB for 6,000 profiles and a
// running service does not give all of it back (measured +80 MB a bundle). A bundle's pages are built HTML
// files or records made from the data (search-records.ts).
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { pageUrl, type SearchBundle, type SearchSource } from '../pipeline/derive/search-bundles.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, bundles: { type: 'string' }, out: { type: 'string' } } });
if (!values.bundles || !values.out) throw new Error('search-bundle: --bundles and --out are required');
const site = values.site;
const out = values.out;

/** Pagefind's ready-made search UIs: the search page has its own, so they are never served. */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];
/** A further slice is merged into its type's first bundle and runs on that bundle's code (its entry file stays). */
const CODE_FILES = ['pagefind.js', 'pagefind-worker.js'];
/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 32;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function add(index: PagefindIndex, source: SearchSource): Promise<string[]> {
  if ('record' in source) return (await index.addCustomRecord({ ...source.record, language: 'zh-cn' })).errors;
  if (!site) throw new Error('search-bundle: --site is required to index built pages');
  return (await index.addHTMLFile({ url: pageUrl(source.file), content: await readFile(join(site, source.file), 'utf8') })).errors;
}

async function writeBundle(bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let start = 0; start < bundle.sources.length; start += IN_FLIGHT) {
    const batch = bundle.sources.slice(start, start + IN_FLIGHT);
    const failed = (await Promise.all(batch.map((source) => add(index, source)))).flat();
    if (failed.length > 0) throw new Error(`Pagefind could not index ${bundle.name}: ${failed.join('; ')}`);
  }
  const folder = join(out, bundle.name);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await pagefind.close();
  const unused = bundle.primary ? UNUSED_FILES : [...UNUSED_FILES, ...CODE_FILES, ...(await readdir(folder)).filter((name) => name.startsWith('wasm.'))];
  await Promise.all(unused.map((name) => rm(join(folder, name), { force: true })));
  process.stderr.write(`Pagefind bundle ${bundle.name}: ${bundle.sources.length} pages\n`);
}

const bundles = JSON.parse(await readFile(values.bundles, 'utf8')) as SearchBundle[];
for (const bundle of bundles) await writeBundle(bundle);
