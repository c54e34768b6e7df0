// Projects with their fund lines and totals in whole fen, so every sum on every page reconciles.
import type { FundLineRow, ProjectRow } from '../../pipeline/schemas/index.ts';
import { addFen, sumAmounts } from './money.ts';

export interface PublishedFundLine {
  source: FundLineRow['source'];
  /** Whole fen. */
  allocated: number;
  /** Whole fen. */
  disbursed: number;
  date?: string;
  /** Disbursed more than allocated: published, and flagged on the page. */
  overDisbursed: boolean;
}

export interface PublishedProject extends ProjectRow {
  fundLines: PublishedFundLine[];
  /** Sum of the fund lines, whole fen. */
  allocatedTotal: number;
  /** Sum of the fund lines, whole fen. */
  disbursedTotal: number;
  /** True when any line disbursed more than it allocated. */
  overDisbursed: boolean;
}

export function publishProjects(projects: readonly ProjectRow[], lines: readonly FundLineRow[]): PublishedProject[] {
  const byProject = new Map<string, PublishedFundLine[]>();
  for (const line of lines) {
    let list = byProject.get(line.project_id);
    if (!list) byProject.set(line.project_id, (list = []));
    list.push({
      source: line.source,
      allocated: line.allocated,
      disbursed: line.disbursed,
      ...(line.date ? { date: line.date } : {}),
      overDisbursed: line.disbursed > line.allocated,
    });
  }
  return projects
    .map((project) => {
      const fundLines = byProject.get(project.id) ?? [];
      const total = sumAmounts(fundLines);
      return {
        ...project,
        fundLines,
        allocatedTotal: total.allocated,
        disbursedTotal: total.disbursed,
        overDisbursed: fundLines.some((line) => line.overDisbursed),
      };
    })
    .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
}

export interface FundTotals {
  projects: number;
  /** Whole fen. */
  allocated: number;
  /** Whole fen. */
  disbursed: number;
  beneficiaryHouseholds: number;
  poorHouseholds: number;
}

/** Totals over a set of projects; every total on the site is one of these, so they all reconcile. */
export function fundTotals(projects: Iterable<PublishedProject>): FundTotals {
  const totals: FundTotals = { projects: 0, allocated: 0, disbursed: 0, beneficiaryHouseholds: 0, poorHouseholds: 0 };
  for (const project of projects) {
    totals.projects += 1;
    totals.allocated = addFen(totals.allocated, project.allocatedTotal);
    totals.disbursed = addFen(totals.disbursed, project.disbursedTotal);
    totals.beneficiaryHouseholds += project.beneficiary_households;
    totals.poorHouseholds += project.poor_households;
  }
  return totals;
}
