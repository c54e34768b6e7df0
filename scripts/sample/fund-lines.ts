// fund_lines.csv: where each project's money came from and how much has been paid out.
//
// A project's budget is split over its lines to the cent, so totals reconcile.
// Disbursement follows the project's progress; amounts are written the way
// office spreadsheets hold them — mostly plain, some with thousands separators.

import { isoDate, type Day } from './calendar.ts';
import type { CsvColumn } from './csv-writer.ts';
import { yuanText } from './number-text.ts';
import type { ProjectPlan } from './projects.ts';
import { pickWeighted, type Random } from './random.ts';

export type FundSource = '中央财政' | '省级财政' | '市级财政' | '县级财政' | '整合涉农资金' | '社会帮扶' | '东西部协作' | '其他';

// prettier-ignore
const SOURCES: readonly (readonly [FundSource, number])[] = [
  ["中央财政", 30], ["省级财政", 18], ["县级财政", 14], ["整合涉农资金", 14],
  ["市级财政", 10], ["东西部协作", 6], ["社会帮扶", 5], ["其他", 3],
];

export interface FundLine {
  projectId: string;
  source: FundSource;
  allocatedCents: number;
  disbursedCents: number;
  /** Empty when no date was recorded or nothing was paid. */
  date: string;
}

/** Splits a budget into `count` parts to the cent; most parts are round hundreds of yuan. */
function splitBudget(totalCents: number, count: number, random: Random): number[] {
  const weights = Array.from({ length: count }, () => random.float(0.3, 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.slice(0, -1).map((w) => {
    const cents = Math.floor((totalCents * w) / sum);
    return random.chance(0.9) ? Math.floor(cents / 10_000) * 10_000 : cents;
  });
  parts.push(totalCents - parts.reduce((a, b) => a + b, 0));
  return parts;
}

/** Share of the allocation paid out so far, by progress. */
function disbursedShare(project: ProjectPlan, random: Random): number {
  switch (project.status) {
    case '计划':
      return 0;
    case '在建':
      return random.float(0.1, 0.8);
    case '完工':
      return random.chance(0.7) ? 1 : random.float(0.85, 1);
    case '验收':
      return random.chance(0.9) ? 1 : random.float(0.95, 1);
  }
}

function paymentDate(project: ProjectPlan, release: Day, random: Random): string {
  const last = Math.min(project.end, release);
  return last >= project.start && random.chance(0.75) ? isoDate(random.int(project.start, last)) : '';
}

export function* fundLinesOf(project: ProjectPlan, release: Day, random: Random): Generator<FundLine> {
  const parts = splitBudget(project.budgetCents, project.fundLineCount, random);
  for (const [i, allocatedCents] of parts.entries()) {
    let disbursedCents = Math.floor(allocatedCents * disbursedShare(project, random));
    if (project.overDisbursed && i === 0) disbursedCents = allocatedCents + random.int(10, 200) * 10_000;
    yield {
      projectId: project.id,
      source: pickWeighted(random, SOURCES),
      allocatedCents,
      disbursedCents,
      date: disbursedCents > 0 ? paymentDate(project, release, random) : '',
    };
  }
}

/** Yuan with two decimals; now and then grouped (`1,250,000.00`) or without decimals, as Excel users type. */
export function amountText(cents: number, random: Random): string {
  const roll = random.next();
  if (roll < 0.08) return yuanText(cents, true);
  if (roll < 0.35 && cents % 100 === 0) return String(cents / 100);
  return yuanText(cents, false);
}

export interface FundLineRow {
  line: FundLine;
  allocated: string;
  disbursed: string;
}

export function fundLineRow(line: FundLine, random: Random): FundLineRow {
  return { line, allocated: amountText(line.allocatedCents, random), disbursed: amountText(line.disbursedCents, random) };
}

export const fundLineColumns: readonly CsvColumn<FundLineRow>[] = [
  { en: 'project_id', zh: '项目编号', value: (r) => r.line.projectId },
  { en: 'source', zh: '资金来源', value: (r) => r.line.source },
  { en: 'allocated', zh: '计划金额（元）', value: (r) => r.allocated },
  { en: 'disbursed', zh: '已拨付（元）', value: (r) => r.disbursed },
  { en: 'date', zh: '拨付日期', value: (r) => r.line.date },
];
