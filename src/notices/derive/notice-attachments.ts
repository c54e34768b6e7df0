// The honorees or projects each notice announced, indexed once for all notices (never filtered per page),
// grouped by place so a villager finds their township, and cut into pages so a county-wide list of a thousand
// names, or of a hundred projects with every field the fund-publicity guidance asks for, still keeps every notice
// page within its 30 KB.
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { placeName } from './notice-page.ts';
import { amountsBySource } from '../../funds/derive/funds-summary.ts';
import { fundTotals, type FundTotals, type PublishedProject } from '../../funds/derive/projects.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';

/** An honoree as a notice lists them: a masked honoree stays masked (surname, level, year, township). */
export interface NoticeHonoree {
  id: string;
  name: string;
  consent: boolean;
  kind: PublishedHonoree['kind'];
  level: PublishedHonoree['level'];
  /** County and township: the most any honoree's entry reveals about where they live. */
  place: string;
}

/** A project as its notice lists it: what the fund-publicity guidance requires (notice-project-fields.ts says it). */
export interface NoticeProject {
  id: string;
  name: string;
  category: PublishedProject['category'];
  place: string;
  /** Whole fen. */
  allocated: number;
  /** Planned money per fund source, whole fen, in the fund lines' order; empty when the export has no lines. */
  sources: { source: PublishedProject['fundLines'][number]['source']; allocated: number }[];
  /** 建设任务: absent when the export leaves it out (an optional column). */
  task?: string;
  /** 补助标准: absent when the export leaves it out (an optional column). */
  subsidyStandard?: string;
  start: string;
  end: string;
  unit: string;
  responsible: string;
  goal: string;
  mechanism: string;
}

export interface NoticeAttachments {
  honorees: NoticeHonoree[];
  projects: NoticeProject[];
  /** Totals over all the notice's projects, computed the one way every fund total on the site is. */
  projectTotals: FundTotals;
}

/** How many of each list one page shows. */
export interface AttachmentPageSizes {
  honorees: number;
  projects: number;
}

/**
 * 200 names are about 10 KB gzip; a project with every required field is about ten times a name, so fewer
 * projects fit, leaving room for the notice itself.
 */
export const ATTACHMENTS_PER_PAGE: AttachmentPageSizes = { honorees: 200, projects: 50 };

const NONE: NoticeAttachments = { honorees: [], projects: [], projectTotals: fundTotals([]) };
const LEVEL_RANK: Record<PublishedHonoree['level'], number> = { 市级: 0, 县级: 1, 镇级: 2, 村级: 3 };

/** Per notice: honorees by level, then township (code order); projects by place; otherwise in dataset order. */
export function attachmentsByNotice(
  honorees: readonly PublishedHonoree[],
  projects: readonly PublishedProject[],
  regions: ReadonlyMap<string, RegionNode>,
): Map<string, NoticeAttachments> {
  const honoreesByNotice = new Map<string, PublishedHonoree[]>();
  for (const honoree of honorees) push(honoreesByNotice, honoree.noticeId, honoree);
  const projectsByNotice = new Map<string, PublishedProject[]>();
  for (const project of projects) if (project.notice_id) push(projectsByNotice, project.notice_id, project);

  const place = (code: string) => {
    const node = regions.get(code);
    return node ? placeName(node) : code; // the pipeline rejects unknown regions; guard the type
  };
  const byNotice = new Map<string, NoticeAttachments>();
  for (const noticeId of new Set([...honoreesByNotice.keys(), ...projectsByNotice.keys()])) {
    // Array.prototype.sort is stable, so equal keys keep the dataset's order.
    const listed = (honoreesByNotice.get(noticeId) ?? []).sort(
      (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compare(a.townshipCode, b.townshipCode),
    );
    const published = (projectsByNotice.get(noticeId) ?? []).sort((a, b) => compare(a.region_code, b.region_code));
    byNotice.set(noticeId, {
      honorees: listed.map((honoree) => ({
        id: honoree.id,
        name: honoree.name,
        consent: honoree.consent,
        kind: honoree.kind,
        level: honoree.level,
        place: place(honoree.townshipCode),
      })),
      projects: published.map((project) => noticeProject(project, place(project.region_code))),
      projectTotals: fundTotals(published),
    });
  }
  return byNotice;
}

export function attachmentsOf(byNotice: ReadonlyMap<string, NoticeAttachments>, noticeId: string): NoticeAttachments {
  return byNotice.get(noticeId) ?? NONE;
}

function noticeProject(project: PublishedProject, place: string): NoticeProject {
  return {
    id: project.id,
    name: project.name,
    category: project.category,
    place,
    allocated: project.allocatedTotal,
    sources: amountsBySource(project.fundLines).map(({ source, allocated }) => ({ source, allocated })),
    ...(project.task ? { task: project.task } : {}),
    ...(project.subsidy_standard ? { subsidyStandard: project.subsidy_standard } : {}),
    start: project.start,
    end: project.end,
    unit: project.unit,
    responsible: project.responsible,
    goal: project.goal,
    mechanism: project.mechanism,
  };
}

/** Pages of a notice's lists: the notice page is page 1; honorees and projects are paged side by side. */
export function attachmentPageCount(attachments: NoticeAttachments, perPage = ATTACHMENTS_PER_PAGE): number {
  const pages = Math.max(Math.ceil(attachments.honorees.length / perPage.honorees), Math.ceil(attachments.projects.length / perPage.projects));
  return Math.max(1, pages);
}

/** The 1-based number of the first item of each list on a page. */
export function attachmentPageStarts(page: number, perPage = ATTACHMENTS_PER_PAGE): AttachmentPageSizes {
  return { honorees: (page - 1) * perPage.honorees + 1, projects: (page - 1) * perPage.projects + 1 };
}

/** One page (1-based) of the lists; the project totals stay those of the whole notice. */
export function attachmentPage(attachments: NoticeAttachments, page: number, perPage = ATTACHMENTS_PER_PAGE): NoticeAttachments {
  const start = attachmentPageStarts(page, perPage);
  return {
    honorees: attachments.honorees.slice(start.honorees - 1, start.honorees - 1 + perPage.honorees),
    projects: attachments.projects.slice(start.projects - 1, start.projects - 1 + perPage.projects),
    projectTotals: attachments.projectTotals,
  };
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
