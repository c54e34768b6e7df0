// The funds pages' data, shaped once per build from the dataset and shared by every funds route.
// (Underscore: Astro does not route this file.)
import { buildClientData, type FundsChunk, type FundsManifest } from './derive/funds-client-data.ts';
import { summariseProject, type FundProjectSummary } from './derive/funds-summary.ts';
import { staticViews, type FundViewData } from './derive/funds-views.ts';
import type { PublishedProject } from './derive/projects.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import { FUND_SOURCES } from '../pipeline/schemas/fund-lines.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../pipeline/schemas/projects.ts';
import type { Bilingual, NoticeRow } from '../pipeline/schemas/index.ts';
import { load } from '../site/dataset.ts';

/** What a project page says about the notice that announced the project. */
export type ProjectNotice = Pick<NoticeRow, 'id' | 'title' | 'issuer' | 'period_start' | 'period_end'>;

export interface FundsData {
  projects: PublishedProject[];
  summaries: Map<string, FundProjectSummary>;
  regions: Map<string, RegionNode>;
  notices: Map<string, ProjectNotice>;
  /** Build warnings per project id (disbursed above allocated), in the publisher's words. */
  warnings: Record<string, Bilingual[]>;
  views: FundViewData[];
  /** Years with projects, newest first. */
  years: number[];
  client: { manifest: FundsManifest; chunks: Map<string, FundsChunk> };
}

let shaped: Promise<FundsData> | undefined;

export function fundsData(): Promise<FundsData> {
  shaped ??= shape();
  return shaped;
}

async function shape(): Promise<FundsData> {
  const [projects, regionList, noticeList, warnings] = await Promise.all([
    load('projects'), load('regions'), load('notices'), load('warnings'),
  ]);
  const regions = new Map(regionList.map((region) => [region.code, region]));
  const summaryList = projects.map((project) => summariseProject(project, regions));
  const years = [...new Set(projects.map((project) => project.year))].sort((a, b) => b - a);
  const notices = new Map(
    noticeList.map(({ id, title, issuer, period_start, period_end }) => [id, { id, title, issuer, period_start, period_end }]),
  );
  return {
    projects,
    summaries: new Map(summaryList.map((summary) => [summary.id, summary])),
    regions,
    notices,
    warnings: warnings['projects'] ?? {},
    views: staticViews(summaryList, years, { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES }),
    years,
    client: buildClientData(summaryList, { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES, statuses: PROJECT_STATUSES }),
  };
}
