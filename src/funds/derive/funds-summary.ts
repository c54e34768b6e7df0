// One row of the funds table: a project's place, totals and money per source, all in whole fen.
// Pure, with no runtime import but the money sums, so the build and the browser shape and sum projects the same way.
import type { FundLineRow, ProjectRow } from '../../pipeline/schemas/index.ts';
import { addAmounts } from './money.ts';
import type { PublishedProject } from './projects.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';

export type FundSource = FundLineRow['source'];
export type ProjectCategory = ProjectRow['category'];
export type ProjectStatus = ProjectRow['status'];

/** Money from one source for one project: the sum of that source's fund lines, whole fen. */
export interface SourceAmount {
  source: FundSource;
  allocated: number;
  disbursed: number;
}

export interface FundProjectSummary {
  id: string;
  name: string;
  year: number;
  category: ProjectCategory;
  status: ProjectStatus;
  /** Where the project is carried out: a township or a village. */
  regionCode: string;
  countyCode?: string;
  countyName?: string;
  townshipCode?: string;
  townshipName?: string;
  villageName?: string;
  /** Sum of the project's fund lines, whole fen. */
  allocated: number;
  /** Sum of the project's fund lines, whole fen. */
  disbursed: number;
  households: number;
  poorHouseholds: number;
  /** A fund line disbursed more than it allocated. */
  overDisbursed: boolean;
  /** One entry per source the project has lines from, in first-seen order; sums to allocated/disbursed. */
  bySource: SourceAmount[];
}

/** The project's amounts per funding source (a source may have several lines: payments in instalments). */
export function amountsBySource(lines: PublishedProject['fundLines']): SourceAmount[] {
  const bySource = new Map<FundSource, SourceAmount>();
  for (const line of lines) {
    let entry = bySource.get(line.source);
    if (!entry) bySource.set(line.source, (entry = { source: line.source, allocated: 0, disbursed: 0 }));
    addAmounts(entry, line);
  }
  return [...bySource.values()];
}

export function summariseProject(project: PublishedProject, regions: ReadonlyMap<string, RegionNode>): FundProjectSummary {
  const node = regions.get(project.region_code);
  const summary: FundProjectSummary = {
    id: project.id,
    name: project.name,
    year: project.year,
    category: project.category,
    status: project.status,
    regionCode: project.region_code,
    allocated: project.allocatedTotal,
    disbursed: project.disbursedTotal,
    households: project.beneficiary_households,
    poorHouseholds: project.poor_households,
    overDisbursed: project.overDisbursed,
    bySource: amountsBySource(project.fundLines),
  };
  for (const entry of node ? [...node.ancestors, node] : []) {
    if (entry.level === 'county') Object.assign(summary, { countyCode: entry.code, countyName: entry.name });
    if (entry.level === 'township') Object.assign(summary, { townshipCode: entry.code, townshipName: entry.name });
    if (entry.level === 'village') summary.villageName = entry.name;
  }
  return summary;
}

/** 关庙镇 皂树村, with the county in front when the reader is not already inside one. */
export function placeLabel(summary: FundProjectSummary, withCounty: boolean): string {
  return [withCounty ? summary.countyName : undefined, summary.townshipName, summary.villageName].filter(Boolean).join(' ');
}

/**
 * The project seen through one funding source: its amounts become that source's lines only, so a table
 * filtered to 中央财政 adds up the central money, not the whole projects it went to.
 */
export function throughSource(summary: FundProjectSummary, source: FundSource): FundProjectSummary {
  const amount = summary.bySource.find((entry) => entry.source === source);
  return {
    ...summary,
    allocated: amount?.allocated ?? 0,
    disbursed: amount?.disbursed ?? 0,
    bySource: amount ? [amount] : [],
  };
}
