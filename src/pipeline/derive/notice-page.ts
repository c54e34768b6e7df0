// What a notice page shows besides the notice row itself: its scope as a place name, its body as paragraphs,
// and the honorees or projects it announced — indexed once for all notices, never filtered per page.
import type { PublishedHonoree } from './honorees.ts';
import { fundTotals, type FundTotals, type PublishedProject } from './projects.ts';
import type { RegionNode } from './regions.ts';

export interface NoticeScope {
  code: string;
  /** The place as people say it: 汉滨区关庙镇皂树村; the city alone for a city-wide notice. */
  name: string;
  level: RegionNode['level'];
  /** The county the scope lies in; absent for a city-wide notice. */
  countyCode?: string;
}

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

export interface NoticeProject {
  id: string;
  name: string;
  category: PublishedProject['category'];
  place: string;
  /** Whole fen. */
  allocated: number;
}

export interface NoticeAttachments {
  honorees: NoticeHonoree[];
  projects: NoticeProject[];
  /** Totals over the notice's projects, computed the one way every fund total on the site is. */
  projectTotals: FundTotals;
}

const NONE: NoticeAttachments = { honorees: [], projects: [], projectTotals: fundTotals([]) };

export function scopeOf(code: string, regions: ReadonlyMap<string, RegionNode>): NoticeScope {
  const node = regions.get(code);
  if (!node) return { code, name: code, level: 'city' }; // the pipeline rejects unknown regions; guard the type
  const county = node.level === 'county' ? node : node.ancestors.find((ancestor) => ancestor.level === 'county');
  return {
    code,
    name: placeName(node),
    level: node.level,
    ...(county ? { countyCode: county.code } : {}),
  };
}

/** Names from the county down (the city is implied on a city's site): 汉滨区关庙镇. */
function placeName(node: RegionNode): string {
  if (node.level === 'city') return node.name;
  const below = node.ancestors.filter((ancestor) => ancestor.level !== 'city').map((ancestor) => ancestor.name);
  return [...below, node.name].join('');
}

/** A notice body: each line of the export cell is a paragraph, as in the notice posted on the board. */
export function noticeParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The honorees and projects of every notice, by notice id, in the order the dataset publishes them. */
export function attachmentsByNotice(
  honorees: readonly PublishedHonoree[],
  projects: readonly PublishedProject[],
  regions: ReadonlyMap<string, RegionNode>,
): Map<string, NoticeAttachments> {
  const honoreesByNotice = new Map<string, NoticeHonoree[]>();
  for (const honoree of honorees) {
    push(honoreesByNotice, honoree.noticeId, {
      id: honoree.id,
      name: honoree.name,
      consent: honoree.consent,
      kind: honoree.kind,
      level: honoree.level,
      place: placeName(regions.get(honoree.townshipCode) ?? unknownRegion(honoree.townshipCode)),
    });
  }
  const projectsByNotice = new Map<string, PublishedProject[]>();
  for (const project of projects) if (project.notice_id) push(projectsByNotice, project.notice_id, project);

  const byNotice = new Map<string, NoticeAttachments>();
  for (const noticeId of new Set([...honoreesByNotice.keys(), ...projectsByNotice.keys()])) {
    const published = projectsByNotice.get(noticeId) ?? [];
    byNotice.set(noticeId, {
      honorees: honoreesByNotice.get(noticeId) ?? [],
      projects: published.map((project) => ({
        id: project.id,
        name: project.name,
        category: project.category,
        place: placeName(regions.get(project.region_code) ?? unknownRegion(project.region_code)),
        allocated: project.allocatedTotal,
      })),
      projectTotals: fundTotals(published),
    });
  }
  return byNotice;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function attachmentsOf(byNotice: ReadonlyMap<string, NoticeAttachments>, noticeId: string): NoticeAttachments {
  return byNotice.get(noticeId) ?? NONE;
}

function unknownRegion(code: string): RegionNode {
  return { code, name: code, level: 'village', children: [], ancestors: [] };
}
