import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageInfo } from '../../src/pipeline/images.ts';
import { TINY_EXPORT } from './helpers.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));
const le16 = (n: number) => [n & 0xff, n >> 8];
const be16 = (n: number) => [n >> 8, n & 0xff];

describe('readImageInfo', () => {
  it('reads a PNG header', async () => {
    const png = await readFile(join(TINY_EXPORT, 'photos/zhang-minghua.png'));
    expect(readImageInfo(png)).toEqual({ type: 'image/png', width: 4, height: 3 });
  });

  it('walks JPEG segments past APP markers to the frame header', () => {
    const app1 = [0xff, 0xe1, ...be16(8), ...bytes('Exif\0\0')];
    const sof0 = [0xff, 0xc0, ...be16(17), 8, ...be16(480), ...be16(640), 3, ...new Array(9).fill(0)];
    expect(readImageInfo(bytes([0xff, 0xd8], app1, sof0, [0xff, 0xd9]))).toEqual({ type: 'image/jpeg', width: 640, height: 480 });
  });

  it('reads lossy, lossless and extended WebP headers', () => {
    const riff = (chunk: string, body: number[]) => bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0], body);
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(300), ...le16(200)]);
    expect(readImageInfo(lossy)).toEqual({ type: 'image/webp', width: 300, height: 200 });
    const bits = (300 - 1) | ((200 - 1) << 14);
    const lossless = riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]);
    expect(readImageInfo(lossless)).toEqual({ type: 'image/webp', width: 300, height: 200 });
    const extended = riff('VP8X', [0, 0, 0, 0, ...[299 & 0xff, 299 >> 8, 0], ...[199, 0, 0]]); // flags, reserved, width − 1, height − 1
    expect(readImageInfo(extended)).toEqual({ type: 'image/webp', width: 300, height: 200 });
  });

  it('refuses what only pretends to be an image', () => {
    expect(readImageInfo(bytes('%PDF-1.7 a document renamed to .jpg'))).toBeUndefined();
    expect(readImageInfo(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined(); // a JPEG cut off before its frame
    expect(readImageInfo(new Uint8Array(0))).toBeUndefined();
  });
});
