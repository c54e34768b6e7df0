// Each village's registered poor households and their exit, year by year (indicators.csv).
//
// The registered count (建档立卡) shrinks a little as records are corrected; the
// exited share climbs towards 100%. A village counts as lifted out of poverty
// (贫困村摘帽) once fewer than 3% of its residents are still poor, the
// threshold used for western provinces, and never falls back.

import type { CsvColumn } from './csv-writer.ts';
import type { Random } from './random.ts';
import type { RegionTree, VillageNode } from './regions.ts';

export interface VillageYear {
  year: number;
  population: number;
  poorHouseholds: number;
  poorPersons: number;
  exitedHouseholds: number;
  exitedPersons: number;
  villageExited: boolean;
}

export interface PovertyLedger {
  years: readonly number[];
  /** Per village code, one entry per year in `years` order. */
  byVillage: ReadonlyMap<string, readonly VillageYear[]>;
  /** Per village code, the year before the first: what the first year's exits are counted from. */
  baseline: ReadonlyMap<string, VillageYear>;
}

const EXIT_INCIDENCE = 0.03;

/** The village's figures from the year before `years[0]` through the last year. */
function villageHistory(village: VillageNode, years: readonly number[], random: Random): VillageYear[] {
  const finalYear = years[years.length - 1]!;
  const households = village.population / random.float(2.9, 3.6);
  const incidence = village.kind === '居委会' ? random.float(0.004, 0.024) : 0.04 + 0.26 * Math.pow(random.next(), 1.5);
  const personsPerHousehold = random.float(2.3, 3.4);
  const drift = random.float(0, 0.015);
  let poorHouseholds = Math.max(1, Math.round(households * incidence));
  let exitedShare = random.float(0.35, 0.75);
  let exited = false;
  return [years[0]! - 1, ...years].map((year) => {
    poorHouseholds = Math.max(1, poorHouseholds - Math.round(poorHouseholds * random.float(0, 0.02)));
    exitedShare += (1 - exitedShare) * random.float(0.12, 0.4);
    const population = Math.round(village.population * (1 + drift * (finalYear - year)));
    const poorPersons = Math.max(poorHouseholds, Math.round(poorHouseholds * personsPerHousehold));
    const exitedPersons = Math.min(poorPersons, Math.round(poorPersons * exitedShare));
    exited = exited || (poorPersons - exitedPersons) / population < EXIT_INCIDENCE;
    return {
      year,
      population,
      poorHouseholds,
      poorPersons,
      exitedHouseholds: Math.min(poorHouseholds, Math.round(poorHouseholds * exitedShare)),
      exitedPersons,
      villageExited: exited,
    };
  });
}

export function planPovertyLedger(tree: RegionTree, years: readonly number[], random: Random): PovertyLedger {
  const byVillage = new Map<string, VillageYear[]>();
  const baseline = new Map<string, VillageYear>();
  for (const village of tree.villages) {
    const [before, ...history] = villageHistory(village, years, random);
    byVillage.set(village.code, history);
    baseline.set(village.code, before!);
  }
  return { years, byVillage, baseline };
}

export function villageYear(ledger: PovertyLedger, villageCode: string, year: number): VillageYear {
  const entry =
    year === ledger.years[0]! - 1 ? ledger.baseline.get(villageCode) : ledger.byVillage.get(villageCode)?.[ledger.years.indexOf(year)];
  if (!entry) throw new Error(`no ledger entry for ${villageCode} in ${year}`);
  return entry;
}

/** Villages whose 摘帽 falls in the given year. */
export function villagesLiftedIn(ledger: PovertyLedger, villages: readonly VillageNode[], year: number): VillageNode[] {
  return villages.filter((v) => villageYear(ledger, v.code, year).villageExited && !villageYear(ledger, v.code, year - 1).villageExited);
}

/** Households and persons newly counted as exited in a village in the given year. */
export function householdExitsIn(ledger: PovertyLedger, villageCode: string, year: number): { households: number; persons: number } {
  const now = villageYear(ledger, villageCode, year);
  const before = villageYear(ledger, villageCode, year - 1);
  return {
    households: Math.max(0, now.exitedHouseholds - before.exitedHouseholds),
    persons: Math.max(0, now.exitedPersons - before.exitedPersons),
  };
}

interface IndicatorRow extends Omit<VillageYear, 'villageExited'> {
  regionCode: string;
  /** Empty for townships: 摘帽 applies to villages only. */
  villageExited: '是' | '否' | '';
}

/** Townships first, then their villages, year by year; township figures are the sums of their villages. */
export function* indicatorRows(tree: RegionTree, ledger: PovertyLedger): Generator<IndicatorRow> {
  for (const year of ledger.years) {
    for (const township of tree.townships) {
      const entries = township.villages.map((v) => villageYear(ledger, v.code, year));
      const sum = (key: 'population' | 'poorHouseholds' | 'poorPersons' | 'exitedHouseholds' | 'exitedPersons'): number =>
        entries.reduce((total, e) => total + e[key], 0);
      yield {
        year,
        regionCode: township.code,
        population: sum('population'),
        poorHouseholds: sum('poorHouseholds'),
        poorPersons: sum('poorPersons'),
        exitedHouseholds: sum('exitedHouseholds'),
        exitedPersons: sum('exitedPersons'),
        villageExited: '',
      };
      for (const village of township.villages) {
        const e = villageYear(ledger, village.code, year);
        yield { ...e, regionCode: village.code, villageExited: e.villageExited ? '是' : '否' };
      }
    }
  }
}

export const indicatorColumns: readonly CsvColumn<IndicatorRow>[] = [
  { en: 'year', zh: '年度', value: (r) => r.year },
  { en: 'region_code', zh: '地区编码', value: (r) => r.regionCode },
  { en: 'population', zh: '常住人口', value: (r) => r.population },
  { en: 'poor_households', zh: '贫困户数', value: (r) => r.poorHouseholds },
  { en: 'poor_persons', zh: '贫困人口', value: (r) => r.poorPersons },
  { en: 'exited_households', zh: '脱贫户数', value: (r) => r.exitedHouseholds },
  { en: 'exited_persons', zh: '脱贫人口', value: (r) => r.exitedPersons },
  { en: 'village_exited', zh: '贫困村摘帽', value: (r) => r.villageExited },
];
