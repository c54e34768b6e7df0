// The downloads behind the funds tables: the same rows and columns the table shows, amounts in exact yuan.
// Used at build time for the static views and in the browser for a filtered view, so both agree.
import { fenToYuanText, toCsv, type CsvCell } from '../../site/csv-out.ts';
import { memoized } from '../../site/memo.ts';
import type { Ratio } from '../../site/ratio.ts';
import { disbursementRate, shareOfAllocation, totalShare, type BreakdownDimension, type BreakdownRow } from './funds-breakdown.ts';
import type { FundFilters } from './funds-query.ts';
import type { FundProjectSummary } from './funds-summary.ts';
import type { FundTotals, PublishedProject } from './projects.ts';

/** A table as people download it: CSV columns and rows, and the same content as JSON records. */
export interface DownloadTable {
  header: string[];
  rows: CsvCell[][];
  json: unknown;
}

/** Fen → yuan as a JSON number; fen / 100 prints as the exact two-decimal amount. */
const yuan = (fen: number) => fen / 100;
/** Rate as a JSON number with four decimals, null when it has no value (nothing was allocated). */
const ratio = (value: Ratio) => (value === undefined ? null : Math.round(value * 10_000) / 10_000);
/** Rate as spreadsheet text: 98.5%; an empty cell when it has no value. */
const percentText = (value: Ratio) => (value === undefined ? '' : `${(value * 100).toFixed(1)}%`);

function totalsJson(totals: FundTotals) {
  return {
    projects: totals.projects,
    allocated_yuan: yuan(totals.allocated),
    disbursed_yuan: yuan(totals.disbursed),
    disbursement_rate: ratio(disbursementRate(totals)),
    beneficiary_households: totals.beneficiaryHouseholds,
    poor_households: totals.poorHouseholds,
  };
}

/** The project table: every selected project (all pages), in the table's order. */
export function projectTableDownload(projects: readonly FundProjectSummary[], filters: FundFilters, totals: FundTotals): DownloadTable {
  const ofSource = filters.source ? `，仅${filters.source}` : '';
  const header = [
    '项目编号', '项目名称', '年度', '县（区）', '乡镇（街道）', '村（社区）', '项目类别', '进度',
    `计划金额（元${ofSource}）`, `已拨付（元${ofSource}）`, '拨付率', '受益户数', '其中贫困户',
  ];
  const rows = projects.map((project): CsvCell[] => [
    project.id, project.name, project.year, project.countyName, project.townshipName, project.villageName,
    project.category, project.status, fenToYuanText(project.allocated), fenToYuanText(project.disbursed),
    percentText(disbursementRate(project)), project.households, project.poorHouseholds,
  ]);
  const json = {
    filters,
    ...(filters.source ? { amounts_from_source: filters.source } : {}),
    totals: totalsJson(totals),
    projects: projects.map((project) => ({
      id: project.id,
      name: project.name,
      year: project.year,
      county: project.countyName ?? null,
      township: project.townshipName ?? null,
      village: project.villageName ?? null,
      region_code: project.regionCode,
      category: project.category,
      status: project.status,
      allocated_yuan: yuan(project.allocated),
      disbursed_yuan: yuan(project.disbursed),
      disbursement_rate: ratio(disbursementRate(project)),
      beneficiary_households: project.households,
      poor_households: project.poorHouseholds,
    })),
  };
  return { header, rows, json };
}

export const DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  year: '年度',
  category: '项目类别',
  county: '县（区）',
  township: '乡镇（街道）',
  source: '资金来源',
};

/**
 * A breakdown table with its 合计 row. Households are left out of the source table: a project drawing on
 * two sources would count its households twice there.
 */
