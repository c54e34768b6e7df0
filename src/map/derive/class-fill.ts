// A value's colour on a classed map, dependency-free so the browser (the dynamic map's months) colours with the
// same code as the build.
import { classIndex } from './map-legend.ts';

/** Lighter than every ramp's first colour and not the grey of 无数据: the class of its own for 0. */
export const ZERO_FILL = '#fbfaf6';

export interface ClassScale {
  /** As LayerClasses: ascending lower bounds of classes 1…n-1, one colour per class. */
  breaks: readonly number[];
  colors: readonly string[];
  /** Set when 0 has a class of its own (the classes then hold the values above 0 only). */
  zeroLabel?: string;
}

/** A value's colour on the map; undefined when it has no value (drawn as 无数据). */
export function fillOf(scale: ClassScale, value: number | undefined | null): string | undefined {
  if (value === undefined || value === null || !Number.isFinite(value)) return undefined;
  if (value === 0 && scale.zeroLabel !== undefined) return ZERO_FILL;
  return scale.colors[classIndex(value, scale.breaks)];
}
