import { describe, expect, it } from 'vitest';
import { townshipHonoreeMap, townshipPopulation } from '../../src/charts/township-map/series.ts';
import type { Boundaries } from '../../src/pipeline/load.ts';
import type { IndicatorRow } from '../../src/pipeline/schemas/index.ts';
import { honoree, regions } from './fixtures.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]],
});

const boundaries: Boundaries = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: '610902', schematic: false }, geometry: square(108.9, 32.6) },
    { type: 'Feature', properties: { code: '610902100', schematic: true }, geometry: square(109.0, 32.7) },
    { type: 'Feature', properties: { code: '610902101', schematic: true }, geometry: square(109.1, 32.7) },
    { type: 'Feature', properties: { code: '610921100', schematic: true }, geometry: square(109.2, 32.7) },
  ],
};

const indicator = (code: string, population: number, year = 2025): IndicatorRow => ({
  year, region_code: code, population, poor_households: 0, poor_persons: 0, exited_households: 0, exited_persons: 0,
});

describe('township population', () => {
  it("prefers the township's own indicator row, then regions.csv, then the sum of its villages", () => {
    const population = townshipPopulation([indicator('610902100', 25_000), indicator('610902101202', 3_000), indicator('610921100203', 4_000, 2024)], regions, 2025);
    expect(Object.fromEntries(population)).toEqual({ '610902100': 25_000, '610902101': 3_000 });
  });
});

describe('township honoree map', () => {
  it('shades townships by honorees of the year per 10,000 residents, with no value where the population is unknown', () => {
    const chart = townshipHonoreeMap({
      honorees: [
        honoree({ year: 2025, level: '村级', townshipCode: '610902100' }),
        honoree({ year: 2025, level: '村级', townshipCode: '610902100', consent: false }),
        honoree({ year: 2025, level: '镇级', townshipCode: '610902101' }),
        honoree({ year: 2024, level: '镇级', townshipCode: '610902101' }),
      ],
      indicators: [indicator('610902101202', 3_000)],
      regions,
      boundaries,
    });
    expect(chart.title).toBe('2025 年各乡镇每万名常住人口中的受表彰人数');
    expect(chart.regions.map((region) => [region.name, region.value])).toEqual([
      ['关庙镇', 1], // 2 honorees, 20,000 residents (regions.csv)
      ['张滩镇', 10 / 3], // 1 honoree, 3,000 residents (its village)
      ['城关镇', null],
    ]);
    expect(chart.schematic).toBe(true);
    expect(chart.description).toContain('张滩镇（3.3）');
  });
});
