// Writes one Pagefind bundle: a fresh Pagefind service per bundle — writing one peaks at ~1 GB for 6,000
// profiles and a running service does not give all of it back (measured +80 MB a bundle). A bundle's pages
// are built HTML files (read from the site) or records made from the data (search-records.ts).
// A bundle of records has a key (bundleKey), a digest of what Pagefind is given for it: the same key, the same
// files, byte for byte (Pagefind names its files by their content, and the same records in the same order
// make the same content: tests/build/search-index.build.test.ts), so a build may keep the previous build's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageUrl, type SearchBundle, type SearchSource } from '../../search/derive/search-bundles.ts';
import { segmentForIndex } from '../../search/derive/search-text.ts';

/** Pagefind's ready-made search UIs: the search page has its own, so they are never served. */
const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];
/** A further slice is merged into its type's first bundle and runs on that bundle's code (its entry file stays). */
const CODE_FILES = ['pagefind.js', 'pagefind-worker.js'];
/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 32;
/**
 * Records are indexed as text already split into words (search-text.ts) under a language Pagefind neither
 * segments nor stems; the built pages (the about page) as Chinese, split by Pagefind. The search page is
 * Chinese either way, so the browser splits the query with Intl.Segmenter for both.
 */
const RECORD_LANGUAGE = 'und';
const PAGE_LANGUAGE = 'zh-cn';

/** The version of Pagefind that writes the bundles (its package's, which its binary shares). */
export const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * What turns a record into Pagefind's input besides the record itself: this file (the language, the files
 * kept) and search-text.ts (the words the text is split into, with the ICU data of this Node, whose segmenter
 * does the splitting). Part of every key, so that a change to any of them indexes every bundle again.
 */
const INPUT_CODE = [
  readFileSync(new URL(import.meta.url), 'utf8'),
  readFileSync(new URL('../../search/derive/search-text.ts', import.meta.url), 'utf8'),
  `icu ${process.versions.icu ?? ''} unicode ${process.versions.unicode ?? ''}`,
].join('\n');

/**
 * A bundle's key: a digest of exactly what Pagefind is given for it — its name, whether it carries Pagefind's
 * code, its records in order, their language, Pagefind's version — where the records are taken before their
 * text is split into words, the splitting being fixed by INPUT_CODE (splitting every record only to compare
 * would cost a build with nothing changed ~13 s at 100,000 honorees). Only for bundles of records.
 */
export function bundleKey(bundle: SearchBundle): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ key: 1, pagefind: PAGEFIND_VERSION, name: bundle.name, primary: bundle.primary, language: RECORD_LANGUAGE }));
  hash.update(INPUT_CODE);
  for (const source of bundle.sources) {
    if (!('record' in source)) throw new Error(`Pagefind: bundle ${bundle.name} has built pages, which have no key`);
    hash.update('\n');
    hash.update(JSON.stringify(source.record));
  }
  return hash.digest('hex');
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function add(index: PagefindIndex, source: SearchSource, site: string | undefined): Promise<string[]> {
  if ('record' in source) {
    const { record } = source;
    return (await index.addCustomRecord({ ...record, content: segmentForIndex(record.content), language: RECORD_LANGUAGE })).errors;
  }
  if (!site) throw new Error('Pagefind: the site folder is needed to index built pages');
  return (await index.addHTMLFile({ url: pageUrl(source.file), content: await readFile(join(site, source.file), 'utf8') })).errors;
}

/** Writes `bundle` into `<out>/<bundle.name>/`, emptied first; `site` is where its HTML files are, when it has any. */
export async function writeBundle(bundle: SearchBundle, out: string, site?: string): Promise<void> {
  // Pagefind does not write a content-named file that exists already: a stale one must not stand in for it.
  await rm(join(out, bundle.name), { recursive: true, force: true });
  const fromRecords = bundle.sources.some((source) => 'record' in source);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: fromRecords ? RECORD_LANGUAGE : PAGE_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let start = 0; start < bundle.sources.length; start += IN_FLIGHT) {
    const batch = bundle.sources.slice(start, start + IN_FLIGHT);
    const failed = (await Promise.all(batch.map((source) => add(index, source, site)))).flat();
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
