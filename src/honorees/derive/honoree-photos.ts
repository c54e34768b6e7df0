// Each published honoree photo as the profile page uses it: the widths it is re-encoded at, the file names (by
// honoree id, never the export's file name, which may hold a personal number) and the `srcset` candidates. Only
// photos of published honorees who consented are listed — the only ones the build decodes and publishes.
import type { CellLocation } from '../../pipeline/checks/tables.ts';
import type { PhotoFile } from '../../pipeline/photos.ts';
import type { PublishedHonoree } from './honorees.ts';

/**
 * The widths a photo is published at: the profile shows it 12rem wide (192 CSS px at the default font size, more
 * with a larger font), so one file for screens of device pixel ratio 1 and one for 2; phones pick by `srcset`.
 */
export const PHOTO_WIDTHS = [240, 480] as const;

/** How many times its width a published photo may be high: a long strip is scaled down until it fits. */
export const PHOTO_MAX_ASPECT = 2;

/** One published photo: the widths it was encoded at (ascending), and the size of the widest for the page's width and height attributes. */
export interface PublishedPhoto {
  widths: number[];
  width: number;
  height: number;
}

/** Honoree id → the published photo. */
export type PublishedPhotos = Record<string, PublishedPhoto>;

/** What the build decodes for one honoree: the export's file and the cell that names it (a decoding problem points there). */
export interface PhotoSource {
  honoreeId: string;
  /** The file name in the export's photos/, for messages only. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  cell: CellLocation;
}

/** The photos to publish: those of published honorees who consented, that the export holds. */
export function photoSources(
  honorees: readonly PublishedHonoree[],
  photos: ReadonlyMap<string, Pick<PhotoFile, 'path'>>,
  cells: ReadonlyMap<string, CellLocation>,
): PhotoSource[] {
  const sources: PhotoSource[] = [];
  for (const honoree of honorees) {
    if (!honoree.consent || !honoree.photo) continue;
    const photo = photos.get(honoree.photo);
    const cell = cells.get(honoree.id);
    if (photo && cell) sources.push({ honoreeId: honoree.id, file: honoree.photo, path: photo.path, cell });
  }
  return sources;
}

/**
 * The widths to encode a photo of this size (after EXIF orientation) at: each of PHOTO_WIDTHS, never larger than
 * the photo itself and never higher than PHOTO_MAX_ASPECT times the width; ascending, without repeats.
 */
export function photoWidths(width: number, height: number): number[] {
  const fitting = PHOTO_WIDTHS.map((target) => Math.max(1, Math.min(target, width, Math.floor((PHOTO_MAX_ASPECT * target * width) / height))));
  return [...new Set(fitting)].sort((a, b) => a - b);
}

/**
 * The published file of one width, in the site's photos/, by honoree id: the widest is `<id>.jpg`, a path known
 * without decoding the photo (the open data links it); a narrower one `<id>-w<width>.jpg` (the `w` keeps the
 * width's digits apart from the id's).
 */
export function photoFileName(honoreeId: string, width: number, widest: boolean): string {
  return widest ? `${honoreeId}.jpg` : `${honoreeId}-w${width}.jpg`;
}

/**
 * Where a published honoree's photo is, relative to the site's root (the open data's `photo`): every honoree who
 * consented and named a photo has one, or the build stopped at the photo.
 */
export function publishedPhotoPath(honoreeId: string): string {
  return `photos/${encodeURIComponent(photoFileName(honoreeId, 0, true))}`;
}

/** Each width's site path (the id URL-encoded, as in the profile's own path), for `src` and `srcset`. */
export function photoCandidates(honoreeId: string, photo: PublishedPhoto): { path: string; width: number }[] {
  return photo.widths.map((width, index) => ({
    path: `/photos/${encodeURIComponent(photoFileName(honoreeId, width, index === photo.widths.length - 1))}`,
    width,
  }));
}
