// Published photos carry nothing but their pixels: the tiny export with its honorees' photos replaced by a phone-
// style JPEG (EXIF with owner, GPS and orientation, XMP, IPTC, a comment) and a PNG with text chunks, built for
// real; then every image in the site is read from its bytes. None may carry metadata, photos are named by honoree
// id at the widths the profile's srcset lists, and the encodings are kept in the photo cache for the rebuild.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/build/build-site.ts';
import { ENCODER_SETTINGS } from '../../src/build/photos/encode-photo.ts';
import { PhotoCache } from '../../src/build/photos/photo-cache.ts';
import { PHOTO_WIDTHS } from '../../src/honorees/derive/honoree-photos.ts';
import { looksLikeImage } from '../../src/pipeline/images.ts';
import { replaceIn } from '../pipeline/helpers.ts';
import { imageFacts } from './photos/image-metadata.ts';
import { jpegWithEverything, PLANTED, pngWithText } from './photos/planted-images.ts';

let work: string;
let siteDir: string;
let first: BuildResult;
let second: BuildResult;
let sources: Buffer[];
/** The published photos after the first build, by site path. */
let firstPhotos: Map<string, Buffer>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-photos-build-'));
  const exportDir = join(work, 'export');
  await cp('tests/fixtures/tiny-export', exportDir, { recursive: true });
  // 张明华: a phone photo stored on its side (EXIF orientation 6); 李秀英: a scan with text chunks.
  await rm(join(exportDir, 'photos/zhang-minghua.png'));
  await writeFile(join(exportDir, 'photos/zhang-minghua.jpg'), await jpegWithEverything(1600, 1200, 6));
  await replaceIn(exportDir, 'honorees.csv', 'zhang-minghua.png', 'zhang-minghua.jpg');
  await writeFile(join(exportDir, 'photos/li-xiuying.png'), await pngWithText(900, 1100, { Comment: PLANTED.text, Author: PLANTED.artist }));
  await replaceIn(exportDir, 'honorees.csv', ',,是,N2025-01,公示中', ',li-xiuying.png,是,N2025-01,公示中');
  sources = await Promise.all(['zhang-minghua.jpg', 'li-xiuying.png'].map((name) => readFile(join(exportDir, 'photos', name))));
  siteDir = join(work, 'site');
  const options = { dataDir: exportDir, outDir: siteDir, reportPath: join(work, 'report.json'), today: '2026-11-03', quiet: true, log: () => {} };
  first = await buildSite(options);
  if (!first.ok) throw new Error(`the tiny export with planted photos must build: ${first.problems.map((problem) => problem.code).join(', ')}`);
  firstPhotos = new Map(await Promise.all((await siteFiles()).filter((file) => file.startsWith('photos/')).map(async (file) => [file, await readFile(join(siteDir, file))] as const)));
  second = await buildSite(options);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function siteFiles(): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(siteDir, join(entry.parentPath, entry.name))).sort();
}

/** Every file of the site that is an image by its bytes, whatever its name. */
async function siteImages(): Promise<{ file: string; bytes: Buffer }[]> {
  const images: { file: string; bytes: Buffer }[] = [];
  for (const file of await siteFiles()) {
    const bytes = await readFile(join(siteDir, file));
    if (looksLikeImage(bytes)) images.push({ file, bytes });
  }
  return images;
}

const profile = (id: string) => readFile(join(siteDir, 'honorees', id, 'index.html'), 'utf8');

describe('photos in a built site', () => {
  it('builds, twice, with a photo step in the timing table', () => {
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(first.timings.map((timing) => timing.step)).toContain('honoree photos');
  });

  it('has no image that carries EXIF, XMP, IPTC, an ICC profile, a text chunk or a comment', async () => {
    const images = await siteImages();
    expect(images.length).toBeGreaterThan(4);
    expect(images.flatMap(({ file, bytes }) => imageFacts(bytes).metadata.map((found) => `${file}: ${found.kind} in ${found.at}`))).toEqual([]);
  });

  it('publishes none of what the photos’ metadata said, in any file', async () => {
    const planted = Object.values(PLANTED).map((text) => Buffer.from(text, 'latin1'));
    const found: string[] = [];
    for (const file of await siteFiles()) {
      const bytes = await readFile(join(siteDir, file));
      for (const text of planted) if (bytes.includes(text)) found.push(`${file}: ${text.toString('latin1')}`);
    }
    expect(found).toEqual([]);
  });

  it('names photos by honoree id, at no width beyond the widest the pages use, and lists each in its profile’s srcset', async () => {
    const photos = (await siteFiles()).filter((file) => file.startsWith('photos/'));
    expect(photos).toEqual(['photos/H2025-001-w240.jpg', 'photos/H2025-001.jpg', 'photos/H2025-002-w240.jpg', 'photos/H2025-002.jpg']);
    for (const file of photos) {
      const facts = imageFacts(await readFile(join(siteDir, file)));
      const named = /-w(\d+)\.jpg$/.exec(file)?.[1];
      expect(facts.type, file).toBe('image/jpeg');
      if (named !== undefined) expect(facts.width, file).toBe(Number(named));
      expect(facts.width, file).toBeLessThanOrEqual(Math.max(...PHOTO_WIDTHS));
      const id = /photos\/(.+?)(?:-w\d+)?\.jpg$/.exec(file)![1]!;
      expect(await profile(id), file).toContain(`/${file} ${facts.width}w`);
    }
  });

  it('shows the phone photo upright, its size in the img attributes (no layout shift)', async () => {
    const facts = imageFacts(await readFile(join(siteDir, 'photos/H2025-001.jpg')));
    expect([facts.width, facts.height]).toEqual([480, 640]);
    const img = /<img class="honoree__photo"[^>]*>/.exec(await profile('H2025-001'))?.[0] ?? '';
    expect(img).toContain('src="/photos/H2025-001-w240.jpg"');
    expect(img).toContain('srcset="/photos/H2025-001-w240.jpg 240w, /photos/H2025-001.jpg 480w"');
    expect(img).toMatch(/ width="480" height="640"/);
    expect(img).not.toContain('zhang-minghua');
  });

  it('keeps each encoding in the photo cache under its source’s content, and the rebuild publishes the same bytes', async () => {
    const cache = new PhotoCache(join(process.cwd(), '.yangguang', 'photo-cache'), ENCODER_SETTINGS);
    for (const source of sources) await expect(cache.get(cache.key(source))).resolves.toHaveLength(2);
    expect(firstPhotos.size).toBe(4);
    for (const [file, bytes] of firstPhotos) expect((await readFile(join(siteDir, file))).equals(bytes), file).toBe(true);
  });
});
