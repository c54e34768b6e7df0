// What the search index holds for honorees, projects and notices, built from the derived dataset instead of
// from the rendered pages: the text a reader searches for, the fields a result shows and the filters the
// search page offers. Indexing records skips parsing ~2 GB of HTML at 100,000 honorees, and lets the index be
// written while Astro is still rendering the pages (build-site.ts).
// Honorees without consent have no record: their names and stories must never reach the index.
import { nameSearchForms } from '../../honorees/derive/honoree-name-forms.ts';
import { compareListOrder } from '../../honorees/derive/honoree-list.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { noticeParagraphs, scopeOf, type NoticeScope } from '../../notices/derive/notice-page.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import type { SearchEntry } from './search-bundles.ts';
import type { NoticeRow } from '../../pipeline/schemas/index.ts';

/** One page's entry in a Pagefind index (Pagefind's addCustomRecord, language fixed by the index). */
export interface SearchRecord {
  /** The page's address inside the site, as Pagefind links to it (`/honorees/ZQ-1/`). */
  url: string;
  /** The searchable text, a paragraph a line; Pagefind's excerpts are cut from it. */
  content: string;
  /** Shown in results: `title` always, and for honorees summary, kind, level, year and place. */
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The name of a region code; the code itself for one the dataset does not know. */
export type RegionName = (code: string) => string;

/**
 * An honoree's record: name, summary, story, and the name's search forms (pinyin full, spaced and initials,
 * the given name) with the township and village — the forms sit last, so that an excerpt rarely falls on them.
 * `undefined` for an honoree without consent.
 */
export function honoreeSearchRecord(honoree: PublishedHonoree, regionName: RegionName, readings?: readonly string[][]): SearchRecord | undefined {
  if (!honoree.consent) return undefined;
  const county = regionName(honoree.countyCode);
  const township = regionName(honoree.townshipCode);
  const village = honoree.villageCode ? regionName(honoree.villageCode) : '';
  const year = String(honoree.year);
  return {
    url: `/honorees/${encodeURIComponent(honoree.id)}/`,
    content: [honoree.name, honoree.summary, ...honoree.paragraphs, [...nameSearchForms(honoree.name, readings), township, village].filter(Boolean).join(' ')].join('\n'),
    meta: { title: honoree.name, summary: honoree.summary, kind: honoree.kind, level: honoree.level, year, place: `${county} ${township}` },
    filters: {
      kind: [honoree.kind],
      year: [year],
      level: [honoree.level],
      county: [county],
      township: [`${county}${township}`],
      category: [honoree.category],
    },
  };
}

/** The notice that announced a project, as its record names it. */
export interface ProjectNoticeName {
  title: string;
  issuer: string;
}

/**
 * A project's record: what its page says in words (name, number, year, category, progress, place, goals,
 * fund sources, implementing unit and person responsible, the poverty-reduction mechanism, the notice).
 * Amounts and the fund lines stay out: nobody finds a project by typing 3,694.76.
 */
export function projectSearchRecord(project: PublishedProject, places: readonly string[], notice?: ProjectNoticeName): SearchRecord {
  const sources = [...new Set(project.fundLines.map((line) => line.source))];
  return {
    url: `/funds/projects/${encodeURIComponent(project.id)}/`,
    content: [
      project.name,
      `项目编号 ${project.id} · ${project.year} 年 · ${project.category} · 进度：${project.status}`,
      `实施地点：${places.join('')}`,
      ...(project.task ? [`建设任务：${project.task}`] : []),
      ...(project.subsidy_standard ? [`补助标准：${project.subsidy_standard}`] : []),
      `绩效目标：${project.goal}`,
      ...(sources.length > 0 ? [`资金来源：${sources.join('、')}`] : []),
      `实施单位：${project.unit}`,
      `责任人：${project.responsible}`,
      `带贫减贫机制：${project.mechanism}`,
      ...(notice ? [`项目公示：${notice.title}（${notice.issuer}）`] : []),
    ].join('\n'),
    meta: { title: project.name },
    filters: {},
  };
}

/**
 * A notice's record: what its page says in words — title, issuer, area and type, the body, and where to
 * object. The attached lists stay out, as on the page's old index: each honoree and project has its own record.
 */
export function noticeSearchRecord(notice: NoticeRow, scope: NoticeScope): SearchRecord {
  const channels = [`电话 ${notice.objection_phone}`, notice.objection_email ? `邮箱 ${notice.objection_email}` : '', notice.objection_address ? `地址 ${notice.objection_address}` : ''];
  return {
    url: `/notices/${encodeURIComponent(notice.id)}/`,
    content: [
      notice.title,
      `发布单位：${notice.issuer} · 公示范围：${scope.name} · 类型：${notice.type}`,
      ...noticeParagraphs(notice.body),
      `如有异议，向${notice.issuer}反映：${channels.filter(Boolean).join('；')}`,
    ].join('\n'),
    meta: { title: notice.title },
    filters: {},
  };
}

// Each type's records in list order — honorees as the list shows them (newest year, then level), projects
// newest year first, notices newest first — with the year that splits a large type into bundles
// (search-bundles.ts), so that a type's first bundle, the one the first search loads, holds the newest pages.
// One function a type, so that the build can read one part of the dataset at a time.

/** `readings` by honoree id (nameReadings), when the caller has read the names already (the name index does too). */
export function honoreeRecordEntries(honorees: readonly PublishedHonoree[], regions: readonly RegionNode[], readings?: ReadonlyMap<string, string[][]>): SearchEntry[] {
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const regionName: RegionName = (code) => names.get(code) ?? code;
  return [...honorees].sort(compareListOrder).flatMap((honoree, order) => {
    const record = honoreeSearchRecord(honoree, regionName, readings?.get(honoree.id));
    return record ? [{ type: 'honorees' as const, order, year: honoree.year, source: { record } }] : [];
  });
}

export function projectRecordEntries(projects: readonly PublishedProject[], regions: readonly RegionNode[], notices: readonly NoticeRow[]): SearchEntry[] {
  const nodes = new Map(regions.map((region) => [region.code, region]));
  const noticeNames = new Map(notices.map(({ id, title, issuer }) => [id, { title, issuer }]));
  return [...projects]
    .sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((project, order) => {
      const node = nodes.get(project.region_code);
      const places = node ? [...node.ancestors.filter((entry) => entry.level !== 'city'), node].map((entry) => entry.name) : [project.region_code];
      const notice = project.notice_id ? noticeNames.get(project.notice_id) : undefined;
      return { type: 'projects' as const, order, year: project.year, source: { record: projectSearchRecord(project, places, notice) } };
    });
}

export function noticeRecordEntries(notices: readonly NoticeRow[], regions: readonly RegionNode[]): SearchEntry[] {
  const nodes = new Map(regions.map((region) => [region.code, region]));
  return [...notices]
    .sort((a, b) => (a.published_on > b.published_on ? -1 : a.published_on < b.published_on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((notice, order) => ({
      type: 'notices' as const,
      order,
      year: Number(notice.published_on.slice(0, 4)),
      source: { record: noticeSearchRecord(notice, scopeOf(notice.region_code, nodes)) },
    }));
}
