// Colours and patterns that stay distinguishable for colour-blind readers, in print and in greyscale.
import { interpolateCividis } from 'd3-scale-chromatic';
import { el } from './svg.ts';

/**
 * Okabe–Ito's colour-blind-safe set, reordered so the first four (the ones most charts use) have at least
 * 3:1 contrast against white; every mark also gets a dark outline and, from the second series on, a pattern.
 */
export const CATEGORY_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

export const INK = '#1d1d1f';
export const INK_MUTED = '#4a4a50';
export const GRID = '#d6d3cc';
export const NO_DATA = '#f2f2f2';
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export function seriesColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] ?? INK;
}

/** Pattern overlays by series index: none, diagonal hatch, dots, cross-hatch, horizontal lines. */
const PATTERN_SHAPES = [
  '',
  el('path', { d: 'M-1 1l2-2M0 6l6-6M5 7l2-2', stroke: '#ffffff', 'stroke-width': 1.6 }),
  el('circle', { cx: 3, cy: 3, r: 1.3, fill: '#ffffff' }),
  el('path', { d: 'M0 0l6 6M6 0l-6 6', stroke: '#ffffff', 'stroke-width': 1.2 }),
  el('path', { d: 'M0 3h6', stroke: '#ffffff', 'stroke-width': 1.6 }),
] as const;

/** The fill of series `index`: its colour, or a pattern over its colour. */
export function seriesFill(index: number, idPrefix: string): string {
  return index % PATTERN_SHAPES.length === 0 ? seriesColour(index) : `url(#${idPrefix}-pattern-${index})`;
}

/** <defs> with one pattern per patterned series (the colour underneath, the shape on top). */
export function seriesPatterns(count: number, idPrefix: string): string {
  const patterns: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const shape = PATTERN_SHAPES[index % PATTERN_SHAPES.length];
    if (!shape) continue;
    patterns.push(
      el(
        'pattern',
        { id: `${idPrefix}-pattern-${index}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        el('rect', { width: 6, height: 6, fill: seriesColour(index) }),
        shape,
      ),
    );
  }
  return patterns.join('');
}

/** The hatch for regions without data, so "no data" never reads as "zero". */
export function noDataPattern(idPrefix: string): string {
  return el(
    'pattern',
    { id: `${idPrefix}-nodata`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: 6, height: 6, fill: NO_DATA }),
    el('path', { d: 'M-1 1l2-2M0 6l6-6M5 7l2-2', stroke: '#9a9a9a', 'stroke-width': 1 }),
  );
}

/**
 * `count` sequential classes from cividis (blue → yellow, readable with every colour-vision deficiency),
 * light for low values and dark for high ones, as readers expect of a choropleth.
 */
export function sequentialClasses(count: number): string[] {
  if (count <= 1) return [interpolateCividis(0.5)];
  return Array.from({ length: count }, (_, index) => interpolateCividis(0.95 - (0.9 * index) / (count - 1)));
}
