// The notice list of every township and village, one static page each (paged when long), so a villager without
// JavaScript reaches the notices that concern their own place. A place's list holds the notices of its own
// region, of every region above it (a township's notice covers all its villages; the county's and the city's
// cover everything in them) and of every region inside it (a township lists its villages' notices too).
// Only places, never place × type × year: 2,000 villages stay 2,000 small pages.
import type { RegionNode } from '../../regions/derive/regions.ts';
import { sortForPublicity, type PublicityPeriod } from './notice-order.ts';

/** The levels that get a list of their own: counties and the city are the list's area filter (notice-filters.ts). */
export const PLACE_LEVELS: readonly RegionNode['level'][] = ['township', 'village'];

/** Whether a notice issued for `noticeRegion` belongs on the list of `place`: one contains the other, or they are one. */
export function noticeConcernsPlace(noticeRegion: RegionNode, place: RegionNode): boolean {
  return (
    noticeRegion.code === place.code ||
    place.ancestors.some((ancestor) => ancestor.code === noticeRegion.code) ||
    noticeRegion.ancestors.some((ancestor) => ancestor.code === place.code)
  );
}

/**
 * Every township's and village's list (empty ones included, so every place has its page), each in publicity
 * order. A notice goes to its own region, the regions above it and every region below it, at the place levels.
 */
export function noticesByPlace<T>(
  notices: readonly T[],
  regions: ReadonlyMap<string, RegionNode>,
  regionOf: (notice: T) => string,
  periodOf: (notice: T) => PublicityPeriod,
  today: string,
): Map<string, T[]> {
  const byPlace = new Map<string, T[]>();
  for (const node of regions.values()) if (PLACE_LEVELS.includes(node.level)) byPlace.set(node.code, []);
  const below = new Map<string, string[]>();
  const placesBelow = (code: string): string[] => {
    const known = below.get(code);
    if (known) return known;
    const found = (regions.get(code)?.children ?? []).flatMap((child) => [child, ...placesBelow(child)]).filter((child) => byPlace.has(child));
    below.set(code, found);
    return found;
  };
  for (const notice of notices) {
    const node = regions.get(regionOf(notice));
    if (!node) continue;
    const places = [...node.ancestors.map((ancestor) => ancestor.code), node.code, ...placesBelow(node.code)];
    for (const place of places) byPlace.get(place)?.push(notice);
  }
  for (const [code, list] of byPlace) byPlace.set(code, sortForPublicity(list, periodOf, today));
  return byPlace;
}
