// boundaries.geojson / .topojson → county and township polygons in WGS-84, each with its region code and whether it is schematic.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { gcj02ToWgs84 } from './gcj02.ts';
import { scanJsonValues } from './privacy.ts';
import { problem } from './problems.ts';
import type { Problem } from './report.ts';

export interface BoundaryProperties {
  /** Region code, matching regions.csv. */
  code: string;
  /** Drawn, not surveyed: maps must say 示意边界. */
  schematic: boolean;
  [key: string]: unknown;
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties>;

export interface Boundaries {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

export type Crs = 'WGS84' | 'GCJ02';

/** A boundary feature before the cross-file checks, with the JSON path reports point to. */
export interface LocatedBoundary {
  feature: BoundaryFeature;
  path: string;
}

/**
 * Turns a parsed GeoJSON or TopoJSON value into checked features; a feature with a problem is left out.
 * Properties are scanned for personal data like every cell of the export.
 */
export function readBoundaryValue(value: unknown, file: string, crs: Crs): { boundaries: LocatedBoundary[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (field: string | undefined, zh: string, en: string) =>
    problems.push(problem({ code: 'invalid-boundary', file, ...(field ? { field } : {}), message: { zh, en } }));

  const features = toFeatures(value);
  if (!features) {
    fail(undefined, '不是 GeoJSON FeatureCollection 或 TopoJSON Topology。', 'Neither a GeoJSON FeatureCollection nor a TopoJSON Topology.');
    return { boundaries: [], problems };
  }
  const boundaries: LocatedBoundary[] = [];
  features.forEach((raw, index) => {
    const path = `features[${index}]`;
    const feature = raw as Partial<Feature> | null;
    const properties = (feature?.properties ?? {}) as Record<string, unknown>;
    problems.push(...scanJsonValues(properties, file, `${path}.properties`));
    const code = typeof properties['code'] === 'number' ? String(properties['code']) : properties['code'];
    const geometry = feature?.geometry;
    if (typeof code !== 'string' || !/^\d{2,12}$/.test(code.trim())) {
      fail(`${path}.properties.code`, '缺少区划代码 properties.code。', 'properties.code (the region code) is missing.');
      return;
    }
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      fail(`${path}.geometry`, `区划 ${code} 的几何不是 Polygon 或 MultiPolygon。`, `The geometry of region ${code} is not a Polygon or MultiPolygon.`);
      return;
    }
    const schematic = properties['schematic'] ?? false;
    if (typeof schematic !== 'boolean') {
      fail(`${path}.properties.schematic`, 'properties.schematic 只能是 true 或 false。', 'properties.schematic must be true or false.');
      return;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (!polygons.every((rings) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing))) {
      fail(
        `${path}.geometry.coordinates`,
        `区划 ${code} 的坐标无效：每个环至少 4 个点，经度 −180～180，纬度 −90～90。`,
        `The coordinates of region ${code} are invalid: every ring needs 4 points, longitudes −180…180, latitudes −90…90.`,
      );
      return;
    }
    const converted = crs === 'GCJ02' ? polygons.map((rings) => rings.map(toWgs84)) : polygons;
    boundaries.push({
      path,
      feature: {
        type: 'Feature',
        properties: { ...properties, code: code.trim(), schematic },
        geometry: geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: converted[0]! } : { type: 'MultiPolygon', coordinates: converted },
      },
    });
  });
  return { boundaries, problems };
}

function toFeatures(value: unknown): unknown[] | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const object = value as { type?: unknown; features?: unknown; objects?: unknown };
  if (object.type === 'FeatureCollection' && Array.isArray(object.features)) return object.features;
  if (object.type === 'Topology' && object.objects && typeof object.objects === 'object') {
    const topology = value as Topology;
    return Object.values(topology.objects).flatMap((geometries) => {
      const converted = topojsonFeature(topology, geometries);
      return 'features' in converted ? converted.features : [converted];
    });
  }
  return undefined;
}

function isRing(ring: unknown): ring is Position[] {
  return Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition);
}

function isPosition(position: unknown): position is Position {
  if (!Array.isArray(position) || position.length < 2) return false;
  const [lon, lat] = position as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** Converted coordinates keep 7 decimals (about 1 cm): the offset model itself is only good to a metre or so. */
function toWgs84(ring: Position[]): Position[] {
  return ring.map(([lon, lat]) => {
    const [x, y] = gcj02ToWgs84(lon!, lat!);
    return [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7];
  });
}
