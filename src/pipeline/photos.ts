// photos/ → the JPEG, PNG and WebP files it really holds, with their pixel size; everything else set aside with a reason.
import { looksLikeImage, readImageInfo, type ImageInfo, type ImageType } from './images.ts';

export interface PhotoFile {
  /** Absolute path of the file (on the export checker page: its path in the dropped files). */
  path: string;
  type: ImageType;
  width: number;
  height: number;
  /** File size. */
  bytes: number;
}

export interface PhotoFolder {
  photos: Map<string, PhotoFile>;
  /** Files that are not a readable JPEG, PNG or WebP, by name. */
  unreadable: Set<string>;
  /** Links (and other entries that are neither file nor folder), by name: refused, never followed. */
  refused?: Set<string>;
  /** Whether photos/ exists at all. */
  present: boolean;
}

/** Operating-system clutter that is never a photo and never worth a warning. */
export const PHOTO_CLUTTER = /^(\..*|thumbs\.db|desktop\.ini)$/i;

/**
 * What the build decodes at most (PRODUCT §4): larger files are problems, found from the header before any
 * decoding — a 48 KB PNG may declare 20,000 × 20,000 pixels, and every phone opening the profile would decode them.
 */
export const PHOTO_LIMITS = { maxPixels: 40_000_000, maxBytes: 20 * 1024 * 1024 } as const;


/** The first bytes read of each photo; a JPEG whose frame header lies further (huge EXIF) is read whole, up to the limit. */
export const PHOTO_HEAD_BYTES = 256 * 1024;

/**
 * A photo's type and pixel size from its first bytes (`read(length)` gives the file's first `length` bytes), or
 * from the whole file when the header lies further: the same answer for a file on disk and one dropped in a browser.
 */
export async function inspectPhotoBytes(size: number, read: (length: number) => Promise<Uint8Array>): Promise<ImageInfo | undefined> {
  const head = await read(Math.min(size, PHOTO_HEAD_BYTES));
  const info = readImageInfo(head);
  if (info || size <= head.length || size > PHOTO_LIMITS.maxBytes || !looksLikeImage(head)) return info;
  return readImageInfo(await read(size));
}
