// The pixel size of each published honoree photo, so that profile pages reserve the photo's space (no layout
// shift). Only photos of published honorees who consented are listed — the same ones the build copies.
import type { PublishedHonoree } from './honorees.ts';

export interface PhotoSize {
  width: number;
  height: number;
}

/** Photo file name → its size. */
export type PublishedPhotos = Record<string, PhotoSize>;

export function publishedPhotos(honorees: readonly PublishedHonoree[], photos: ReadonlyMap<string, PhotoSize>): PublishedPhotos {
  const sizes: PublishedPhotos = {};
  for (const honoree of honorees) {
    if (!honoree.consent || !honoree.photo) continue;
    const photo = photos.get(honoree.photo);
    if (photo) sizes[honoree.photo] = { width: photo.width, height: photo.height };
  }
  return sizes;
}
