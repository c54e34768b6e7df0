import { feature } from 'topojson-client';
import type { GeometryCollection, Polygon as TopoPolygon } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Boundaries, BoundaryFeature } from '../../../src/pipeline/boundaries.ts';
import { buildMapData } from '../../../src/map/derive/map-data.ts';
import type { RegionFigures, RegionYearFigures } from '../../../src/regions/derive/region-figures.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610921', name: '汉阴县', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '五里镇', level: 'township', parent_code: '610902' },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
  { code: '610921100', name: '城关镇', level: 'township', parent_code: '610921' },
  { code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100' },
];
const index = indexRegions(regions);

/** An axis-aligned box with extra points along its edges, so there is something to simplify. */
function box(code: string, x0: number, y0: number, x1: number, y1: number, schematic = false): BoundaryFeature {
  const steps = 20;
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) ring.push([x0 + ((x1 - x0) * i) / steps, y0]);
  for (let i = 0; i < steps; i++) ring.push([x1, y0 + ((y1 - y0) * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([x1 - ((x1 - x0) * i) / steps, y1]);
  for (let i = 0; i < steps; i++) ring.push([x0, y1 - ((y1 - y0) * i) / steps]);
  ring.push([x0, y0]);
  return { type: 'Feature', properties: { code, schematic }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const boundaries: Boundaries = {
  type: 'FeatureCollection',
  features: [
    box('610902', 108.5, 32.5, 109.5, 33),
    box('610921', 108, 32.5, 108.5, 33),
    box('610902100', 108.5, 32.5, 109, 33, true),
    box('610902101', 109, 32.5, 109.5, 33, true),
    box('610921100', 108, 32.5, 108.5, 33, true),
    box('999999', 0, 0, 1, 1),
  ],
};

const year = (y: number, population: number, honorees: number): RegionYearFigures => ({
  year: y,
  population,
  honorees: { total: honorees, selfReliance: honorees, cadres: 0 },
  funds: { projects: 0, allocated: 0, disbursed: 0, beneficiaryHouseholds: 0, poorHouseholds: 0 },
});

const figures: RegionFigures = {
  '610902': [year(2024, 50_000, 10), year(2025, 50_000, 20)],
  '610921': [year(2024, 20_000, 2), year(2025, 20_000, 4)],
  '610902100': [year(2024, 10_000, 1), year(2025, 10_000, 5)],
  '610902101': [year(2024, 40_000, 9), year(2025, 40_000, 15)],
  '610921100': [year(2024, 20_000, 2), year(2025, 20_000, 4)],
};

describe('buildMapData', () => {
  const data = buildMapData(boundaries, index.nodes, figures, [2024, 2025]);

  it('lists the outlined counties and townships, counties first, and ignores outlines of unknown regions', () => {
    expect(data.regions.map((region) => region.code)).toEqual(['610902', '610921', '610902100', '610902101', '610921100']);
    expect(data.regions[3]).toEqual({ code: '610902101', name: '张滩镇', level: 'township', countyCode: '610902' });
    expect(data.schematic).toBe(true);
  });

  it('writes one quantized geometry per region, with its code as id', () => {
    expect(data.topology.transform).toBeDefined();
    const townships = data.topology.objects['township'] as GeometryCollection;
    const counties = data.topology.objects['county'] as GeometryCollection;
    expect(townships.geometries.map((geometry) => geometry.id)).toEqual(['610902100', '610902101', '610921100']);
    expect(counties.geometries.map((geometry) => geometry.id)).toEqual(['610902', '610921']);
    const decoded = feature(data.topology, townships);
    expect(decoded.features).toHaveLength(3);
  });

  it('simplifies without gaps: neighbours keep drawing their shared border from the same arcs', () => {
    const townships = data.topology.objects['township'] as GeometryCollection;
    const arcsOf = (code: string) => {
      const geometry = townships.geometries.find((candidate) => candidate.id === code) as TopoPolygon;
      return new Set(geometry.arcs.flat().map((arc) => (arc < 0 ? ~arc : arc)));
    };
    const shared = [...arcsOf('610902100')].filter((arc) => arcsOf('610902101').has(arc));
    expect(shared.length).toBeGreaterThan(0);
    const points = data.topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(points).toBeLessThan(boundaries.features.slice(0, 5).length * 81);
  });

  it('gives each layer its values per year and region, and classes per level', () => {
    expect(data.values.honoreesPer10k).toEqual([
      [2, 1, 1, 2.25, 1],
      [4, 2, 5, 3.75, 2],
    ]);
    expect(data.values.satisfaction).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(data.classes.honoreesPer10k.township).toHaveLength(2);
    for (const classes of data.classes.honoreesPer10k.township) expect(classes.colors.length).toBe(classes.breaks.length + 1);
    // Each year is classed on its own: 2024's townships (1, 2.25, 1) and 2025's (5, 3.75, 2) get their own breaks.
    expect(data.classes.honoreesPer10k.township[0]?.breaks).toEqual([1.8]);
    expect(data.classes.honoreesPer10k.township[1]?.breaks).toEqual([3.4, 4.5]);
    expect(data.classes.satisfaction.township[1]?.breaks).toEqual([]);
  });
});
