// Per region and year, the raw counts behind the map layers and region pages, summed up the hierarchy
// (village → township → county → city) so a county's figure is exactly the sum of what lies in it.
import type { IndicatorRow, PairingRow, TargetRow } from '../../pipeline/schemas/index.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { fundTotals, type FundTotals, type PublishedProject } from '../../funds/derive/projects.ts';
import { deriveExitTargets, exitActuals, type ExitActual, type ExitTargetYear } from './exit-targets.ts';
import type { RegionNode } from './regions.ts';

/** Campaign norms (联村联户): a unit visits its village at least 4 times a year … */
export const UNIT_VISIT_NORM = 4;
/** … and a cadre visits each paired household at least twice a year. */
export const HOUSEHOLD_VISIT_NORM = 2;

/** Whether a village's pairing row meets the two visit norms; a cadre's norm scales with the households paired. */
export function visitNorms(row: Pick<PairingRow, 'village_visits' | 'household_visits' | 'households_paired'>): {
  unitVisits: boolean;
  householdVisits: boolean;
  /** Household visits the norm asks for this village. */
  householdVisitsRequired: number;
} {
  const householdVisitsRequired = HOUSEHOLD_VISIT_NORM * row.households_paired;
  return { unitVisits: row.village_visits >= UNIT_VISIT_NORM, householdVisits: row.household_visits >= householdVisitsRequired, householdVisitsRequired };
}

export interface HonoreeCounts {
  total: number;
  selfReliance: number;
  cadres: number;
}

/** indicators.csv figures: the region's own row when the export has one, otherwise the sum of its parts. */
export interface PovertyFigures {
  /** The residents these poverty figures cover (the denominator of the incidence). */
  population: number;
  poorHouseholds: number;
  poorPersons: number;
  exitedHouseholds: number;
  exitedPersons: number;
  /** Villages with an indicator row this year, and how many of them are lifted out of poverty (摘帽). */
  villages: number;
  villagesExited: number;
}

/** pairings.csv figures, summed over the villages in the region. */
export interface PairingFigures {
  villages: number;
  cadres: number;
  householdsPaired: number;
  poorHouseholds: number;
  villageVisits: number;
  householdVisits: number;
  friendsConfirmed: number;
  surveyCalls: number;
  surveySatisfied: number;
  /** Villages whose unit met the village-visit norm, and whose cadres met the household-visit norm. */
  villagesMeetingUnitNorm: number;
  villagesMeetingHouseholdNorm: number;
}

export interface RegionYearFigures {
  year: number;
  /** Residents: the indicator row's population, else regions.csv, else the sum of the parts; absent when unknown. */
  population?: number;
  /**
   * Published honorees (revoked never count). Honorees without consent are placed at their township only,
   * so a village counts just the honorees published by name.
   */
  honorees: HonoreeCounts;
  /** Projects of the year located in the region, totalled by fundTotals() like every fund figure on the site. */
  funds: FundTotals;
  poverty?: PovertyFigures;
  pairing?: PairingFigures;
  /** People, households and villages that left poverty in the year (exit-targets.ts); absent when none can be counted. */
  exits?: ExitActual;
  /** The region's exit target for the year against its result (targets.csv; see exit-targets.ts); absent without a target. */
  exitTarget?: ExitTargetYear;
}

/** Region code → one entry per dataset year, ascending. */
export type RegionFigures = Record<string, RegionYearFigures[]>;

export interface RegionFigureInputs {
  regions: ReadonlyMap<string, RegionNode>;
  years: readonly number[];
  honorees: readonly PublishedHonoree[];
  projects: readonly PublishedProject[];
  indicators: readonly IndicatorRow[];
  pairings: readonly PairingRow[];
  /** targets.csv rows; the table is optional, so an export without it gives none. */
  targets?: readonly TargetRow[];
}

const key = (code: string, year: number) => `${code}|${year}`;

/** The region and every region above it, i.e. everything a row located here counts towards. */
function regionAndAncestors(node: RegionNode): string[] {
  return [node.code, ...node.ancestors.map((ancestor) => ancestor.code)];
}

export function deriveRegionFigures(inputs: RegionFigureInputs): RegionFigures {
  const { regions, years } = inputs;
  const honorees = countHonorees(inputs);
  const projects = projectsByRegion(inputs);
  const poverty = povertyFigures(inputs);
  const pairing = pairingFigures(inputs);
  const exits = exitActuals(inputs.indicators, regions);
  const exitTargets = deriveExitTargets(inputs.targets ?? [], exits);
  const figures: RegionFigures = {};
  for (const node of regions.values()) {
    figures[node.code] = years.map((year) => {
      const k = key(node.code, year);
      const povertyOfYear = poverty.get(k);
      const population = povertyOfYear?.ownRow ? povertyOfYear.figures.population : node.population ?? povertyOfYear?.figures.population;
      const pairingOfYear = pairing.get(k);
      const exitTarget = exitTargets.get(node.code)?.find((entry) => entry.year === year);
      const exitsOfYear = exits(node.code, year);
      return {
        year,
        ...(population !== undefined ? { population } : {}),
        honorees: honorees.get(k) ?? { total: 0, selfReliance: 0, cadres: 0 },
        funds: fundTotals(projects.get(k) ?? []),
        ...(povertyOfYear ? { poverty: povertyOfYear.figures } : {}),
        ...(pairingOfYear ? { pairing: pairingOfYear } : {}),
        ...(Object.keys(exitsOfYear).length > 0 ? { exits: exitsOfYear } : {}),
        ...(exitTarget ? { exitTarget } : {}),
      };
    });
  }
  return figures;
}

