// photos/ → the JPEG, PNG and WebP files it really holds, with their pixel size; everything else set aside with a reason.
import type { ImageType } from './images.ts';

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

