// The order of every notice list: notices in their publicity period first, then upcoming ones, then ended ones.
// Pure and import-light, because the browser re-sorts a list with it when its own calendar day differs from the build's.
import { publicityStatus, type PublicityState } from './publicity.ts';

export interface PublicityPeriod {
  id: string;
  /** First day of the publicity period, YYYY-MM-DD. */
  start: string;
  /** Last day of the publicity period (inclusive), YYYY-MM-DD. */
  end: string;
}

const STATE_RANK: Record<PublicityState, number> = { active: 0, upcoming: 1, ended: 2 };

/**
 * Running notices closing soonest come first (a villager has the least time left to object to them),
 * then upcoming ones opening soonest, then ended ones, most recently ended first. Ids break ties so the
 * order is the same on every build.
 */
export function sortForPublicity<T>(items: readonly T[], periodOf: (item: T) => PublicityPeriod, today: string): T[] {
  const keyed = items.map((item) => {
    const period = periodOf(item);
    return { item, period, rank: STATE_RANK[publicityStatus(period.start, period.end, today).state] };
  });
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    const byDate =
      a.rank === STATE_RANK.active ? a.period.end.localeCompare(b.period.end)
      : a.rank === STATE_RANK.upcoming ? a.period.start.localeCompare(b.period.start)
      : b.period.end.localeCompare(a.period.end);
    return byDate || compareIds(a.period.id, b.period.id);
  });
  return keyed.map((entry) => entry.item);
}

/** Plain code-unit order, so the build (Node) and every browser agree without locale data. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
