// The one file the map fetches: county and township outlines as simplified, quantized TopoJSON, and every
// layer's values and colour classes for every year, so switching layer or year needs no further request.
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { Boundaries } from '../../pipeline/boundaries.ts';
import { layerClasses, type LayerClasses } from './map-classes.ts';
import { MAP_LAYERS } from './map-layers.ts';
import type { RegionFigures } from '../../regions/derive/region-figures.ts';
import { regionRates, type RateId } from '../../regions/derive/region-rates.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';

export type MapLevel = 'county' | 'township';
export const MAP_LEVELS: readonly MapLevel[] = ['county', 'township'];

export interface MapRegion {
  code: string;
  name: string;
  level: MapLevel;
  /** The county a township lies in. */
  countyCode?: string;
}

export interface MapData {
  /** Objects `county` and `township`; each geometry's id is its region code. */
  topology: Topology;
  /** The regions with an outline, counties first, each in code order. */
  regions: MapRegion[];
  years: number[];
  /**
   * classes[layer][level][year index]: each year classed on its own, so the map always shows how regions
   * compare that year (a figure like poverty incidence falls so far over the years that shared classes
   * would paint every recent region the same).
   */
  classes: Record<RateId, Record<MapLevel, LayerClasses[]>>;
  /** values[layer][year index][region index]; null when the region has no data that year. */
  values: Record<RateId, (number | null)[][]>;
  /** Any outline is schematic (drawn, not surveyed): the map must say so. */
  schematic: boolean;
}

/** Simplification keeps detail down to about 1/2000 of the map's extent (≈100 m across a city)… */
const DETAIL_FRACTION = 1 / 2000;
/** …and coordinates are stored on a 10,000 × 10,000 grid (≈20 m across a city). */
const QUANTIZATION = 10_000;

export function buildMapData(boundaries: Boundaries, regions: ReadonlyMap<string, RegionNode>, figures: RegionFigures, years: readonly number[]): MapData {
  const mapRegions = outlinedRegions(boundaries, regions);
  const values = {} as MapData['values'];
  const classes = {} as MapData['classes'];
  for (const layer of MAP_LAYERS) {
    values[layer.id] = years.map((_, yearIndex) =>
      mapRegions.map((region) => {
        const ofYear = figures[region.code]?.[yearIndex];
        const value = ofYear ? regionRates(ofYear)[layer.id] : undefined;
        return value === undefined ? null : Number(value.toPrecision(4));
      }),
    );
    const perLevel = (level: MapLevel) =>
      values[layer.id].map((ofYear) => layerClasses(ofYear.filter((_, index) => mapRegions[index]?.level === level), layer.scheme));
    classes[layer.id] = { county: perLevel('county'), township: perLevel('township') };
  }
  return {
    topology: outlineTopology(boundaries, new Set(mapRegions.map((region) => region.code)), regions),
    regions: mapRegions,
    years: [...years],
    classes,
    values,
    schematic: boundaries.features.some((feature) => feature.properties.schematic),
  };
}

function outlinedRegions(boundaries: Boundaries, regions: ReadonlyMap<string, RegionNode>): MapRegion[] {
  const outlined: MapRegion[] = [];
  const seen = new Set<string>();
  for (const feature of boundaries.features) {
    const node = regions.get(feature.properties.code);
    if (!node || seen.has(node.code) || (node.level !== 'county' && node.level !== 'township')) continue;
    seen.add(node.code);
    const countyCode = node.level === 'township' ? node.ancestors.find((ancestor) => ancestor.level === 'county')?.code : undefined;
    outlined.push({ code: node.code, name: node.name, level: node.level, ...(countyCode ? { countyCode } : {}) });
  }
  return outlined.sort((a, b) => (a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'county' ? -1 : 1));
}

/**
 * Shared borders become shared arcs (topojson-server), so simplifying an arc moves both neighbours'
 * edges together and no gap can open between them; rings that shrink below the detail are dropped.
 */
function outlineTopology(boundaries: Boundaries, codes: ReadonlySet<string>, regions: ReadonlyMap<string, RegionNode>): Topology {
  const collection = (level: MapLevel) => ({
    type: 'FeatureCollection' as const,
    features: boundaries.features
      .filter((feature) => codes.has(feature.properties.code) && regions.get(feature.properties.code)?.level === level)
      .map((feature) => ({ type: 'Feature' as const, id: feature.properties.code, properties: {}, geometry: feature.geometry })),
  });
  // Our features carry no properties; topojson-simplify's typings want exactly that.
  const full = topology({ county: collection('county'), township: collection('township') }) as Topology<Objects<{}>>;
  const [x0, y0, x1, y1] = full.bbox ?? [0, 0, 0, 0];
  const detail = Math.max(x1 - x0, y1 - y0) * DETAIL_FRACTION;
  const minWeight = (detail * detail) / 2;
  const weighted = presimplify(full);
  return quantize(filter(simplify(weighted, minWeight), filterWeight(weighted, minWeight)), QUANTIZATION);
}
