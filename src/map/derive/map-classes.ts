// Classed colours for a choropleth layer: at most five classes at rounded quantiles of the values,
// so each class holds a similar number of regions and its bounds read as plain numbers in the legend.
import { bisectLeft, quantileSorted } from 'd3-array';
import { schemeBlues, schemeGnBu, schemeGreens, schemeOrRd, schemePurples, schemeYlGn, schemeYlOrBr } from 'd3-scale-chromatic';
import type { SchemeName } from './map-layers.ts';

export interface LayerClasses {
  /** Ascending lower bounds of classes 1…n-1; class 0 is everything below breaks[0]. */
  breaks: number[];
  /** One colour per class, light to dark: breaks.length + 1 entries. */
  colors: string[];
}

const SCHEMES: Record<SchemeName, readonly (readonly string[])[]> = {
  YlOrBr: schemeYlOrBr,
  YlGn: schemeYlGn,
  Blues: schemeBlues,
  OrRd: schemeOrRd,
  Purples: schemePurples,
  GnBu: schemeGnBu,
  Greens: schemeGreens,
};

export const MAX_CLASSES = 5;

/** Two significant digits: 0.9534 → 0.95, 12,345 → 12,000. */
export function roundForLegend(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(2));
}

export function layerClasses(values: Iterable<number | undefined | null>, scheme: SchemeName): LayerClasses {
  const sorted = [...values].filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted.at(-1);
  const candidates: number[] = [];
  if (min !== undefined && max !== undefined) {
    for (let i = 1; i < MAX_CLASSES; i++) {
      const value = roundForLegend(quantileSorted(sorted, i / MAX_CLASSES) ?? min);
      if (value > min && value <= max && value !== candidates.at(-1)) candidates.push(value);
    }
  }
  // Every class must hold at least one value; a break whose class is empty merges it into the one below.
  const breaks = candidates.filter((lower, i) => {
    const firstAtOrAbove = bisectLeft(sorted, lower);
    return firstAtOrAbove < sorted.length && (sorted[firstAtOrAbove] ?? Infinity) < (candidates[i + 1] ?? Infinity);
  });
  return { breaks, colors: schemeColors(scheme, breaks.length + 1) };
}

/** ColorBrewer ships 3–9 classes; fewer are taken from the 3-class ramp so they stay far apart. */
function schemeColors(scheme: SchemeName, count: number): string[] {
  const ramps = SCHEMES[scheme];
  const three = ramps[3] ?? [];
  if (count >= 3) return [...(ramps[count] ?? three)];
  return count === 2 ? [three[0] ?? '', three[2] ?? ''] : [three[1] ?? ''];
}
