// What each region page lists — honorees, projects, notices, pairings — indexed by region code in one
// pass over each table, so 2,000 (or 20,000) region pages never filter a whole table each.
import type { NoticeRow, PairingRow } from '../../pipeline/schemas/index.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import type { RegionNode } from './regions.ts';

export interface RegionContentInputs {
  regions: ReadonlyMap<string, RegionNode>;
  honorees: readonly PublishedHonoree[];
  projects: readonly PublishedProject[];
  notices: readonly NoticeRow[];
  pairings: readonly PairingRow[];
}

export interface RegionContent {
  /**
   * Honorees placed in the region: on a township every published honoree of it (masked ones as masked),
   * on a village only those published by name (a masked honoree's village is not public).
   */
  honoreesIn: Map<string, PublishedHonoree[]>;
  /** City- and county-level honorees (named only) within each county and the city: what their pages feature. */
  featuredHonoreesIn: Map<string, PublishedHonoree[]>;
  /** Projects located in the region or anywhere below it. */
  projectsWithin: Map<string, PublishedProject[]>;
  /** Notices whose scope (region_code) is exactly the region. */
  noticesFor: Map<string, NoticeRow[]>;
  /** Pairing rows per village, oldest year first. */
  pairingsOf: Map<string, PairingRow[]>;
}

function push<T>(map: Map<string, T[]>, code: string, item: T): void {
  const list = map.get(code);
  if (list) list.push(item);
  else map.set(code, [item]);
}

/** The input tables keep their order (honorees and projects newest first, notices newest first). */
export function indexRegionContent({ regions, honorees, projects, notices, pairings }: RegionContentInputs): RegionContent {
  const content: RegionContent = {
    honoreesIn: new Map(),
    featuredHonoreesIn: new Map(),
    projectsWithin: new Map(),
    noticesFor: new Map(),
    pairingsOf: new Map(),
  };
  for (const honoree of honorees) {
    push(content.honoreesIn, honoree.townshipCode, honoree);
    if (!honoree.consent) continue;
    if (honoree.villageCode) push(content.honoreesIn, honoree.villageCode, honoree);
    if (honoree.level === '市级' || honoree.level === '县级') {
      push(content.featuredHonoreesIn, honoree.countyCode, honoree);
      const county = regions.get(honoree.countyCode);
      for (const ancestor of county?.ancestors ?? []) push(content.featuredHonoreesIn, ancestor.code, honoree);
    }
  }
  for (const project of projects) {
    const place = regions.get(project.region_code);
    if (!place) continue;
    push(content.projectsWithin, place.code, project);
    for (const ancestor of place.ancestors) push(content.projectsWithin, ancestor.code, project);
  }
  for (const notice of notices) push(content.noticesFor, notice.region_code, notice);
  for (const pairing of [...pairings].sort((a, b) => a.year - b.year)) push(content.pairingsOf, pairing.village_code, pairing);
  return content;
}
