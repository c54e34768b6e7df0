import { describe, expect, it } from 'vitest';
import { sortForPublicity, type PublicityPeriod } from '../../../src/notices/derive/notice-order.ts';

const ids = (periods: PublicityPeriod[]) => periods.map((period) => period.id);
const sorted = (periods: PublicityPeriod[], today: string) => ids(sortForPublicity(periods, (period) => period, today));

describe('sortForPublicity', () => {
  const periods: PublicityPeriod[] = [
    { id: 'ended-early', start: '2026-09-01', end: '2026-09-10' },
    { id: 'upcoming-late', start: '2026-11-20', end: '2026-11-30' },
    { id: 'active-long', start: '2026-11-01', end: '2026-11-12' },
    { id: 'ended-late', start: '2026-10-20', end: '2026-11-02' },
    { id: 'upcoming-soon', start: '2026-11-05', end: '2026-11-09' },
    { id: 'active-closing', start: '2026-11-02', end: '2026-11-03' },
  ];

  it('puts running notices first (closing soonest), then upcoming (opening soonest), then ended (latest first)', () => {
    expect(sorted(periods, '2026-11-03')).toEqual([
      'active-closing', 'active-long', 'upcoming-soon', 'upcoming-late', 'ended-late', 'ended-early',
    ]);
  });

  it('moves notices between groups as the day changes', () => {
    // On the 5th the one closing on the 3rd has ended and the one opening on the 5th is running.
    expect(sorted(periods, '2026-11-05')).toEqual([
      'upcoming-soon', 'active-long', 'upcoming-late', 'active-closing', 'ended-late', 'ended-early',
    ]);
  });

  it('breaks ties by id, whatever the input order', () => {
    const twins: PublicityPeriod[] = [
      { id: 'b', start: '2026-11-01', end: '2026-11-05' },
      { id: 'a', start: '2026-11-01', end: '2026-11-05' },
    ];
    expect(sorted(twins, '2026-11-03')).toEqual(['a', 'b']);
    expect(sorted([...twins].reverse(), '2026-11-03')).toEqual(['a', 'b']);
  });

  it('does not reorder its input', () => {
    const input = [...periods];
    sortForPublicity(input, (period) => period, '2026-11-03');
    expect(input).toEqual(periods);
  });
});
