// The comparable figures of a region and year, each a ratio of two counts; a figure without a value
// (see Ratio in site/ratio.ts) is left out.
import { ratio } from '../../site/ratio.ts';
import type { RegionYearFigures } from './region-figures.ts';

export interface RegionRates {
  /** Published honorees per 10,000 residents. */
  honoreesPer10k?: number;
  /** Allocated project funds per resident, in yuan. */
  fundsPerResident?: number;
  /** Disbursed / allocated, 0–1 (can exceed 1 when a line over-disbursed). */
  disbursementRate?: number;
  /** 贫困发生率: people still poor (registered − exited) / the residents the figures cover, 0–1. */
  povertyIncidence?: number;
  /** Paired households / poor households in the pairing ledger, 0–1. */
  pairingCoverage?: number;
  /** Satisfied / telephone spot checks, 0–1. */
  satisfaction?: number;
  /** People who left poverty in the year / the exit target for it (exit-targets.ts); absent without a target or an actual. */
  exitTargetRate?: number;
}

export type RateId = keyof RegionRates;

export function regionRates(figures: RegionYearFigures): RegionRates {
  const { population, honorees, funds, poverty, pairing, exitTarget } = figures;
  const rates: RegionRates = {};
  const set = (id: RateId, value: number | undefined) => {
    if (value !== undefined) rates[id] = value;
  };
  set('honoreesPer10k', ratio(honorees.total * 10_000, population));
  set('fundsPerResident', ratio(funds.allocated / 100, population));
  set('disbursementRate', ratio(funds.disbursed, funds.allocated));
  if (poverty) set('povertyIncidence', ratio(Math.max(0, poverty.poorPersons - poverty.exitedPersons), poverty.population));
  if (pairing) {
    set('pairingCoverage', ratio(pairing.householdsPaired, pairing.poorHouseholds));
    set('satisfaction', ratio(pairing.surveySatisfied, pairing.surveyCalls));
  }
  if (exitTarget) set('exitTargetRate', exitTarget.persons.rate);
  return rates;
}
