// 责任图 (the responsibility map): per village, who answers for it in a year — the helping unit, the first
// secretary, the paired cadres and households (pairings.csv) — and whether the visits met the campaign's norms
// (联村联户: the unit at least 4 times a year, cadres at least twice per paired household; visitNorms()).
// Per township, how many of its paired villages met both norms.
import type { PairingRow } from '../../pipeline/schemas/index.ts';
import { visitNorms } from '../../regions/derive/region-figures.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { ratio, type Ratio } from '../../site/ratio.ts';
import { placeOf, type BlueprintPlace } from './blueprint-places.ts';

export interface VillageResponsibility extends BlueprintPlace {
  unit: string;
  firstSecretary?: string;
  cadres: number;
  householdsPaired: number;
  poorHouseholds: number;
  villageVisits: number;
  householdVisits: number;
  householdVisitsRequired: number;
  unitNormMet: boolean;
  householdNormMet: boolean;
}

export interface TownshipResponsibility extends BlueprintPlace {
  /** Villages with a pairing row this year. */
  villages: number;
  cadres: number;
  householdsPaired: number;
  poorHouseholds: number;
  villagesMeetingBothNorms: number;
  /** villagesMeetingBothNorms ÷ villages; no value without paired villages. */
  normShare: Ratio;
  /** householdsPaired ÷ poorHouseholds. */
  coverage: Ratio;
}

export interface ResponsibilityBlueprint {
  /** The year shown: the latest with pairings; undefined when the export has none. */
  year?: number;
  townships: TownshipResponsibility[];
  villages: VillageResponsibility[];
}

export function deriveResponsibility(pairings: readonly PairingRow[], regions: ReadonlyMap<string, RegionNode>, year = latestYear(pairings)): ResponsibilityBlueprint {
  const villages: VillageResponsibility[] = [];
  for (const row of pairings) {
    if (row.year !== year) continue;
    const place = placeOf(regions, row.village_code);
    if (!place) continue;
    const norms = visitNorms(row);
    villages.push({
      ...place,
      unit: row.unit,
      ...(row.first_secretary ? { firstSecretary: row.first_secretary } : {}),
      cadres: row.cadres,
      householdsPaired: row.households_paired,
      poorHouseholds: row.poor_households,
      villageVisits: row.village_visits,
      householdVisits: row.household_visits,
      householdVisitsRequired: norms.householdVisitsRequired,
      unitNormMet: norms.unitVisits,
      householdNormMet: norms.householdVisits,
    });
  }
  villages.sort((a, b) => (a.townshipCode ?? '').localeCompare(b.townshipCode ?? '') || a.code.localeCompare(b.code));
  const byTownship = new Map<string, VillageResponsibility[]>();
  for (const village of villages) {
    const code = village.townshipCode ?? '';
    byTownship.set(code, [...(byTownship.get(code) ?? []), village]);
  }
  const townships = [...regions.values()]
    .filter((node) => node.level === 'township')
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((node) => {
      const place = placeOf(regions, node.code);
      if (!place) return [];
      const own = byTownship.get(node.code) ?? [];
      const sum = (pick: (village: VillageResponsibility) => number) => own.reduce((total, village) => total + pick(village), 0);
      const meeting = own.filter((village) => village.unitNormMet && village.householdNormMet).length;
      const householdsPaired = sum((village) => village.householdsPaired);
      const poorHouseholds = sum((village) => village.poorHouseholds);
      return [{
        ...place,
        villages: own.length,
        cadres: sum((village) => village.cadres),
        householdsPaired,
        poorHouseholds,
        villagesMeetingBothNorms: meeting,
        normShare: ratio(meeting, own.length),
        coverage: ratio(householdsPaired, poorHouseholds),
      }];
    });
  return { ...(year !== undefined ? { year } : {}), townships, villages };
}

function latestYear(pairings: readonly PairingRow[]): number | undefined {
  let latest: number | undefined;
  for (const row of pairings) if (latest === undefined || row.year > latest) latest = row.year;
  return latest;
}

export interface CountyResponsibility {
  code: string;
  name: string;
  villages: number;
  villagesMeetingBothNorms: number;
}

/** The counties with paired villages, in code order: the village tables are one page per county. */
export function responsibilityCounties(blueprint: ResponsibilityBlueprint, regions: ReadonlyMap<string, RegionNode>): CountyResponsibility[] {
  const counties = new Map<string, CountyResponsibility>();
  for (const village of blueprint.villages) {
    const county = regions.get(village.code)?.ancestors.find((ancestor) => ancestor.level === 'county');
    if (!county) continue;
    let entry = counties.get(county.code);
    if (!entry) counties.set(county.code, (entry = { code: county.code, name: county.name, villages: 0, villagesMeetingBothNorms: 0 }));
    entry.villages += 1;
    if (village.unitNormMet && village.householdNormMet) entry.villagesMeetingBothNorms += 1;
  }
  return [...counties.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The villages of one county, by township then code. */
export function villagesOfCounty(blueprint: ResponsibilityBlueprint, regions: ReadonlyMap<string, RegionNode>, countyCode: string): VillageResponsibility[] {
  return blueprint.villages.filter((village) => regions.get(village.code)?.ancestors.some((ancestor) => ancestor.code === countyCode));
}
