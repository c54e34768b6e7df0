// One photo file → the JPEGs a profile page shows: the header read and checked against the limits first, then the
// pixels decoded once, turned upright by the EXIF orientation, scaled to the page's widths and encoded again. Only
// pixels survive: sharp writes no EXIF, XMP, IPTC, ICC profile, PNG text chunk or comment unless asked to keep them
// (keepMetadata, withMetadata, keepExif …), and nothing here asks.
import sharp from 'sharp';
import { PHOTO_MAX_ASPECT, PHOTO_WIDTHS, photoWidths } from '../../honorees/derive/honoree-photos.ts';
import { PHOTO_LIMITS } from '../../pipeline/photos.ts';

/** Progressive JPEG (mozjpeg's defaults: smaller files, a first picture early on slow connections). */
export const JPEG_OPTIONS = { quality: 80, mozjpeg: true } as const;

/** What shows where a photo was transparent: JPEG has no alpha channel. */
const BACKGROUND = '#ffffff';

/**
 * Everything that decides the output besides the source file: part of the cache key, so that a change of any of
 * it re-encodes. `revision` counts changes to this file's steps that the other values do not show.
 */
export const ENCODER_SETTINGS = JSON.stringify({
  revision: 1,
  format: 'jpeg',
  jpeg: JPEG_OPTIONS,
  widths: PHOTO_WIDTHS,
  maxAspect: PHOTO_MAX_ASPECT,
  limits: PHOTO_LIMITS,
  background: BACKGROUND,
  sharp: sharp.versions.sharp,
  vips: sharp.versions.vips,
});

export interface EncodedVariant {
  width: number;
  height: number;
  jpeg: Buffer;
}

export type EncodeResult =
  | { ok: true; variants: EncodedVariant[] }
  /** `detail`: the decoder's own words, for the problem message. */
  | { ok: false; reason: 'too-large' | 'corrupt'; detail: string };

/**
 * A damaged or truncated file is refused (failOn 'error'), not published half grey; a decoder's mere warning
 * (stray bytes before a marker, common in phone JPEGs that display fine) is not.
 */
const INPUT = { failOn: 'error', limitInputPixels: PHOTO_LIMITS.maxPixels } as const;

export async function encodePhoto(source: Uint8Array): Promise<EncodeResult> {
  if (source.length > PHOTO_LIMITS.maxBytes) return { ok: false, reason: 'too-large', detail: `${source.length} bytes` };
  try {
    // The header only: the size once upright, refused over the pixel limit before any pixel is decoded.
    const { autoOrient } = await sharp(source, INPUT).metadata();
    const widths = photoWidths(autoOrient.width, autoOrient.height);
    const widest = widths.at(-1) ?? 1;
    // Decoded once at the widest size (JPEG decodes at a fraction of its size when that is enough), upright, onto
    // the background where it was transparent, in sRGB, 8 bits a channel.
    const { data, info } = await sharp(source, INPUT)
      .autoOrient()
      .resize({ width: widest })
      .flatten({ background: BACKGROUND })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: info.channels };
    const variants: EncodedVariant[] = [];
    for (const width of widths) {
      const image = sharp(data, { raw });
      const resized = width === info.width ? image : image.resize({ width });
      const { data: jpeg, info: out } = await resized.jpeg(JPEG_OPTIONS).toBuffer({ resolveWithObject: true });
      variants.push({ width: out.width, height: out.height, jpeg });
    }
    return { ok: true, variants };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]!.trim().slice(0, 160) : String(error);
    return { ok: false, reason: /pixel limit/i.test(detail) ? 'too-large' : 'corrupt', detail };
  }
}
