import { describe, expect, it } from 'vitest';
import { stateFromLocation, stateQuery } from '../../../src/map/client/state.ts';

describe('map state in the URL', () => {
  it('reads layer and level from the query, falling back to the defaults for anything unknown', () => {
    expect(stateFromLocation('?layer=satisfaction&level=county', 2025)).toEqual({ layer: 'satisfaction', level: 'county', year: 2025 });
    expect(stateFromLocation('?layer=nonsense&level=village', 2026)).toEqual({ layer: 'honoreesPer10k', level: 'township', year: 2026 });
  });

  it('writes only what differs from the defaults, so the plain page URL stays canonical', () => {
    expect(stateQuery({ layer: 'honoreesPer10k', level: 'township', year: 2026 })).toBe('');
    expect(stateQuery({ layer: 'pairingCoverage', level: 'county', year: 2026 })).toBe('?layer=pairingCoverage&level=county');
  });
});
