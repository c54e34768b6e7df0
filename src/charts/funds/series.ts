// Project funds by category, by source and by year: allocated and disbursed, in whole fen, from the fund lines.
import { disbursementRate } from '../../funds/derive/funds-breakdown.ts';
import { addAmounts, sumAmounts } from '../../funds/derive/money.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import { FUND_SOURCES } from '../../pipeline/schemas/fund-lines.ts';
import { PROJECT_CATEGORIES } from '../../pipeline/schemas/projects.ts';
import { formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';

/** One group of a funds chart; the funds page can pass its own breakdown rows. */
export interface FundsRow {
  label: string;
  /** Whole fen. */
  allocated: number;
  /** Whole fen. */
  disbursed: number;
}

interface FundsChartText {
  id: string;
  title: string;
  categoryLabel: string;
  kind: 'bar' | 'column';
}

/** A funds chart from rows already grouped: allocated beside disbursed, described by its totals. */
export function fundsChart(text: FundsChartText, rows: readonly FundsRow[]): CategoryChart {
  const { allocated, disbursed } = sumAmounts(rows);
  const rate = disbursementRate({ allocated, disbursed });
  const largest = rows.reduce<FundsRow | undefined>((best, row) => (!best || row.allocated > best.allocated ? row : best), undefined);
  return {
    kind: text.kind,
    id: text.id,
    title: text.title,
    description: largest && rate !== undefined
      ? `计划资金共 ${formatValue(allocated, 'fen')}，已拨付 ${formatValue(disbursed, 'fen')}（${formatValue(rate, 'ratio')}）；最多的是「${largest.label}」，计划 ${formatValue(largest.allocated, 'fen')}。`
      : '本期数据中没有项目资金。',
    categoryLabel: text.categoryLabel,
    categories: rows.map((row) => row.label),
    series: [
      { key: 'allocated', label: '计划资金', values: rows.map((row) => row.allocated) },
      { key: 'disbursed', label: '已拨付', values: rows.map((row) => row.disbursed) },
    ],
    unit: 'fen',
  };
}

/**
 * Groups fund lines' sums by a key; keys in `order` (the schema's order for categories and sources, so charts
 * compare across releases) first, others after in code-point order; empty groups dropped.
 */
function group(entries: Iterable<{ key: string; allocated: number; disbursed: number }>, order: readonly string[]): FundsRow[] {
  const sums = new Map<string, FundsRow>();
  for (const entry of entries) {
    let row = sums.get(entry.key);
    if (!row) sums.set(entry.key, (row = { label: entry.key, allocated: 0, disbursed: 0 }));
    addAmounts(row, entry);
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...sums.values()].sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label));
}

export function fundsByCategory(projects: readonly PublishedProject[]): CategoryChart {
  const rows = group(projects.map((project) => ({ key: project.category, allocated: project.allocatedTotal, disbursed: project.disbursedTotal })), PROJECT_CATEGORIES);
  return fundsChart({ id: 'funds-by-category', title: '扶贫项目资金（按项目类别）', categoryLabel: '项目类别', kind: 'bar' }, rows);
}

export function fundsBySource(projects: readonly PublishedProject[]): CategoryChart {
  // A generator, not an array: a million fund lines are summed without a million intermediate objects.
  function* lines() {
    for (const project of projects) for (const line of project.fundLines) yield { key: line.source, allocated: line.allocated, disbursed: line.disbursed };
  }
  return fundsChart({ id: 'funds-by-source', title: '扶贫项目资金（按资金来源）', categoryLabel: '资金来源', kind: 'bar' }, group(lines(), FUND_SOURCES));
}

export function fundsByYear(projects: readonly PublishedProject[]): CategoryChart {
  const rows = group(projects.map((project) => ({ key: String(project.year), allocated: project.allocatedTotal, disbursed: project.disbursedTotal })), []);
  return fundsChart({ id: 'funds-by-year', title: '历年扶贫项目资金', categoryLabel: '年度', kind: 'column' }, rows);
}
