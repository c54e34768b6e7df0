import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/pipeline/gcj02.ts';

const reference = async (name: string) =>
  JSON.parse(await readFile(new URL(`../../scripts/reference/ankang/${name}`, import.meta.url), 'utf8')) as {
    features: { properties: { code: string }; geometry: { coordinates: number[][][][] } }[];
  };

/** Metres between two nearby points (equirectangular; exact enough at these distances). */
function metres([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const x = (lon2! - lon1!) * rad * Math.cos(((lat1! + lat2!) / 2) * rad);
  const y = (lat2! - lat1!) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

describe('GCJ-02 → WGS-84', () => {
  it('matches the published WGS-84 outlines of the Ankang counties to within 2 m on average', async () => {
    const gcj = await reference('ankang_counties.gcj02.geojson');
    const wgs = await reference('ankang_counties.wgs84.geojson');
    const errors: number[] = [];
    gcj.features.forEach((feature, f) => {
      const expected = wgs.features[f]!;
      expect(expected.properties.code).toBe(feature.properties.code);
      feature.geometry.coordinates.forEach((polygon, p) =>
        polygon.forEach((ring, r) =>
          ring.forEach((position, i) => errors.push(metres(gcj02ToWgs84(position[0]!, position[1]!), expected.geometry.coordinates[p]![r]![i]!))),
        ),
      );
    });
    const mean = errors.reduce((sum, error) => sum + error, 0) / errors.length;
    expect(errors.length).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(2);
    expect(Math.max(...errors)).toBeLessThan(5);
  });

  it('moves points by the offset (hundreds of metres in Ankang), so an identity would fail', () => {
    const gcj: [number, number] = [109.029098, 32.690817];
    expect(metres(gcj02ToWgs84(...gcj), gcj)).toBeGreaterThan(100);
  });

  it('inverts the forward transform to the centimetre', () => {
    const wgs: [number, number] = [108.9, 32.7];
    expect(metres(gcj02ToWgs84(...wgs84ToGcj02(...wgs)), wgs)).toBeLessThan(0.01);
  });

  it('leaves points outside China unchanged', () => {
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85]);
  });
});
