import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { readBoundaryValue } from '../../src/pipeline/boundaries.ts';
import { wgs84ToGcj02 } from '../../src/pipeline/gcj02.ts';
import { parseJsonFile } from '../../src/pipeline/json-file.ts';

const ring = (x: number, y: number) => [[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]];
const county = { type: 'Feature', properties: { code: '610902', name: '汉滨区' }, geometry: { type: 'Polygon', coordinates: [ring(108.9, 32.6)] } };
const township = { type: 'Feature', properties: { code: 610902100, schematic: true }, geometry: { type: 'MultiPolygon', coordinates: [[ring(109, 32.6)], [ring(109.2, 32.6)]] } };
const collection = (...features: object[]) => ({ type: 'FeatureCollection', features });

describe('readBoundaryValue', () => {
  it('keeps the properties, with the code as text and schematic defaulting to false', () => {
    const { boundaries, problems } = readBoundaryValue(collection(county, township), 'boundaries.geojson', 'WGS84');
    expect(problems).toEqual([]);
    expect(boundaries.map(({ feature, path }) => [path, feature.properties])).toEqual([
      ['features[0]', { code: '610902', name: '汉滨区', schematic: false }],
      ['features[1]', { code: '610902100', schematic: true }],
    ]);
    expect(boundaries[0]!.feature.geometry).toEqual(county.geometry);
  });

  it('converts GCJ-02 coordinates to WGS-84', () => {
    const [lon, lat] = wgs84ToGcj02(108.9, 32.6);
    const shifted = { ...county, geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat]]] } };
    const { boundaries } = readBoundaryValue(collection(shifted), 'boundaries.geojson', 'GCJ02');
    const [first] = (boundaries[0]!.feature.geometry.coordinates as number[][][])[0]!;
    expect(first![0]).toBeCloseTo(108.9, 6);
    expect(first![1]).toBeCloseTo(32.6, 6);
  });

  it('reads TopoJSON through topojson-client', () => {
    const topo = topology({ counties: collection(county) as GeoJSON.FeatureCollection, townships: collection(township) as GeoJSON.FeatureCollection });
    const { boundaries, problems } = readBoundaryValue(JSON.parse(JSON.stringify(topo)), 'boundaries.topojson', 'WGS84');
    expect(problems).toEqual([]);
    expect(boundaries.map(({ feature }) => [feature.properties.code, feature.geometry.type])).toEqual([
      ['610902', 'Polygon'],
      ['610902100', 'MultiPolygon'],
    ]);
  });

  it('reports features without a code, with a geometry that is not a polygon, or with impossible coordinates', () => {
    const noCode = { ...county, properties: { name: '无' } };
    const point = { ...county, geometry: { type: 'Point', coordinates: [108.9, 32.6] } };
    const swapped = { ...county, geometry: { type: 'Polygon', coordinates: [[[32.6, 108.9], [32.7, 108.9], [32.7, 109], [32.6, 108.9]]] } };
    const badSchematic = { ...county, properties: { code: '610921', schematic: '是' } };
    const { boundaries, problems } = readBoundaryValue(collection(noCode, point, swapped, badSchematic), 'boundaries.geojson', 'WGS84');
    expect(boundaries).toEqual([]);
    expect(problems.map((problem) => `${problem.code} ${problem.field}`)).toEqual([
      'invalid-boundary features[0].properties.code',
      'invalid-boundary features[1].geometry',
      'invalid-boundary features[2].geometry.coordinates',
      'invalid-boundary features[3].properties.schematic',
    ]);
  });

  it('scans boundary properties for personal data', () => {
    const withPhone = { ...county, properties: { code: '610902', contact: '13812345678' } };
    const { problems } = readBoundaryValue(collection(withPhone), 'boundaries.geojson', 'WGS84');
    expect(problems).toMatchObject([{ code: 'privacy-mobile', field: 'features[0].properties.contact', value: '138****5678' }]);
  });

  it('refuses what is neither GeoJSON nor TopoJSON', () => {
    expect(readBoundaryValue({ type: 'Feature' }, 'boundaries.geojson', 'WGS84').problems).toMatchObject([{ code: 'invalid-boundary' }]);
  });
});

describe('parseJsonFile', () => {
  const where = (text: string) => {
    const result = parseJsonFile(new TextEncoder().encode(text), 'release.json');
    return result.ok ? 'ok' : `${result.problem.code} ${result.problem.line}:${result.problem.column}`;
  };

  it('reads valid JSON', () => {
    expect(where('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBe('ok');
  });

  it('points at the line and column of the usual mistakes, without quoting the source', () => {
    expect(where('{\n  "release": "2026-11-01"\n  "crs": "WGS84"\n}')).toBe('invalid-json 3:3'); // missing comma
    expect(where('{"features": [,{}]}')).toBe('invalid-json 1:15'); // stray comma
    expect(where('{"a": 1,\n}')).toBe('invalid-json 2:1'); // trailing comma
    expect(where('{"a": “x”}')).toBe('invalid-json 1:7'); // Chinese quotation marks
    expect(where('{"a": 1')).toBe('invalid-json 1:8'); // cut off
    const result = parseJsonFile(new TextEncoder().encode('{"phone": 13812345678,}'), 'release.json');
    expect(JSON.stringify(result)).not.toContain('13812345678');
  });
});
