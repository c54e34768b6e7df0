import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENCODER_SETTINGS } from '../../../src/build/photos/encode-photo.ts';
import { PhotoCache } from '../../../src/build/photos/photo-cache.ts';
import { publishPhotos } from '../../../src/build/photos/publish-photos.ts';
import type { PhotoSource } from '../../../src/honorees/derive/honoree-photos.ts';
import { imageFacts } from './image-metadata.ts';
import { jpegWithEverything, pngDeclaring, pngWithText } from './planted-images.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-photos-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A source file in the work folder, named in honorees.csv's row `row`. */
async function source(honoreeId: string, file: string, bytes: Uint8Array, row = 2): Promise<PhotoSource> {
  const path = join(work, file);
  await writeFile(path, bytes);
  return { honoreeId, file, path, cell: { file: 'honorees.csv', row, recordId: honoreeId, line: row, column: 11, field: 'photo' } };
}

const run = (sources: PhotoSource[], cache = new PhotoCache(join(work, 'cache'), ENCODER_SETTINGS)) =>
  publishPhotos({ sources, outDir: join(work, 'out'), cache });

describe('publishPhotos', () => {
  it('publishes each photo under its honoree id, at each width, never under the export file name', async () => {
    const result = await run([await source('ZQ-1', '610902-zhang.png', await pngWithText(1000, 1250))]);
    expect(result.photos).toEqual({ 'ZQ-1': { widths: [240, 480], width: 480, height: 600 } });
    expect((await readdir(join(work, 'out'))).sort()).toEqual(['ZQ-1-w240.jpg', 'ZQ-1.jpg']);
    const facts = imageFacts(await readFile(join(work, 'out', 'ZQ-1.jpg')));
    expect([facts.type, facts.width, facts.height, facts.metadata]).toEqual(['image/jpeg', 480, 600, []]);
  });

  it('encodes only new or changed photos on a rebuild: the rest come from the cache', async () => {
    const first = [await source('A', 'a.png', await pngWithText(600, 800)), await source('B', 'b.jpg', await jpegWithEverything(800, 600, 6), 3)];
    expect(await run(first)).toMatchObject({ encoded: 2, cached: 0, problems: [] });
    const again = await run(first);
    expect(again).toMatchObject({ encoded: 0, cached: 2, problems: [] });
    expect(again.photos['B']).toEqual({ widths: [240, 480], width: 480, height: 640 });
    // B's file changes: only B is encoded again.
    const changed = [first[0]!, await source('B', 'b.jpg', await jpegWithEverything(800, 600, 1), 3)];
    expect(await run(changed)).toMatchObject({ encoded: 1, cached: 1 });
  });

  it('encodes a file shared by several honorees once', async () => {
    const bytes = await pngWithText(500, 500);
    const result = await run([await source('A', 'same.png', bytes), await source('B', 'same.png', bytes, 3)]);
    expect([result.encoded, result.cached, Object.keys(result.photos)]).toEqual([1, 0, ['A', 'B']]);
  });

  it('re-encodes when the settings change (another cache key)', async () => {
    const sources = [await source('A', 'a.png', await pngWithText(600, 800))];
    await run(sources);
    expect(await run(sources, new PhotoCache(join(work, 'cache'), `${ENCODER_SETTINGS} changed`))).toMatchObject({ encoded: 1, cached: 0 });
  });

  it('writes again an entry that lost a file', async () => {
    const sources = [await source('A', 'a.png', await pngWithText(600, 800))];
    await run(sources);
    const [entry] = (await readdir(join(work, 'cache'))).filter((name) => /^[0-9a-f]{64}$/.test(name));
    await rm(join(work, 'cache', entry!, 'w480.jpg'));
    expect(await run(sources)).toMatchObject({ encoded: 1, cached: 0, problems: [] });
  });

  it('names a truncated photo and an oversized one at the honoree’s photo cell, and publishes neither', async () => {
    const png = await pngWithText(400, 300);
    const result = await run([
      await source('A', 'cut.png', png.subarray(0, 33)),
      await source('B', 'huge.png', await pngDeclaring(20_000, 20_000), 3),
      await source('C', 'fine.png', png, 4),
    ]);
    expect(result.problems.map(({ severity, code, file, row, field, value, entity }) => ({ severity, code, file, row, field, value, entity }))).toEqual([
      { severity: 'error', code: 'photo-corrupt', file: 'honorees.csv', row: 2, field: 'photo', value: 'cut.png', entity: { table: 'honorees', id: 'A' } },
      { severity: 'error', code: 'photo-too-large', file: 'honorees.csv', row: 3, field: 'photo', value: 'huge.png', entity: { table: 'honorees', id: 'B' } },
    ]);
    expect(result.problems[0]!.message.zh).toContain('photos/cut.png 已损坏或不完整');
    expect(Object.keys(result.photos)).toEqual(['C']);
    expect(await readdir(join(work, 'out'))).toEqual(['C-w240.jpg', 'C.jpg']);
  });
});
