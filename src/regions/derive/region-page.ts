// The lists one region page shows, cut to a length a phone can carry: every list says how many there
// are in all and links on to the full list, so a village page stays small at any scale.
import type { NoticeRow, PairingRow } from '../../pipeline/schemas/index.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import type { RegionContent } from './region-content.ts';
import type { RegionFigures } from './region-figures.ts';
import type { RegionNode } from './regions.ts';

export interface Shortlist<T> {
  shown: T[];
  total: number;
}

export interface VillagePairing {
  code: string;
  name: string;
  /** The village's pairing in the latest year it has one. */
  row: PairingRow;
}

export interface RegionPageLists {
  /** Villages and townships: honorees placed there; counties and the city: their city- and county-level honorees. */
  honorees: Shortlist<PublishedHonoree> & { featured: boolean };
  /** Newest year first, largest allocation first within a year. */
  projects: Shortlist<PublishedProject>;
  /** Notices issued for the region itself. */
  notices: Shortlist<NoticeRow>;
  /** Notices for the township, county or city it lies in: they cover it too. */
  noticesAbove: Shortlist<NoticeRow>;
  /** A village's pairing over the years, oldest first. */
  pairings: PairingRow[];
  /** A township's villages with their latest pairing. */
  villagePairings: VillagePairing[];
}

/** A village page lists less than a township: 1,924 of them (and at 100,000 honorees ~50 each) must stay small. */
export const LIST_LIMITS = {
  honorees: 60,
  villageHonorees: 30,
  featuredHonorees: 12,
  projects: 30,
  villageProjects: 10,
  notices: 10,
  noticesAbove: 6,
} as const;

/**
 * The honoree list a region page links to: its township's (for villages and townships) or its county's, as
 * the honoree pages filter them; undefined (the whole list) for the city, or when that list would be empty —
 * filter pages exist only for values someone has.
 */
export function honoreeListFilter(node: RegionNode, figures: RegionFigures): { facet: 'county' | 'township'; slug: string } | undefined {
  const level = node.level === 'village' || node.level === 'township' ? 'township' : node.level === 'county' ? 'county' : undefined;
  const code = node.level === level ? node.code : node.ancestors.find((ancestor) => ancestor.level === level)?.code;
  if (!level || !code) return undefined;
  const anyone = (figures[code] ?? []).some((entry) => entry.honorees.total > 0);
  return anyone ? { facet: level, slug: code } : undefined;
}

function shortlist<T>(items: readonly T[] | undefined, limit: number): Shortlist<T> {
  return { shown: (items ?? []).slice(0, limit), total: items?.length ?? 0 };
}

export function regionPageLists(node: RegionNode, content: RegionContent, regions: ReadonlyMap<string, RegionNode>): RegionPageLists {
  const featured = node.level === 'county' || node.level === 'city';
  const village = node.level === 'village';
  const honorees = featured ? content.featuredHonoreesIn.get(node.code) : content.honoreesIn.get(node.code);
  const projects = [...(content.projectsWithin.get(node.code) ?? [])].sort(
    (a, b) => b.year - a.year || b.allocatedTotal - a.allocatedTotal || a.id.localeCompare(b.id),
  );
  const above = node.ancestors
    .flatMap((ancestor) => content.noticesFor.get(ancestor.code) ?? [])
    .sort((a, b) => b.published_on.localeCompare(a.published_on) || a.id.localeCompare(b.id));
  const villagePairings: VillagePairing[] = [];
  if (node.level === 'township') {
    for (const code of node.children) {
      const row = content.pairingsOf.get(code)?.at(-1);
      const village = regions.get(code);
      if (row && village) villagePairings.push({ code, name: village.name, row });
    }
  }
  return {
    honorees: {
      ...shortlist(honorees, featured ? LIST_LIMITS.featuredHonorees : village ? LIST_LIMITS.villageHonorees : LIST_LIMITS.honorees),
      featured,
    },
    projects: shortlist(projects, village ? LIST_LIMITS.villageProjects : LIST_LIMITS.projects),
    notices: shortlist(content.noticesFor.get(node.code), LIST_LIMITS.notices),
    noticesAbove: shortlist(above, LIST_LIMITS.noticesAbove),
    pairings: village ? (content.pairingsOf.get(node.code) ?? []) : [],
    villagePairings,
  };
}
