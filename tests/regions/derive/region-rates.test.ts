import { describe, expect, it } from 'vitest';
import type { RegionYearFigures } from '../../../src/regions/derive/region-figures.ts';
import { regionRates } from '../../../src/regions/derive/region-rates.ts';

const figures: RegionYearFigures = {
  year: 2025,
  population: 20_000,
  honorees: { total: 6, selfReliance: 5, cadres: 1 },
  funds: { projects: 2, allocated: 4_000_000_00, disbursed: 3_000_000_00, beneficiaryHouseholds: 10, poorHouseholds: 4 },
  poverty: { population: 10_000, poorHouseholds: 100, poorPersons: 300, exitedHouseholds: 90, exitedPersons: 250, villages: 3, villagesExited: 2 },
  pairing: {
    villages: 3, cadres: 12, householdsPaired: 90, poorHouseholds: 100, villageVisits: 12, householdVisits: 200,
    friendsConfirmed: 80, surveyCalls: 40, surveySatisfied: 38, villagesMeetingUnitNorm: 3, villagesMeetingHouseholdNorm: 2,
  },
};

describe('regionRates', () => {
  it('computes the six figures from the counts', () => {
    expect(regionRates(figures)).toEqual({
      honoreesPer10k: 3,
      fundsPerResident: 200,
      disbursementRate: 0.75,
      povertyIncidence: 0.005,
      pairingCoverage: 0.9,
      satisfaction: 0.95,
    });
  });

  it('leaves a figure out when its denominator is missing or zero, never NaN or Infinity', () => {
    const { population: _population, poverty: _poverty, pairing: _pairing, ...bare } = figures;
    const rates = regionRates({ ...bare, funds: { ...bare.funds, allocated: 0, disbursed: 0 } });
    expect(rates).toEqual({});
  });
});
