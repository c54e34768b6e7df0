// Regions shaded by a figure, projected with d3-geo at build time; a legend of classes and "no data" below.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';
import { classOf, quantileBreaks } from '../classes.ts';
import { csvValue, formatBreak, formatValue } from '../format.ts';
import type { ChoroplethChart } from '../spec.ts';
import { TYPE, type DrawOptions, type Drawing } from './drawing.ts';
import { INK, INK_MUTED, noDataPattern, sequentialClasses } from './palette.ts';
import { geometryForD3 } from './rewind.ts';
import { escapeXml } from '../../site/escape.ts';
import { el, text, textWidth } from './svg.ts';

const CLASSES = 5;
const SWATCH = 16;

export function drawChoropleth(spec: ChoroplethChart, options: DrawOptions): Drawing {
  const { width, idPrefix } = options;
  const features: Feature<Polygon | MultiPolygon, { index: number }>[] = spec.regions.map((region, index) => ({
    type: 'Feature',
    geometry: geometryForD3(region.geometry),
    properties: { index },
  }));
  const collection: FeatureCollection<Polygon | MultiPolygon, { index: number }> = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitWidth(width, collection);
  // One decimal of a user unit is finer than any screen or print shows, and keeps the map small.
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  const mapHeight = Math.ceil(y1 - y0) + 2;

  const values = spec.regions.flatMap((region) => (region.value === null ? [] : [region.value]));
  // Never more classes than distinct values: three townships cannot fill five classes.
  const breaks = quantileBreaks(values, Math.min(CLASSES, new Set(values).size));
  const colours = sequentialClasses(breaks.length + 1);
  const shapes = spec.regions.map((region, index) => {
    const feature = features[index]!;
    const fill = region.value === null ? `url(#${idPrefix}-nodata)` : colours[classOf(region.value, breaks)];
    const reading = region.value === null ? '无数据' : formatValue(region.value, spec.unit);
    return el('path', {
      d: path(feature) ?? '',
      fill,
      stroke: '#ffffff',
      'stroke-width': 0.6,
      'stroke-linejoin': 'round',
      'data-code': region.code,
      'data-category': region.name,
      'data-value': csvValue(region.value, spec.unit),
    }, el('title', {}, escapeXml(`${region.name}：${reading}`)));
  });

  const outlines = (spec.outlines ?? []).map((outline) => ({ name: outline.name, feature: { type: 'Feature' as const, geometry: geometryForD3(outline.geometry), properties: {} } }));
  const outlinePaths = outlines.map(({ feature }) =>
    el('path', { d: path(feature) ?? '', fill: 'none', stroke: INK, 'stroke-width': 1.2, 'stroke-linejoin': 'round' }));
  // Names with a white halo, so they read over any class colour.
  const outlineNames = outlines.map(({ name, feature }) => {
    const [x, y] = path.centroid(feature);
    return Number.isFinite(x) && Number.isFinite(y)
      ? text(name, { x, y: y + TYPE.tick / 3, 'font-size': TYPE.tick, 'font-weight': 700, fill: INK, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'text-anchor': 'middle' })
      : '';
  });

  const legendTop = mapHeight + 10;
  const { markup: key, height: keyHeight } = classLegend(breaks, colours, spec, width, legendTop, idPrefix, values.length < spec.regions.length);
  const schematic = spec.schematic
    ? text('示意边界，非实际行政界线', { x: 0, y: legendTop + keyHeight + TYPE.tick + 2, 'font-size': TYPE.tick, fill: INK_MUTED })
    : '';
  const height = legendTop + keyHeight + (spec.schematic ? TYPE.tick + 8 : 0);
  return {
    width,
    height,
    defs: noDataPattern(idPrefix),
    body: el('g', { transform: `translate(0,${-y0 + 1})`, class: 'chart-regions' }, ...shapes, ...outlinePaths, ...outlineNames) + key + schematic,
  };
}

/** Class swatches with their ranges (低于 5.0 · 5.0–10 · … · 20 及以上), wrapping to the width. */
function classLegend(breaks: readonly number[], colours: readonly string[], spec: ChoroplethChart, width: number, top: number, idPrefix: string, hasMissing: boolean) {
  const label = (value: number) => formatBreak(value, spec.unit);
  const ranges = colours.map((_, index) => {
    const low = breaks[index - 1];
    const high = breaks[index];
    if (low === undefined && high === undefined) return '全部';
    if (low === undefined) return `低于 ${label(high!)}`;
    if (high === undefined) return `${label(low)} 及以上`;
    return `${label(low)}–${label(high)}`;
  });
  const entries = ranges.map((range, index) => ({ range, fill: colours[index] ?? INK }));
  if (hasMissing) entries.push({ range: '无数据', fill: `url(#${idPrefix}-nodata)` });
  const items: string[] = [text(spec.valueLabel, { x: 0, y: top + TYPE.legend, 'font-size': TYPE.legend, fill: INK })];
  let x = 0;
  let y = top + TYPE.legend + 8;
  for (const entry of entries) {
    const itemWidth = SWATCH + 6 + textWidth(entry.range, TYPE.legend) + 14;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += SWATCH + 8;
    }
    items.push(
      el('rect', { x, y, width: SWATCH, height: SWATCH, fill: entry.fill, stroke: INK, 'stroke-width': 0.75 }),
      text(entry.range, { x: x + SWATCH + 6, y: y + SWATCH - 3, 'font-size': TYPE.legend, fill: INK }),
    );
    x += itemWidth;
  }
  return { markup: el('g', { class: 'chart-legend' }, ...items), height: y - top + SWATCH + 4 };
}
