// The privacy rules on the built output itself, search index included: nothing of a revoked honoree and
// nothing private of an honoree without consent (name, story, village, photo) is in any published file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { storyParagraphs } from '../../src/honorees/derive/honorees.ts';
import type { HonoreeRow } from '../../src/pipeline/schemas/index.ts';
import { loadSubjects, type Subjects } from './honorees-subjects.ts';

const siteDir = inject('siteDir');
let subjects: Subjects;
/**
 * Every output file as text; Pagefind's index files are gzip and are read unpacked, with the separators its
 * words are kept apart by taken out (zero-width spaces, and the spaces the build puts between Chinese words).
 */
let files: { file: string; text: string; packed: boolean }[];
const SEPARATORS = /[\s\u200b]+/g;

beforeAll(async () => {
  subjects = await loadSubjects();
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  files = [];
  // One file at a time: the site has tens of thousands, more than a process may hold open at once.
  for (const entry of entries) {
    if (!entry.isFile() || /\.(png|jpe?g|webp)$/i.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    const packed = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const text = packed ? gunzipSync(bytes).toString('utf8').replace(SEPARATORS, '') : bytes.toString('utf8');
    files.push({ file: relative(siteDir, path), text, packed });
  }
});

/**
 * Pieces of an honoree's story and summary found in nothing public (stories share stock phrases), cut at
 * punctuation so that HTML and JSON escaping cannot hide a leak from the scan.
 */
function privateSnippets(row: HonoreeRow): string[] {
  return [...storyParagraphs(row.story), row.summary]
    .flatMap((text) => text.split(/[。！？；，、：:“”"'‘’（）()]/))
    .map((piece) => piece.trim())
    .filter((piece) => [...piece].length >= 10 && !subjects.isPublic(piece));
}

/** A name worth scanning for: long enough not to occur by chance, and not also someone public's name. */
function privateName(row: HonoreeRow): string[] {
  return [...row.name].length >= 3 && !subjects.isPublic(row.name) ? [row.name] : [];
}

/** Files that contain any of the texts, with the texts found (one pass per file over all of them). */
function leaks(texts: readonly string[]): string[] {
  const patternOf = (needles: readonly string[]) =>
    new RegExp([...new Set(needles)].map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  const plain = patternOf(texts);
  const joined = patternOf(texts.map((text) => text.replace(SEPARATORS, '')));
  return files.flatMap(({ file, text, packed }) => [...new Set(text.match(packed ? joined : plain) ?? [])].map((found) => `${file}: ${found}`));
}

describe('published output', () => {
  it('is scanned search index included: a consented honoree’s story is found in its fragments', () => {
    const snippet = subjects.named.paragraphs[0]?.split(/[。，]/)[0] ?? '';
    expect(snippet.length).toBeGreaterThan(5);
    expect(leaks([snippet]).some((found) => found.startsWith('pagefind/honorees/fragment/'))).toBe(true);
  });

  it('has nothing of revoked honorees: no page, id, name or story', () => {
    const revoked = subjects.data.honorees.filter((row) => row.status === '已撤销');
    const needles = revoked.flatMap((row) => [`/honorees/${row.id}/`, `"${row.id}"`, ...privateName(row), ...privateSnippets(row)]);
    expect(needles.length).toBeGreaterThan(revoked.length * 3);
    expect(leaks(needles)).toEqual([]);
  });

  it('has nothing private of honorees without consent: name, story, summary, photo', () => {
    const masked = subjects.data.honorees.filter((row) => row.status !== '已撤销' && !row.consent);
    const needles = masked.flatMap((row) => [...privateName(row), ...privateSnippets(row), ...(row.photo ? [`photos/${row.photo}`, `photos/${row.id}-w`] : [])]);
    expect(needles.length).toBeGreaterThan(masked.length * 2);
    expect(leaks(needles)).toEqual([]);
  });

  it('publishes photos only of consenting, published honorees, named by their id and never by the export file', async () => {
    const photos = await readdir(join(siteDir, 'photos'));
    const allowed = new Set(subjects.published.flatMap((honoree) => (honoree.consent && honoree.photo ? [honoree.id] : [])));
    expect(photos.length).toBeGreaterThanOrEqual(allowed.size);
    expect(photos.filter((photo) => !allowed.has(/^(.+?)(?:-w\d+)?\.jpg$/.exec(photo)?.[1] ?? ''))).toEqual([]);
  });
});
