import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cjkFontFiles, encodePng, PNG_SCALE, rasterise } from '../../src/charts/png.ts';
import { drawChart } from '../../src/charts/render.ts';
import type { CategoryChart } from '../../src/charts/spec.ts';

/** Chunks of a PNG file as [type, data]. */
function chunks(png: Buffer): [string, Buffer][] {
  const found: [string, Buffer][] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    found.push([png.toString('ascii', offset + 4, offset + 8), png.subarray(offset + 8, offset + 8 + length)]);
    offset += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  it('writes a PNG whose pixels decode back to the input', () => {
    const rgba = Buffer.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 255, 1, 2, 3, 4]);
    const png = encodePng(rgba, 2, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [[ihdr, header], [idat, data], [iend]] = chunks(png) as [[string, Buffer], [string, Buffer], [string, Buffer]];
    expect([ihdr, idat, iend]).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([2, 2, 8, 6]);
    const raw = inflateSync(data);
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
  });
});

const fonts = cjkFontFiles();

describe.skipIf(!fonts)('rasterise (needs fonts-noto-cjk)', () => {
  it('cuts one sheet into one PNG per chart, each at twice its SVG size', () => {
    const chart = (id: string, values: number[]): CategoryChart => ({
      kind: 'bar', id, title: `图 ${id}`, description: '', categoryLabel: '类别', categories: values.map((_, index) => `类别${index}`),
      series: [{ key: 'v', label: '数量', values }], unit: 'count',
    });
    const source = { publisher: '安康市', release: '2026-11-01', license: 'CC-BY-4.0' };
    const drawings = [drawChart(chart('a', [1, 2]), { standalone: { source } }), drawChart(chart('b', [1, 2, 3, 4, 5]), { standalone: { source } })];
    const images = rasterise(drawings, fonts ?? []);
    expect(images).toHaveLength(2);
    images.forEach((png, index) => {
      const header = chunks(png)[0]![1];
      expect(header.readUInt32BE(0)).toBe(drawings[index]!.width * PNG_SCALE);
      expect(header.readUInt32BE(4)).toBe(drawings[index]!.height * PNG_SCALE);
    });
  });
});
