// The static views of /funds/: every year (and all years) × the whole city and each county, each with its
// totals, breakdowns and projects in the default order. Built in one pass over the projects.
import { breakdown, totalsOf, type BreakdownDimension, type BreakdownRow } from './funds-breakdown.ts';
import { compareProjects, DEFAULT_SORT } from './funds-query.ts';
import type { FundProjectSummary } from './funds-summary.ts';
import type { FundView } from './funds-url.ts';
import type { FundTotals } from './projects.ts';

export interface FundBreakdown {
  dimension: BreakdownDimension;
  rows: BreakdownRow[];
}

export interface FundViewData {
  view: FundView;
  /** In the default order (largest allocation first). */
  projects: FundProjectSummary[];
  totals: FundTotals;
  breakdowns: FundBreakdown[];
}

export interface BreakdownOrders {
  categories: readonly string[];
  sources: readonly string[];
}

/** The dimensions a view breaks down by: years only across years, townships inside a county. */
export function viewDimensions(view: FundView): BreakdownDimension[] {
  return [
    ...(view.year === undefined ? (['year'] as const) : []),
    'category',
    'source',
    view.countyCode ? 'township' : 'county',
  ];
}

export function describeView(summaries: readonly FundProjectSummary[], view: FundView, orders: BreakdownOrders): FundViewData {
  const order = (dimension: BreakdownDimension) =>
    dimension === 'category' ? orders.categories : dimension === 'source' ? orders.sources : [];
  return {
    view,
    projects: [...summaries].sort(compareProjects(DEFAULT_SORT.sort, DEFAULT_SORT.order)),
    totals: totalsOf(summaries),
    breakdowns: viewDimensions(view).map((dimension) => ({ dimension, rows: breakdown(summaries, dimension, order(dimension)) })),
  };
}

/**
 * Every view with projects, plus the whole-city views of every year even when empty (a year with no
 * projects yet still has a page that says so). Years newest first, counties in code order.
 */
export function staticViews(summaries: readonly FundProjectSummary[], years: readonly number[], orders: BreakdownOrders): FundViewData[] {
  const members = new Map<string, { view: FundView; summaries: FundProjectSummary[] }>();
  const member = (view: FundView) => {
    const key = `${view.year ?? ''}|${view.countyCode ?? ''}`;
    let found = members.get(key);
    if (!found) members.set(key, (found = { view, summaries: [] }));
    return found;
  };
  const cityViews = [undefined, ...[...years].sort((a, b) => b - a)].map((year) => (year === undefined ? {} : { year }));
  for (const view of cityViews) member(view);
  for (const summary of summaries) {
    member({}).summaries.push(summary);
    member({ year: summary.year }).summaries.push(summary);
    if (summary.countyCode) {
      member({ countyCode: summary.countyCode }).summaries.push(summary);
      member({ year: summary.year, countyCode: summary.countyCode }).summaries.push(summary);
    }
  }
  return [...members.values()]
    .sort((a, b) => (b.view.year ?? Infinity) - (a.view.year ?? Infinity) || (a.view.countyCode ?? '').localeCompare(b.view.countyCode ?? ''))
    .map(({ view, summaries: selected }) => describeView(selected, view, orders));
}
