// The division tree: children, ancestors and the county/township/village a code sits in.
import type { Region, RegionLevel } from '../../pipeline/schemas/index.ts';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode?: string;
  population?: number;
  /** Codes of the regions one level down, in code order. */
  children: string[];
  /** Ancestors from the root down to the parent. */
  ancestors: { code: string; name: string; level: RegionLevel }[];
}

export interface Place {
  countyCode?: string;
  townshipCode?: string;
  villageCode?: string;
}

export interface RegionIndex {
  nodes: Map<string, RegionNode>;
  /** The county, township and village that contain (or are) the region. */
  placeOf(code: string): Place;
}

export function indexRegions(rows: readonly Region[]): RegionIndex {
  const nodes = new Map<string, RegionNode>();
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  for (const row of sorted) {
    nodes.set(row.code, {
      code: row.code,
      name: row.name,
      level: row.level,
      ...(row.parent_code ? { parentCode: row.parent_code } : {}),
      ...(row.population !== undefined ? { population: row.population } : {}),
      children: [],
      ancestors: [],
    });
  }
  for (const node of nodes.values()) {
    if (node.parentCode) nodes.get(node.parentCode)?.children.push(node.code);
    const ancestors: RegionNode['ancestors'] = [];
    const seen = new Set<string>([node.code]);
    for (let parent = node.parentCode ? nodes.get(node.parentCode) : undefined; parent && !seen.has(parent.code); ) {
      seen.add(parent.code);
      ancestors.unshift({ code: parent.code, name: parent.name, level: parent.level });
      parent = parent.parentCode ? nodes.get(parent.parentCode) : undefined;
    }
    node.ancestors = ancestors;
  }
  const placeOf = (code: string): Place => {
    const node = nodes.get(code);
    if (!node) return {};
    const place: Place = {};
    for (const entry of [...node.ancestors, node]) {
      if (entry.level === 'county') place.countyCode = entry.code;
      if (entry.level === 'township') place.townshipCode = entry.code;
      if (entry.level === 'village') place.villageCode = entry.code;
    }
    return place;
  };
  return { nodes, placeOf };
}
