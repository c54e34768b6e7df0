// photos/ → the JPEG, PNG and WebP files it really holds, with their pixel size; everything else set aside with a reason.
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { looksLikeImage, readImageInfo, type ImageType } from './images.ts';

export interface PhotoFile {
  /** Absolute path of the file. */
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
const CLUTTER = /^(\..*|thumbs\.db|desktop\.ini)$/i;

/**
 * What the build decodes at most (PRODUCT §4): larger files are problems, found from the header before any
 * decoding — a 48 KB PNG may declare 20,000 × 20,000 pixels, and every phone opening the profile would decode them.
 */
export const PHOTO_LIMITS = { maxPixels: 40_000_000, maxBytes: 20 * 1024 * 1024 } as const;

/** The first bytes read from each file; a JPEG whose frame header lies further (huge EXIF) is read whole, up to the limit. */
const HEAD_BYTES = 256 * 1024;
const CONCURRENCY = 16;

export async function readPhotoFolder(exportDir: string): Promise<PhotoFolder> {
  const folder = join(exportDir, 'photos');
  const photos = new Map<string, PhotoFile>();
  const unreadable = new Set<string>();
  const refused = new Set<string>();
  let names: string[];
  try {
    const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !CLUTTER.test(entry.name));
    names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    // A link could point anywhere on the machine (a key, another person's photo): it is not opened.
    for (const entry of entries) if (!entry.isFile() && !entry.isDirectory()) refused.add(entry.name);
  } catch {
    return { photos, unreadable, present: false };
  }
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const path = join(folder, name);
      const photo = await inspectPhoto(path);
      if (photo) photos.set(name, photo);
      else unreadable.add(name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return { photos: new Map([...photos].sort(([a], [b]) => (a < b ? -1 : 1))), unreadable, refused, present: true };
}

async function inspectPhoto(path: string): Promise<PhotoFile | undefined> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    let info = readImageInfo(head);
    if (!info && size > head.length && size <= PHOTO_LIMITS.maxBytes && looksLikeImage(head)) {
      const whole = new Uint8Array(size);
      await handle.read(whole, 0, size, 0);
      info = readImageInfo(whole);
    }
    return info ? { path, ...info, bytes: size } : undefined;
  } finally {
    await handle.close();
  }
}
