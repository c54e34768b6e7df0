// The published honorees' photos → the site's photos/: each decoded and re-encoded (never copied), through the
// cache, under the honoree's id; what the pages need to show them; and a named problem for each that cannot be.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { photoFileName, type PhotoSource, type PublishedPhotos } from '../../honorees/derive/honoree-photos.ts';
import { PHOTO_LIMITS } from '../../pipeline/photos.ts';
import { problem } from '../../pipeline/problems.ts';
import type { Problem } from '../../pipeline/report.ts';
import { encodePhoto, type EncodeResult } from './encode-photo.ts';
import type { CachedVariant, PhotoCache } from './photo-cache.ts';

export interface PublishPhotosOptions {
  sources: readonly PhotoSource[];
  /** The folder the published files go to (the dataset's photos/, copied into the site). */
  outDir: string;
  cache: PhotoCache;
  /** Photos in work at once: each decode and encode runs on libuv's thread pool, beside the others. */
  concurrency?: number;
}

export interface PublishPhotosResult {
  photos: PublishedPhotos;
  problems: Problem[];
  /** Source files decoded and encoded by this build, and those found in the cache. */
  encoded: number;
  cached: number;
}

type Outcome = { ok: true; variants: CachedVariant[] } | Extract<EncodeResult, { ok: false }>;

export async function publishPhotos({ sources, outDir, cache, concurrency = 4 }: PublishPhotosOptions): Promise<PublishPhotosResult> {
  await mkdir(outDir, { recursive: true });
  let encoded = 0;
  let cached = 0;
  // Honorees who share one file share its encoding.
  const byKey = new Map<string, Promise<Outcome>>();
  const prepare = async (source: PhotoSource): Promise<Outcome> => {
    const bytes = await readFile(source.path);
    const key = cache.key(bytes);
    let pending = byKey.get(key);
    if (!pending) {
      pending = (async (): Promise<Outcome> => {
        const found = await cache.get(key);
        if (found) {
          cached++;
          return { ok: true, variants: found };
        }
        const result = await encodePhoto(bytes);
        if (!result.ok) return result;
        encoded++;
        return { ok: true, variants: await cache.put(key, result.variants) };
      })();
      byKey.set(key, pending);
    }
    return pending;
  };

  const outcomes = new Array<Outcome>(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const source = sources[index]!;
      const outcome = await prepare(source);
      if (outcome.ok) {
        const widest = outcome.variants.length - 1;
        await Promise.all(
          outcome.variants.map((variant, at) => copyFile(variant.path, join(outDir, photoFileName(source.honoreeId, variant.width, at === widest)))),
        );
      }
      outcomes[index] = outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, worker));

  const photos: PublishedPhotos = {};
  const problems: Problem[] = [];
  sources.forEach((source, index) => {
    const outcome = outcomes[index]!;
    if (!outcome.ok) {
      problems.push(photoProblem(source, outcome));
      return;
    }
    const widest = outcome.variants.at(-1)!;
    photos[source.honoreeId] = { widths: outcome.variants.map((variant) => variant.width), width: widest.width, height: widest.height };
  });
  return { photos, problems, encoded, cached };
}

const EXPECTED = { zh: '完整、可解码的 JPEG、PNG 或 WebP 照片', en: 'a complete JPEG, PNG or WebP photo that can be decoded' };

function photoProblem(source: PhotoSource, failure: Extract<EncodeResult, { ok: false }>): Problem {
  const at = { ...source.cell, value: source.file, expected: EXPECTED, entity: { table: 'honorees' as const, id: source.honoreeId } };
  if (failure.reason === 'too-large') {
    const megapixels = PHOTO_LIMITS.maxPixels / 1e6;
    const megabytes = PHOTO_LIMITS.maxBytes / 2 ** 20;
    return problem({
      ...at,
      code: 'photo-too-large',
      message: {
        zh: `照片 photos/${source.file} 超过上限（${megapixels} 百万像素、${megabytes} MB）：请缩小后再放入导出。`,
        en: `The photo photos/${source.file} is over the limit (${megapixels} megapixels, ${megabytes} MB): make it smaller before exporting it.`,
      },
    });
  }
  return problem({
    ...at,
    code: 'photo-corrupt',
    message: {
      zh: `照片 photos/${source.file} 已损坏或不完整，无法解码（${failure.detail}）：请重新导出这张照片，或换一张。`,
      en: `The photo photos/${source.file} is damaged or incomplete and cannot be decoded (${failure.detail}): export it again, or use another photo.`,
    },
  });
}
