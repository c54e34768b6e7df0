// Where a record lies for the four blueprints (四张蓝图): the township that holds a township or village code, and
// the rows the blueprints' tables name (county · township · village). Pure; shared by the four derives.
import type { RegionNode } from '../../regions/derive/regions.ts';

export interface BlueprintPlace {
  code: string;
  name: string;
  level: 'township' | 'village';
  countyName?: string;
  /** The township of a village. */
  townshipCode?: string;
  townshipName?: string;
}

/** The township a township or village code lies in; undefined for counties, the city and unknown codes. */
export function townshipOf(regions: ReadonlyMap<string, RegionNode>, code: string): string | undefined {
  const node = regions.get(code);
  if (!node) return undefined;
  if (node.level === 'township') return node.code;
  if (node.level === 'village') return node.ancestors.find((ancestor) => ancestor.level === 'township')?.code;
  return undefined;
}

export function placeOf(regions: ReadonlyMap<string, RegionNode>, code: string): BlueprintPlace | undefined {
  const node = regions.get(code);
  if (!node || (node.level !== 'township' && node.level !== 'village')) return undefined;
  const county = node.ancestors.find((ancestor) => ancestor.level === 'county');
  const township = node.level === 'village' ? node.ancestors.find((ancestor) => ancestor.level === 'township') : undefined;
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    ...(county ? { countyName: county.name } : {}),
    ...(township ? { townshipCode: township.code, townshipName: township.name } : {}),
  };
}

/** Every township in code order (the map's and the tables' order). */
export function townships(regions: ReadonlyMap<string, RegionNode>): RegionNode[] {
  return [...regions.values()].filter((node) => node.level === 'township').sort((a, b) => a.code.localeCompare(b.code));
}
