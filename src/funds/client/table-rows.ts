// The project table's rows and the breakdown tables' rows, built in the browser with the same markup
// as ProjectTableRow.astro and FundBreakdown.astro.
import { disbursementRate, shareOfAllocation, type BreakdownRow } from '../derive/funds-breakdown.ts';
import { placeLabel, type FundProjectSummary } from '../derive/funds-summary.ts';
import type { FundTotals } from '../derive/projects.ts';
import { formatCount, formatPercent, formatYuan, formatYuanExact } from '../../site/format.ts';
import type { Ratio } from '../../site/ratio.ts';
import { paths } from '../../site/urls.ts';
import { h, type Child } from './dom.ts';
import { BREAKDOWN_LABELS, COLUMN_LABELS } from './labels.ts';

export function amount(fen: number): HTMLElement {
  const exact = formatYuanExact(fen);
  return h('span', { class: 'fund-amount', title: exact }, h('span', { class: 'fund-amount__short' }, formatYuan(fen)), h('span', { class: 'fund-amount__exact' }, exact));
}

function households(count: number, poor: number): Child[] {
  return [formatCount(count), h('span', { class: 'fund-poor' }, `（${formatCount(poor)}）`)];
}

export function projectRow(project: FundProjectSummary, withCounty: boolean): HTMLElement {
  return h('tr', {},
    h('th', { scope: 'row' },
      h('a', { href: paths.project(project.id) }, project.name), ' ', h('span', { class: 'fund-id' }, project.id),
      project.overDisbursed && ' ', project.overDisbursed && h('span', { class: 'fund-flag' }, '超计划拨付')),
    h('td', { class: 'num', 'data-label': COLUMN_LABELS.allocated }, amount(project.allocated)),
    h('td', { class: 'num', 'data-label': COLUMN_LABELS.disbursed }, amount(project.disbursed)),
    h('td', { class: 'num', 'data-label': COLUMN_LABELS.rate }, formatPercent(disbursementRate(project))),
    h('td', { class: 'num', 'data-label': COLUMN_LABELS.year }, project.year),
    h('td', { 'data-label': COLUMN_LABELS.place }, placeLabel(project, withCounty)),
    h('td', { 'data-label': COLUMN_LABELS.category }, project.category),
    h('td', { 'data-label': COLUMN_LABELS.status }, project.status),
    h('td', { class: 'num', 'data-label': COLUMN_LABELS.households }, ...households(project.households, project.poorHouseholds)),
  );
}

/** A breakdown row; the 合计 row is one too, with the total and its share (totalShare). */
export function breakdownRow(label: Node | string, totals: FundTotals, share: Ratio, withHouseholds: boolean): HTMLElement {
  return h('tr', {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.projects }, formatCount(totals.projects)),
    h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.allocated }, amount(totals.allocated)),
    h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.disbursed }, amount(totals.disbursed)),
    h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.rate }, formatPercent(disbursementRate(totals))),
    h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.share }, formatPercent(share)),
    withHouseholds && h('td', { class: 'num', 'data-label': BREAKDOWN_LABELS.households }, ...households(totals.beneficiaryHouseholds, totals.poorHouseholds)),
  );
}

export function breakdownRows(rows: readonly BreakdownRow[], total: FundTotals, withHouseholds: boolean, rowHref: (row: BreakdownRow) => string | undefined): HTMLElement[] {
  return rows.map((row) => {
    const href = rowHref(row);
    return breakdownRow(href ? h('a', { href }, row.label) : row.label, row.totals, shareOfAllocation(row, total), withHouseholds);
  });
}
