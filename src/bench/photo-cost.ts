// What photos cost at a real city's scale, which the generated export (the sample's 48 small portraits) does not
// show: phone-sized photos (12 MP JPEG with an EXIF orientation) made here, published through the build's own
// photo step (decode, re-encode at the page's widths, cache) once with an empty cache and once from the cache.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { ENCODER_SETTINGS } from '../build/photos/encode-photo.ts';
import { PhotoCache } from '../build/photos/photo-cache.ts';
import { publishPhotos } from '../build/photos/publish-photos.ts';
import type { PhotoSource } from '../honorees/derive/honoree-photos.ts';

export interface PhotoCost {
  photos: number;
  width: number;
  height: number;
  sourceBytes: number;
  /** Wall time of the photo step over them: empty cache, then everything cached. */
  firstMs: number;
  rebuildMs: number;
}

/** A photo-like picture: smooth light with fine grain (JPEG-compressible like a photo, unlike noise or flat colour). */
async function phonePhoto(width: number, height: number, seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = (state >>> 24) % 24;
      const at = (y * width + x) * 3;
      pixels[at] = ((x * 200) / width + grain) & 0xff;
      pixels[at + 1] = ((y * 180) / height + grain) & 0xff;
      pixels[at + 2] = (((x + y) * 120) / (width + height) + 60 + grain) & 0xff;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).withMetadata({ orientation: 6 }).toBuffer();
}

export async function photoCost(dir: string, photos = 24, width = 4000, height = 3000): Promise<PhotoCost> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'source'), { recursive: true });
  const sources: PhotoSource[] = [];
  let sourceBytes = 0;
  for (let index = 0; index < photos; index++) {
    const bytes = await phonePhoto(width, height, index + 1);
    sourceBytes += bytes.length;
    const path = join(dir, 'source', `${index}.jpg`);
    await writeFile(path, bytes);
    sources.push({ honoreeId: `P-${index}`, file: `${index}.jpg`, path, cell: { file: 'honorees.csv', row: index + 2, line: index + 2, field: 'photo' } });
  }
  const cache = new PhotoCache(join(dir, 'cache'), ENCODER_SETTINGS);
  const run = async (out: string) => {
    const began = performance.now();
    const result = await publishPhotos({ sources, outDir: join(dir, out), cache });
    if (result.problems.length > 0) throw new Error(`photo step refused a generated photo: ${result.problems[0]?.message.en}`);
    return performance.now() - began;
  };
  const firstMs = await run('first');
  const rebuildMs = await run('rebuild');
  await rm(dir, { recursive: true, force: true });
  return { photos, width, height, sourceBytes, firstMs: Math.round(firstMs), rebuildMs: Math.round(rebuildMs) };
}