export function breakdownDownload(dimension: BreakdownDimension, rows: readonly BreakdownRow[], total: FundTotals): DownloadTable {
  const withHouseholds = dimension !== 'source';
  const header = [
    DIMENSION_LABELS[dimension], '项目数', '计划金额（元）', '已拨付（元）', '拨付率', '占计划资金',
    ...(withHouseholds ? ['受益户数', '其中贫困户'] : []),
  ];
  const line = (label: string, totals: FundTotals, share: Ratio): CsvCell[] => [
    label, totals.projects, fenToYuanText(totals.allocated), fenToYuanText(totals.disbursed),
    percentText(disbursementRate(totals)), percentText(share),
    ...(withHouseholds ? [totals.beneficiaryHouseholds, totals.poorHouseholds] : []),
  ];
  const csvRows = rows.map((row) => line(row.label, row.totals, shareOfAllocation(row, total)));
  csvRows.push(line('合计', total, totalShare(total)));
  const record = (totals: FundTotals) => {
    const { beneficiary_households, poor_households, ...money } = totalsJson(totals);
    return withHouseholds ? { ...money, beneficiary_households, poor_households } : money;
  };
  const json = {
    dimension,
    rows: rows.map((row) => ({ key: row.key, label: row.label, ...record(row.totals) })),
    total: record(total),
  };
  return { header, rows: csvRows, json };
}

export function downloadCsv(table: DownloadTable): string {
  return toCsv(table.header, table.rows);
}

export function downloadJson(table: DownloadTable): string {
  return `${JSON.stringify(table.json)}\n`;
}

/** A project page's fund lines: one row per line, then 合计 (the project's totals, the sum of the lines). */
export function fundLinesDownload(project: PublishedProject): DownloadTable {
  const header = ['项目编号', '序号', '资金来源', '计划金额（元）', '已拨付（元）', '拨付率', '拨付日期', '说明'];
  const rows = project.fundLines.map((line, index): CsvCell[] => [
    project.id, index + 1, line.source, fenToYuanText(line.allocated), fenToYuanText(line.disbursed),
    percentText(disbursementRate(line)), line.date, line.overDisbursed ? OVER_DISBURSED : '',
  ]);
  const total = { allocated: project.allocatedTotal, disbursed: project.disbursedTotal };
  rows.push([project.id, '合计', '', fenToYuanText(total.allocated), fenToYuanText(total.disbursed), percentText(disbursementRate(total)), '', '']);
  const json = {
    project_id: project.id,
    project_name: project.name,
    fund_lines: project.fundLines.map((line) => ({
      source: line.source,
      allocated_yuan: yuan(line.allocated),
      disbursed_yuan: yuan(line.disbursed),
      date: line.date ?? null,
      over_disbursed: line.overDisbursed,
    })),
    total: { allocated_yuan: yuan(total.allocated), disbursed_yuan: yuan(total.disbursed), disbursement_rate: ratio(disbursementRate(total)) },
  };
  return { header, rows, json };
}

export const OVER_DISBURSED = '已拨付超过计划金额';

/** What a data: URL cannot carry as it is (see `asDataUrl`). */
const NOT_IN_A_DATA_URL = /[%#?\s\p{Cc}"&<>[\\\]^`{|}]/gu;

/**
 * A download that needs no file of its own (one per project would add 40,000 files at scale): the text as
 * a data: URL. Only what a URL cannot carry is escaped — `%`, `#`, `?`, white space (line breaks would be
 * dropped, the BOM trimmed), control characters, and the ASCII that the URL standard leaves out of a URL:
 * quotes, angle and square brackets, braces, backslash, caret, backtick and vertical bar (JSON's braces and
 * brackets would otherwise make the page invalid HTML). Chinese stays as it is (the browser encodes it as
 * UTF-8), a third of the size of percent-encoding everything.
 */
export function asDataUrl(text: string, type: 'text/csv' | 'application/json'): string {
  // & too: in an HTML attribute it would otherwise become &amp; (five bytes for one).
  return `data:${type};charset=utf-8,${text.replace(NOT_IN_A_DATA_URL, escapeInDataUrl)}`;
}

// Each character's escape worked out once: a project's JSON has a thousand quotes, and 20,000 project pages made
// encodeURIComponent the larger part of the time their downloads took.
const escapeInDataUrl = memoized(encodeURIComponent);
