import { describe, expect, it } from 'vitest';
import { townshipHonoreeMap } from '../../src/charts/township-map/series.ts';
import { deriveRegionFigures } from '../../src/regions/derive/region-figures.ts';
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

describe('township honoree map', () => {
  it('shades townships by honorees of the latest year per 10,000 residents, with no value where the population is unknown', () => {
    const figures = deriveRegionFigures({
      regions,
      years: [2024, 2025],
      honorees: [
        honoree({ year: 2025, level: '村级', townshipCode: '610902100' }),
        honoree({ year: 2025, level: '村级', townshipCode: '610902100', consent: false }),
        honoree({ year: 2025, level: '镇级', townshipCode: '610902101', countyCode: '610902' }),
        honoree({ year: 2024, level: '镇级', townshipCode: '610902101', countyCode: '610902' }),
      ],
      projects: [],
      indicators: [indicator('610902101202', 3_000)],
      pairings: [],
    });
    const chart = townshipHonoreeMap({ figures, regions, boundaries });
    expect(chart.title).toBe('2025 年各乡镇每万名常住人口中的受表彰人数');
    expect(chart.regions.map((region) => [region.name, region.value])).toEqual([
      ['关庙镇', 1], // 2 honorees, 20,000 residents (regions.csv)
      ['张滩镇', 10 / 3], // 1 honoree, 3,000 residents (the sum of its villages' rows)
      ['城关镇', null], // population unknown
    ]);
    expect(chart.outlines?.map((outline) => outline.name)).toEqual(['汉滨区']);
    expect(chart.schematic).toBe(true);
    expect(chart.description).toContain('张滩镇（3.3）');
  });

  it('shows the year asked for', () => {
    const figures = deriveRegionFigures({ regions, years: [2024], honorees: [honoree({ year: 2024, level: '村级' })], projects: [], indicators: [], pairings: [] });
    const chart = townshipHonoreeMap({ figures, regions, boundaries, year: 2024 });
    expect(chart.title.startsWith('2024 年')).toBe(true);
    expect(chart.regions.find((region) => region.code === '610902100')?.value).toBe(0.5);
  });
});
