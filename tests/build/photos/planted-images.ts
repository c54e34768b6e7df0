// Images made in the test, carrying what a phone or an editor puts beside the pixels: PNG text chunks, EXIF (owner,
// comment, GPS position, orientation), XMP, IPTC and a JPEG comment; and broken ones (a header declaring 400
// megapixels over a few bytes, truncated files).
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** What each planted piece of metadata says: a test checks none of it reaches a published file. */
export const PLANTED = {
  text: 'Family home: Shuangqiao village, 3rd house east of the well',
  artist: 'Camera owner Li Wei',
  comment: 'Taken at the family home',
  xmpCreator: 'Zhang Family Photographer',
  iptcByline: 'Village office staff',
} as const;

/** Raw RGB pixels: the left half red, the right half blue. */
function halves(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      if (x < width / 2) pixels[at] = 220;
      else pixels[at + 2] = 220;
    }
  }
  return pixels;
}

/** A PNG (left red, right blue) with tEXt chunks after its header. */
export async function pngWithText(width: number, height: number, texts: Record<string, string> = { Comment: PLANTED.text }): Promise<Buffer> {
  const png = await sharp(halves(width, height), { raw: { width, height, channels: 3 } }).png().toBuffer();
  const chunks = Object.entries(texts).map(([keyword, text]) => pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1')));
  const afterHeader = 8 + 12 + 13; // signature, then IHDR: length, type, 13 bytes of data, CRC
  return Buffer.concat([png.subarray(0, afterHeader), ...chunks, png.subarray(afterHeader)]);
}

/** A JPEG (left red, right blue as stored) with EXIF (owner, description, GPS, orientation), XMP, IPTC and a comment. */
export async function jpegWithEverything(width: number, height: number, orientation = 1): Promise<Buffer> {
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PLANTED.xmpCreator}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
  const jpeg = await sharp(halves(width, height), { raw: { width, height, channels: 3 } })
    .withMetadata({ orientation })
    .withExifMerge({
      IFD0: { Artist: PLANTED.artist, ImageDescription: PLANTED.comment },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 41/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 1/1 0/1' },
    })
    .withXmp(xmp)
    .jpeg({ quality: 90 })
    .toBuffer();
  // IPTC (a Photoshop APP13 block with one By-line dataset) and a comment segment, right after the start marker.
  const byline = Buffer.from(PLANTED.iptcByline, 'latin1');
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, byline.length >> 8, byline.length & 0xff]), byline]);
  const resource = Buffer.concat([Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), uint32(iptc.length), iptc, Buffer.alloc(iptc.length % 2)]);
  const app13 = jpegSegment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
  const comment = jpegSegment(0xfe, Buffer.from(PLANTED.comment, 'latin1'));
  return Buffer.concat([jpeg.subarray(0, 2), app13, comment, jpeg.subarray(2)]);
}

/** A real 10 × 10 PNG whose header says `width` × `height`: a few hundred bytes that claim any number of pixels. */
export async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 10, height: 10, channels: 3, background: '#808080' } }).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29); // the header's CRC, so that only its size is a lie
  return png;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([uint32(data.length), typeAndData, uint32(crc32(typeAndData))]);
}

function jpegSegment(marker: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
}
