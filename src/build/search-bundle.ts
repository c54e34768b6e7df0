// Build step worker (child process of search-index.ts): writes the Pagefind bundles listed in a JSON file,
// one at a time, each with a fresh Pagefind service — writing a bundle peaks at ~1 GB for 6,000 profiles and a
// running service does not give all of it back (measured +80 MB a bundle).
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { pageUrl, type SearchBundle } from '../pipeline/derive/search-bundles.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, bundles: { type: 'string' } } });
if (!values.site || !values.bundles) throw new Error('search-bundle: --site and --bundles are required');
const site = values.site;

/** Pagefind's ready-made search UIs: the search page has its own, so they are never served. */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];
/** A further slice is merged into its type's first bundle and runs on that bundle's code (its entry file stays). */
const CODE_FILES = ['pagefind.js', 'pagefind-worker.js'];
/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 32;

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
  const folder = join(site, 'pagefind', bundle.name);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await pagefind.close();
  const unused = bundle.primary ? UNUSED_FILES : [...UNUSED_FILES, ...CODE_FILES, ...(await readdir(folder)).filter((name) => name.startsWith('wasm.'))];
  await Promise.all(unused.map((name) => rm(join(folder, name), { force: true })));
  process.stderr.write(`Pagefind bundle ${bundle.name}: ${bundle.files.length} pages\n`);
}

const bundles = JSON.parse(await readFile(values.bundles, 'utf8')) as SearchBundle[];
for (const bundle of bundles) await writeBundle(bundle);
