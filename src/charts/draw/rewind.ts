// GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo, working on the sphere, reads such a ring
// as "everything except this polygon" and would fill the whole map. Rings are turned round when needed.
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Half the sphere: a polygon of a city is far smaller, so more than this means it was read inside out. */
const HEMISPHERE = 2 * Math.PI;

function reversed(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

function polygonForD3(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > HEMISPHERE ? reversed(rings) : rings;
}

export function geometryForD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygonForD3(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygonForD3) };
}
