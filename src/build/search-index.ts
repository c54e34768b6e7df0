// Build step (child process): index the built pages' main content (data-pagefind-body) with Pagefind, one
// bundle per page type and slice (see search-bundles.ts), one bundle at a time with a fresh Pagefind service
// each, so that memory stays that of the largest bundle; then write /pagefind/bundles.json for the search page.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { pageUrl, planBundles, searchManifest, searchTypeOf, type SearchablePage, type SearchBundle } from '../pipeline/derive/search-bundles.ts';

const { values } = parseArgs({ options: { site: { type: 'string' } } });
if (!values.site) throw new Error('search-index: --site is required');
const site = values.site;
const output = join(site, 'pagefind');

/** Pagefind's ready-made search UIs: the search page has its own, so they are never served. */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];
/** A further slice is merged into its type's first bundle and runs on that bundle's code (its entry file stays). */
const CODE_FILES = ['pagefind.js', 'pagefind-worker.js'];
/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 32;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

/** Pages that mark their main content; honoree profiles carry their list position (data-yangguang-order). */
async function searchablePages(files: readonly string[]): Promise<SearchablePage[]> {
  const pages: SearchablePage[] = [];
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const order = /data-yangguang-order="(\d+)"/.exec(html)?.[1];
    pages.push({ file, type: searchTypeOf(file), order: order === undefined ? 0 : Number(order) });
  }
  return pages;
}

async function writeBundle(bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let start = 0; start < bundle.files.length; start += IN_FLIGHT) {
    const batch = bundle.files.slice(start, start + IN_FLIGHT);
    const added = await Promise.all(
      batch.map(async (file) => index.addHTMLFile({ url: pageUrl(file), content: await readFile(join(site, file), 'utf8') })),
    );
    const failed = added.flatMap((result) => result.errors);
    if (failed.length > 0) throw new Error(`Pagefind could not index ${bundle.name}: ${failed.join('; ')}`);
  }
  const folder = join(output, bundle.name);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // Stop the service after each bundle: writing one takes ~1.3 GB for 8,000 profiles, and a running service
  // does not give it all back, so the next bundle would start higher (measured +80 MB a bundle).
  await pagefind.close();
  const unused = bundle.primary ? UNUSED_FILES : [...UNUSED_FILES, ...CODE_FILES, ...(await readdir(folder)).filter((name) => name.startsWith('wasm.'))];
  await Promise.all(unused.map((name) => rm(join(folder, name), { force: true })));
  process.stderr.write(`Pagefind bundle ${bundle.name}: ${bundle.files.length} pages\n`);
}

await rm(output, { recursive: true, force: true });
const pages = await searchablePages(await htmlFiles(site));
const bundles = planBundles(pages);
for (const bundle of bundles) await writeBundle(bundle);
await writeFile(join(output, 'bundles.json'), JSON.stringify(searchManifest(bundles)));
process.stderr.write(`Pagefind indexed ${pages.length} pages in ${bundles.length} bundles\n`);