function countHonorees({ regions, honorees }: RegionFigureInputs): Map<string, HonoreeCounts> {
  const counts = new Map<string, HonoreeCounts>();
  for (const honoree of honorees) {
    // Masked honorees carry no village: placing them there would tell who they are.
    const place = regions.get((honoree.consent ? honoree.villageCode : undefined) ?? honoree.townshipCode);
    if (!place) continue;
    for (const code of regionAndAncestors(place)) {
      const k = key(code, honoree.year);
      let entry = counts.get(k);
      if (!entry) counts.set(k, (entry = { total: 0, selfReliance: 0, cadres: 0 }));
      entry.total += 1;
      if (honoree.kind === '自强标兵') entry.selfReliance += 1;
      else entry.cadres += 1;
    }
  }
  return counts;
}

function projectsByRegion({ regions, projects }: RegionFigureInputs): Map<string, PublishedProject[]> {
  const byRegion = new Map<string, PublishedProject[]>();
  for (const project of projects) {
    const place = regions.get(project.region_code);
    if (!place) continue;
    for (const code of regionAndAncestors(place)) {
      const k = key(code, project.year);
      let list = byRegion.get(k);
      if (!list) byRegion.set(k, (list = []));
      list.push(project);
    }
  }
  return byRegion;
}

interface PovertyEntry {
  figures: PovertyFigures;
  /** True when the export gave a row for this region itself (its figures then win over the parts' sum). */
  ownRow: boolean;
}

function povertyFigures({ regions, years, indicators }: RegionFigureInputs): Map<string, PovertyEntry> {
  const entries = new Map<string, PovertyEntry>();
  for (const row of indicators) {
    const node = regions.get(row.region_code);
    if (!node) continue;
    const isVillage = node.level === 'village';
    const figures: PovertyFigures = {
      population: row.population,
      poorHouseholds: row.poor_households,
      poorPersons: row.poor_persons,
      exitedHouseholds: row.exited_households,
      exitedPersons: row.exited_persons,
      villages: isVillage ? 1 : 0,
      villagesExited: isVillage && row.village_exited === true ? 1 : 0,
    };
    const existing = entries.get(key(node.code, row.year));
    entries.set(key(node.code, row.year), { figures: existing ? addPoverty(existing.figures, figures) : figures, ownRow: true });
  }
  // Deepest regions first, so every region's parts are complete before it is summed into its parent.
  const deepestFirst = [...regions.values()].sort((a, b) => b.ancestors.length - a.ancestors.length);
  for (const year of years) {
    for (const node of deepestFirst) {
      const entry = entries.get(key(node.code, year));
      if (!entry || !node.parentCode || !regions.has(node.parentCode)) continue;
      const parentKey = key(node.parentCode, year);
      const parent = entries.get(parentKey);
      if (!parent) {
        entries.set(parentKey, { figures: { ...entry.figures }, ownRow: false });
      } else if (parent.ownRow) {
        // The parent's own row stands; only the village tallies (which it cannot state) come from below.
        parent.figures.villages += entry.figures.villages;
        parent.figures.villagesExited += entry.figures.villagesExited;
      } else {
        parent.figures = addPoverty(parent.figures, entry.figures);
      }
    }
  }
  return entries;
}

function addPoverty(a: PovertyFigures, b: PovertyFigures): PovertyFigures {
  return {
    population: a.population + b.population,
    poorHouseholds: a.poorHouseholds + b.poorHouseholds,
    poorPersons: a.poorPersons + b.poorPersons,
    exitedHouseholds: a.exitedHouseholds + b.exitedHouseholds,
    exitedPersons: a.exitedPersons + b.exitedPersons,
    villages: a.villages + b.villages,
    villagesExited: a.villagesExited + b.villagesExited,
  };
}

function pairingFigures({ regions, pairings }: RegionFigureInputs): Map<string, PairingFigures> {
  const figures = new Map<string, PairingFigures>();
  for (const row of pairings) {
    const village = regions.get(row.village_code);
    if (!village) continue;
    const norms = visitNorms(row);
    for (const code of regionAndAncestors(village)) {
      const k = key(code, row.year);
      let entry = figures.get(k);
      if (!entry) figures.set(k, (entry = emptyPairing()));
      entry.villages += 1;
      entry.cadres += row.cadres;
      entry.householdsPaired += row.households_paired;
      entry.poorHouseholds += row.poor_households;
      entry.villageVisits += row.village_visits;
      entry.householdVisits += row.household_visits;
      entry.friendsConfirmed += row.friends_confirmed;
      entry.surveyCalls += row.survey_calls;
      entry.surveySatisfied += row.survey_satisfied;
      if (norms.unitVisits) entry.villagesMeetingUnitNorm += 1;
      if (norms.householdVisits) entry.villagesMeetingHouseholdNorm += 1;
    }
  }
  return figures;
}

function emptyPairing(): PairingFigures {
  return {
    villages: 0,
    cadres: 0,
    householdsPaired: 0,
    poorHouseholds: 0,
    villageVisits: 0,
    householdVisits: 0,
    friendsConfirmed: 0,
    surveyCalls: 0,
    surveySatisfied: 0,
    villagesMeetingUnitNorm: 0,
    villagesMeetingHouseholdNorm: 0,
  };
}
