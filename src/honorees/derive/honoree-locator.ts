// The small locator on an honoree's page: the townships of their county as SVG paths, drawn once per county
// and shared by every profile in it (100,000 profiles must not project the same outlines 100,000 times).
import { geoMercator, geoPath } from 'd3-geo';
import { geometryForD3 } from '../../charts/draw/rewind.ts';
import type { Boundaries, BoundaryFeature } from '../../pipeline/boundaries.ts';
import { escapeXml } from '../../site/escape.ts';

export const LOCATOR_WIDTH = 320;
export const LOCATOR_HEIGHT = 240;

export interface LocatorShape {
  code: string;
  /** SVG path data, coordinates rounded to a tenth of a pixel (the locator is small; bytes matter). */
  d: string;
}

export interface CountyLocator {
  countyCode: string;
  width: number;
  height: number;
  shapes: LocatorShape[];
  /** Some outline is drawn, not surveyed: the caption must say 示意边界. */
  schematic: boolean;
}

/** Outlines of the given townships fitted into the locator's box; undefined when none has an outline. */
export function countyLocator(countyCode: string, townshipCodes: readonly string[], boundaries: Boundaries): CountyLocator | undefined {
  const wanted = new Set(townshipCodes);
  // GeoJSON winds outer rings the other way round from d3-geo, which would fill the whole box: turn them.
  const features: BoundaryFeature[] = boundaries.features
    .filter((feature) => wanted.has(feature.properties.code))
    .map((feature) => ({ ...feature, geometry: geometryForD3(feature.geometry) }));
  if (features.length === 0) return undefined;
  const projection = geoMercator().fitExtent(
    [[4, 4], [LOCATOR_WIDTH - 4, LOCATOR_HEIGHT - 4]],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection).digits(1);
  return {
    countyCode,
    width: LOCATOR_WIDTH,
    height: LOCATOR_HEIGHT,
    shapes: features.map((feature) => ({ code: feature.properties.code, d: path(feature) ?? '' })).filter((shape) => shape.d !== ''),
    schematic: features.some((feature) => feature.properties.schematic),
  };
}

/** One locator per county, computed the first time a profile in that county asks for it. */
export function locatorCache(boundaries: Boundaries, townshipsOf: (countyCode: string) => readonly string[]) {
  const cache = new Map<string, CountyLocator | undefined>();
  return (countyCode: string): CountyLocator | undefined => {
    if (!cache.has(countyCode)) cache.set(countyCode, countyLocator(countyCode, townshipsOf(countyCode), boundaries));
    return cache.get(countyCode);
  };
}

/**
 * The locator of one township as a standalone SVG file (served as an image, so its styling is presentation
 * attributes): the county's townships, this one filled in the site's accent colour and drawn last, on top.
 */
export function locatorSvg(locator: CountyLocator, townshipCode: string, label: string): string {
  const shapes = [...locator.shapes].sort((a, b) => Number(a.code === townshipCode) - Number(b.code === townshipCode));
  const paths = shapes.map((shape) =>
    shape.code === townshipCode
      ? `<path id="here" d="${shape.d}" fill="#a4262c" stroke="#1d1d1f" stroke-width="2"/>`
      : `<path d="${shape.d}" fill="#fff" stroke="#7a6a55" stroke-width="1"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${locator.width} ${locator.height}" width="${locator.width}" height="${locator.height}" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="${locator.width}" height="${locator.height}" fill="#f6f4ef"/>`,
    ...paths,
    '</svg>',
  ].join('');
}

/** What the locator shows, in words: its alt text and title. */
export function locatorLabel(countyName: string, townshipName: string): string {
  return `${countyName}各乡镇（街道）示意图，${townshipName}以深色标出`;
}
