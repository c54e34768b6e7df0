import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePhoto, type EncodedVariant } from '../../../src/build/photos/encode-photo.ts';
import { imageFacts } from './image-metadata.ts';
import { jpegWithEverything, PLANTED, pngDeclaring, pngWithText } from './planted-images.ts';

async function encoded(source: Uint8Array): Promise<EncodedVariant[]> {
  const result = await encodePhoto(source);
  if (!result.ok) throw new Error(`not encoded: ${result.reason} (${result.detail})`);
  return result.variants;
}

/** The planted words, as bytes anywhere in a file. */
function plantedIn(bytes: Buffer): string[] {
  return Object.values(PLANTED).filter((text) => bytes.includes(Buffer.from(text, 'latin1')));
}

/** The colour of one pixel: 'red', 'blue' or 'other'. */
async function colourAt(jpeg: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  const [r = 0, , b = 0] = data.subarray(at, at + 3);
  return r > 150 && b < 80 ? 'red' : b > 150 && r < 80 ? 'blue' : 'other';
}

describe('encodePhoto', () => {
  it('plants what the tests look for: the scanner finds EXIF, XMP, IPTC, ICC, comments and PNG text in the sources', async () => {
    expect(imageFacts(await jpegWithEverything(64, 48, 6)).metadata.map((found) => found.kind).sort()).toEqual(['comment', 'exif', 'icc', 'iptc', 'xmp']);
    expect(imageFacts(await pngWithText(64, 48)).metadata).toEqual([{ kind: 'text', at: 'tEXt' }]);
    expect((await sharp(await jpegWithEverything(64, 48, 6)).metadata()).orientation).toBe(6);
  });

  it('drops every piece of metadata: EXIF with GPS and owner, XMP, IPTC, ICC profile, comments, PNG text chunks', async () => {
    for (const source of [await jpegWithEverything(1200, 900, 1), await pngWithText(1200, 900, { Comment: PLANTED.text, Author: PLANTED.artist })]) {
      expect(plantedIn(source).length).toBeGreaterThan(0);
      for (const variant of await encoded(source)) {
        expect(imageFacts(variant.jpeg).metadata).toEqual([]);
        expect(plantedIn(variant.jpeg)).toEqual([]);
        const read = await sharp(variant.jpeg).metadata();
        expect([read.exif, read.xmp, read.iptc, read.icc, read.comments, read.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
      }
    }
  });

  it('encodes JPEGs 240 and 480 pixels wide, keeping the proportions', async () => {
    const variants = await encoded(await pngWithText(1200, 900));
    expect(variants.map(({ width, height }) => [width, height])).toEqual([[240, 180], [480, 360]]);
    expect(variants.map((variant) => imageFacts(variant.jpeg).type)).toEqual(['image/jpeg', 'image/jpeg']);
  });

  it('never enlarges: a photo narrower than 480 pixels is published at its own width too', async () => {
    expect((await encoded(await pngWithText(300, 400))).map(({ width, height }) => [width, height])).toEqual([[240, 320], [300, 400]]);
    expect((await encoded(await pngWithText(200, 100))).map(({ width, height }) => [width, height])).toEqual([[200, 100]]);
  });

  it('applies the EXIF orientation: a photo stored on its side is published upright', async () => {
    // Stored 640 × 480 with the left half red; orientation 6 means "turn 90° clockwise to show": red ends on top.
    const [small, large] = await encoded(await jpegWithEverything(640, 480, 6));
    expect([small!.width, small!.height, large!.width, large!.height]).toEqual([240, 320, 480, 640]);
    await expect(colourAt(large!.jpeg, 240, 100)).resolves.toBe('red');
    await expect(colourAt(large!.jpeg, 240, 540)).resolves.toBe('blue');
  });

  it('refuses a header declaring 20,000 × 20,000 pixels from the header alone, before decoding', async () => {
    const source = await pngDeclaring(20_000, 20_000);
    expect(source.length).toBeLessThan(1000);
    // The file has no pixels to decode: only the header can have told.
    await expect(encodePhoto(source)).resolves.toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses a file over 20 MB without reading it as an image', async () => {
    await expect(encodePhoto(Buffer.alloc(20 * 2 ** 20 + 1))).resolves.toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('names a truncated JPEG, a truncated PNG and a PNG of signature and header only as corrupt', async () => {
    const jpeg = await jpegWithEverything(640, 480);
    const png = await pngWithText(640, 480);
    for (const broken of [jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), png.subarray(0, png.length - 40), png.subarray(0, 33)]) {
      const result = await encodePhoto(broken);
      expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
      if (!result.ok) expect(result.detail.length).toBeGreaterThan(0);
    }
  });
});
