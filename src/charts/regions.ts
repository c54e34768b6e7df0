// Where a row lies in the division tree, for charts that group by county or township.
import type { RegionNode } from '../pipeline/derive/regions.ts';

export type RegionLookup = ReadonlyMap<string, Pick<RegionNode, 'code' | 'name' | 'level' | 'ancestors'>>;

/** The county (or township) that contains the region, or is it; undefined above that level or when unknown. */
export function containing(regions: RegionLookup, code: string, level: 'county' | 'township'): { code: string; name: string } | undefined {
  const node = regions.get(code);
  if (!node) return undefined;
  if (node.level === level) return { code: node.code, name: node.name };
  const ancestor = node.ancestors.find((entry) => entry.level === level);
  return ancestor ? { code: ancestor.code, name: ancestor.name } : undefined;
}

/** a / b, or null when there is nothing to divide by: "no data" is never drawn as 0 %. */
export function share(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
