// Class breaks for choropleths: quantiles of the values, rounded to two significant digits so the legend reads easily.
import { quantileSorted } from 'd3-array';

/** Rounds to two significant digits: 12.345 → 12, 0.8765 → 0.88, 1234 → 1200. */
export function roundSignificant(value: number): number {
  // toPrecision rounds in decimal, so 0.48 stays 0.48 rather than 0.48000000000000004.
  return Number.isFinite(value) ? Number(value.toPrecision(2)) : value;
}

/**
 * Up to `count - 1` ascending thresholds splitting the values into classes of about equal size.
 * Duplicate thresholds collapse, so a few distinct values give fewer classes, never empty ones in the middle.
 */
export function quantileBreaks(values: readonly number[], count: number): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0 || count < 2) return [];
  const breaks: number[] = [];
  for (let index = 1; index < count; index += 1) {
    const threshold = roundSignificant(quantileSorted(sorted, index / count) ?? 0);
    const lowest = sorted[0] ?? 0;
    if (threshold > lowest && threshold !== breaks.at(-1)) breaks.push(threshold);
  }
  return breaks;
}

/** The class of a value: 0 below the first threshold, `breaks.length` at or above the last. */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= (breaks[index] ?? Infinity)) index += 1;
  return index;
}
