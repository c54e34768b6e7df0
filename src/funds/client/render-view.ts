// Draws a view of the funds page in the browser: scope, figures, table page, pager and breakdowns,
// matching what the server renders for a static view.
import { breakdown, disbursementRate, totalShare, type BreakdownRow } from '../derive/funds-breakdown.ts';
import type { FundsManifest } from '../derive/funds-client-data.ts';
import { DIMENSION_LABELS } from '../derive/funds-downloads.ts';
import { pageOf, type FundQuery } from '../derive/funds-query.ts';
import type { FundProjectSummary } from '../derive/funds-summary.ts';
import type { FundTotals } from '../derive/projects.ts';
import { formatCount, formatPercent, formatYuan, formatYuanExact } from '../../site/format.ts';
import { paths } from '../../site/urls.ts';
import { h, required } from './dom.ts';
import { describeQuery } from './filter-form.ts';
import { countLine } from './labels.ts';
import { pagerItems } from './pager.ts';
import { breakdownRow, breakdownRows, projectRow } from './table-rows.ts';

export interface ViewState {
  query: FundQuery;
  /** Every project the query selects, in its order. */
  selected: FundProjectSummary[];
  totals: FundTotals;
}

/** Addresses of other views of the same selection (a page, a year, a county). */
export type HrefOf = (query: FundQuery) => string;

export function renderView(root: HTMLElement, manifest: FundsManifest, state: ViewState, hrefOf: HrefOf, chartsMatch: boolean): void {
  const { query, selected, totals } = state;
  const scope = describeQuery(manifest, query);
  required(root, '[data-fund-scope]').textContent = scope;
  document.title = `${scope.replaceAll(' · ', '')}扶贫项目资金 · ${document.title.split(' · ').at(-1) ?? ''}`;
  renderFigures(root, totals);

  const { rows, page, pages } = pageOf(selected, query.page);
  required(root, '[data-fund-caption]').textContent = `${scope.replaceAll(' · ', '')}扶贫项目`;
  required(root, '[data-fund-count]').textContent =
    countLine(formatCount(selected.length), query.sort, query.order, page, pages) + (query.source ? `金额只计${query.source}的资金。` : '');
  required(root, '[data-fund-rows]').replaceChildren(...rows.map((project) => projectRow(project, !query.countyCode)));
  root.querySelector('[data-fund-empty]')?.remove();
  if (rows.length === 0) required(root, '.table-scroll').after(h('p', { class: 'fund-empty', 'data-fund-empty': '' }, '没有符合条件的项目。'));
  renderPager(required(root, '[data-fund-pager]'), page, pages, (n) => hrefOf({ ...query, page: n }));
  required(root, '[data-fund-download-count]').textContent = formatCount(selected.length);

  for (const section of root.querySelectorAll<HTMLElement>('[data-breakdown]')) {
    renderBreakdown(section, manifest, state, hrefOf, chartsMatch);
  }
}

function renderFigures(root: HTMLElement, totals: FundTotals): void {
  const figures: Record<string, string> = {
    allocated: formatYuan(totals.allocated),
    'allocated-exact': formatYuanExact(totals.allocated),
    disbursed: formatYuan(totals.disbursed),
    'disbursed-exact': formatYuanExact(totals.disbursed),
    rate: formatPercent(disbursementRate(totals)),
    projects: formatCount(totals.projects),
    households: formatCount(totals.beneficiaryHouseholds),
    poor: formatCount(totals.poorHouseholds),
  };
  for (const element of root.querySelectorAll<HTMLElement>('[data-figure]')) {
    const value = figures[element.dataset['figure'] ?? ''];
    if (value !== undefined) element.textContent = value;
  }
}

/** Same markup as FundPager.astro. */
function renderPager(nav: HTMLElement, page: number, pages: number, pageHref: (page: number) => string): void {
  const link = (n: number, text: string | undefined, extra: Record<string, string> = {}) =>
    h('li', {}, h('a', { href: pageHref(n), 'data-page': String(n), ...extra },
      ...(text ? [text] : [h('span', { class: 'visually-hidden' }, '第 '), String(n), h('span', { class: 'visually-hidden' }, ' 页')])));
  if (pages <= 1) {
    nav.replaceChildren();
    return;
  }
  nav.replaceChildren(h('ul', {},
    page > 1 && link(page - 1, '上一页', { rel: 'prev' }),
    ...pagerItems(page, pages).map((item) =>
      item === 'gap' ? h('li', { 'aria-hidden': 'true' }, '…') : link(item, undefined, item === page ? { 'aria-current': 'page' } : {})),
    page < pages && link(page + 1, '下一页', { rel: 'next' }),
  ));
}

function renderBreakdown(section: HTMLElement, manifest: FundsManifest, state: ViewState, hrefOf: HrefOf, chartsMatch: boolean): void {
  const { query, selected, totals } = state;
  const slot = section.dataset['breakdown'];
  const dimension = slot === 'area' ? (query.countyCode ? 'township' : 'county') : slot === 'year' ? 'year' : slot === 'source' ? 'source' : 'category';
  // One year has nothing to break down by year.
  section.hidden = slot === 'year' && query.year !== undefined;
  if (section.hidden) return;
  const order = dimension === 'category' ? manifest.categories : dimension === 'source' ? manifest.sources : [];
  const rows = breakdown(selected, dimension, order);
  const rowHref = (row: BreakdownRow): string | undefined => {
    if (row.key === '') return undefined;
    if (dimension === 'year') return hrefOf({ ...query, year: Number(row.key), page: 1 });
    if (dimension === 'county') return hrefOf({ ...query, countyCode: row.key, page: 1 });
    if (dimension === 'township') return paths.region(row.key);
    return undefined;
  };
  if (slot === 'area') {
    required(section, '[data-breakdown-title]').textContent = dimension === 'township' ? '按乡镇（街道）' : '按县（区）';
    const contentsLink = document.querySelector('a[href="#fund-by-area"]');
    if (contentsLink) contentsLink.textContent = dimension === 'township' ? '按乡镇' : '按县（区）';
    required(section, '[data-breakdown-label]').textContent = DIMENSION_LABELS[dimension];
  }
  section.dataset['dimension'] = dimension;
  const withHouseholds = dimension !== 'source';
  required(section, '[data-breakdown-rows]').replaceChildren(...breakdownRows(rows, totals, withHouseholds, rowHref));
  required(section, '[data-breakdown-total]').replaceChildren(breakdownRow('合计', totals, totalShare(totals), withHouseholds));
  // Charts are drawn at build time for the page's own view; for any other selection the table speaks alone.
  const chart = section.querySelector<HTMLElement>('[data-fund-chart]');
  if (chart) chart.hidden = !chartsMatch;
}
