// What an image file carries besides its pixels, read from its bytes (not through the library that wrote it):
// JPEG segments, PNG chunks and WebP chunks that hold EXIF, XMP, IPTC, ICC profiles, text or comments.
import { readImageInfo } from '../../../src/pipeline/images.ts';

export type MetadataKind = 'exif' | 'xmp' | 'iptc' | 'icc' | 'text' | 'comment';

export interface ImageFacts {
  type: 'image/jpeg' | 'image/png' | 'image/webp';
  width: number;
  height: number;
  /** Each kind of metadata found, with where it was (segment or chunk), in file order. */
  metadata: { kind: MetadataKind; at: string }[];
}

export function imageFacts(bytes: Uint8Array): ImageFacts {
  const info = readImageInfo(bytes);
  if (!info) throw new Error('not a JPEG, PNG or WebP whose size can be read');
  const metadata =
    info.type === 'image/jpeg' ? jpegMetadata(bytes) : info.type === 'image/png' ? pngMetadata(bytes) : webpMetadata(bytes);
  return { ...info, metadata };
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/** JPEG: APP1 (Exif or XMP), APP2 (ICC), APP13 (IPTC in a Photoshop block), COM; up to the scan. */
function jpegMetadata(bytes: Uint8Array): ImageFacts['metadata'] {
  const found: ImageFacts['metadata'] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const length = view.getUint16(at + 2);
    const body = ascii(bytes, at + 4, Math.min(length - 2, 40));
    const name = `APP${marker - 0xe0}`;
    if (marker === 0xe1) found.push({ kind: body.startsWith('Exif') ? 'exif' : body.startsWith('http://ns.adobe.com/xap') ? 'xmp' : 'exif', at: name });
    else if (marker === 0xe2 && body.startsWith('ICC_PROFILE')) found.push({ kind: 'icc', at: name });
    else if (marker === 0xed) found.push({ kind: 'iptc', at: name });
    else if (marker === 0xfe) found.push({ kind: 'comment', at: 'COM' });
    else if (marker >= 0xe3 && marker <= 0xef) found.push({ kind: 'text', at: name });
    at += 2 + length;
  }
  return found;
}

/** PNG: tEXt, zTXt, iTXt (XMP when keyed XML:com.adobe.xmp), eXIf, iCCP. */
function pngMetadata(bytes: Uint8Array): ImageFacts['metadata'] {
  const found: ImageFacts['metadata'] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    if (type === 'tEXt' || type === 'zTXt') found.push({ kind: 'text', at: type });
    else if (type === 'iTXt') found.push({ kind: ascii(bytes, at + 8, 17) === 'XML:com.adobe.xmp' ? 'xmp' : 'text', at: type });
    else if (type === 'eXIf') found.push({ kind: 'exif', at: type });
    else if (type === 'iCCP') found.push({ kind: 'icc', at: type });
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

/** WebP (RIFF): EXIF, XMP and ICCP chunks. */
function webpMetadata(bytes: Uint8Array): ImageFacts['metadata'] {
  const found: ImageFacts['metadata'] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    const length = view.getUint32(at + 4, true);
    if (type === 'EXIF') found.push({ kind: 'exif', at: type });
    else if (type === 'XMP ') found.push({ kind: 'xmp', at: type });
    else if (type === 'ICCP') found.push({ kind: 'icc', at: type });
    at += 8 + length + (length % 2);
  }
  return found;
}
