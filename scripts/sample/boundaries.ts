// boundaries.geojson: the real county outlines plus schematic township cells.

import type { Random } from './random.ts';
import type { CountyOutline, MultiPolygon } from './reference.ts';
import type { RegionTree } from './regions.ts';
import { drawTownshipCells } from './township-cells.ts';

interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; level: 'county' } | { code: string; name: string; level: 'township'; schematic: true };
  geometry: { type: 'Polygon'; coordinates: MultiPolygon[number] } | { type: 'MultiPolygon'; coordinates: MultiPolygon };
}

/** A single-part shape is written as a Polygon, the way most GIS tools would save it. */
function geometryOf(coordinates: MultiPolygon): BoundaryFeature['geometry'] {
  const [only] = coordinates;
  return coordinates.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates };
}

export function buildBoundaries(tree: RegionTree, outlines: readonly CountyOutline[], random: Random): string {
  const outlineByCode = new Map(outlines.map((o) => [o.code, o]));
  const features: BoundaryFeature[] = [];
  for (const county of tree.counties) {
    const outline = outlineByCode.get(county.code);
    if (!outline) throw new Error(`county ${county.code} has no outline in the reference`);
    features.push({
      type: 'Feature',
      properties: { code: county.code, name: county.name, level: 'county' },
      geometry: geometryOf(outline.coordinates),
    });
  }
  for (const county of tree.counties) {
    const cells = drawTownshipCells(outlineByCode.get(county.code)!, county.townships.length, random.fork(county.code));
    county.townships.forEach((township, i) => {
      features.push({
        type: 'Feature',
        properties: { code: township.code, name: township.name, level: 'township', schematic: true },
        geometry: geometryOf(cells[i]!),
      });
    });
  }
  // One feature per line keeps the file diffable while staying compact.
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
