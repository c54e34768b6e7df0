// Totals of a set of projects and their breakdowns by year, category, area and funding source.
// Every figure is a sum of whole-fen fund-line sums, so the rows of a breakdown add up to its total exactly.
import { ratio, type Ratio } from '../../site/ratio.ts';
import type { FundProjectSummary } from './funds-summary.ts';
import { addAmounts } from './money.ts';
import type { FundTotals } from './projects.ts';

export interface BreakdownRow {
  /** What the row groups by: a year, a category, a region code or a source. */
  key: string;
  label: string;
  totals: FundTotals;
}

export type BreakdownDimension = 'year' | 'category' | 'county' | 'township' | 'source';

export function emptyTotals(): FundTotals {
  return { projects: 0, allocated: 0, disbursed: 0, beneficiaryHouseholds: 0, poorHouseholds: 0 };
}

function add(totals: FundTotals, summary: FundProjectSummary): void {
  totals.projects += 1;
  addAmounts(totals, summary);
  totals.beneficiaryHouseholds += summary.households;
  totals.poorHouseholds += summary.poorHouseholds;
}

/** The same figures fundTotals() gives for the projects themselves. */
export function totalsOf(summaries: Iterable<FundProjectSummary>): FundTotals {
  const totals = emptyTotals();
  for (const summary of summaries) add(totals, summary);
  return totals;
}

/** Disbursed ÷ allocated; no value (undefined) when nothing was allocated. */
export function disbursementRate(totals: Pick<FundTotals, 'allocated' | 'disbursed'>): Ratio {
  return ratio(totals.disbursed, totals.allocated);
}

/** Key and label of the group a project falls in, or undefined when it has none (e.g. no township). */
type Grouping = (summary: FundProjectSummary) => { key: string; label: string } | undefined;

const GROUPINGS: Record<Exclude<BreakdownDimension, 'source'>, Grouping> = {
  year: (summary) => ({ key: String(summary.year), label: `${summary.year} 年` }),
  category: (summary) => ({ key: summary.category, label: summary.category }),
  county: (summary) => (summary.countyCode ? { key: summary.countyCode, label: summary.countyName ?? summary.countyCode } : undefined),
  township: (summary) =>
    summary.townshipCode ? { key: summary.townshipCode, label: summary.townshipName ?? summary.townshipCode } : undefined,
};

/**
 * Rows in `order` (keys not listed follow in key order; years newest first). Projects without a group
 * (a project placed directly at a county) get a row of their own, so the rows still add up to the total.
 */
export function breakdown(
  summaries: Iterable<FundProjectSummary>,
  dimension: BreakdownDimension,
  order: readonly string[] = [],
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  const row = (key: string, label: string) => {
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { key, label, totals: emptyTotals() }));
    return found;
  };
  for (const summary of summaries) {
    if (dimension === 'source') {
      // A project counts once under each source it draws on; the money is split by source, never repeated.
      for (const amount of summary.bySource) {
        const { totals } = row(amount.source, amount.source);
        totals.projects += 1;
        addAmounts(totals, amount);
        totals.beneficiaryHouseholds += summary.households;
        totals.poorHouseholds += summary.poorHouseholds;
      }
      continue;
    }
    const group = GROUPINGS[dimension](summary) ?? { key: '', label: '未细分到该级' };
    add(row(group.key, group.label).totals, summary);
  }
  const rank = new Map(order.map((key, index) => [key, index]));
  const descending = dimension === 'year' ? -1 : 1;
  return [...rows.values()].sort(
    (a, b) =>
      (rank.get(a.key) ?? order.length) - (rank.get(b.key) ?? order.length) ||
      (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) ||
      descending * a.key.localeCompare(b.key),
  );
}

/** Share of the total allocation a row holds (0–1); no value (undefined) when nothing was allocated at all. */
export function shareOfAllocation(row: BreakdownRow, total: FundTotals): Ratio {
  return ratio(row.totals.allocated, total.allocated);
}

/** The 合计 row's share of the total allocation: all of it, or no value when nothing was allocated at all. */
export function totalShare(total: FundTotals): Ratio {
  return ratio(total.allocated, total.allocated);
}
