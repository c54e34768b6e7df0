// What each share image says, shaped from the derived dataset: a card per notice, a poster per notice still
// ahead of or inside its publicity period, a card per kind × level × year of honorees, and the site's card. Pure:
// no pixels here (src/share/draw/ lays it out).
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import type { NoticeAttachments } from '../../notices/derive/notice-attachments.ts';
import { publicityStatus, type PublicityState } from '../../notices/derive/publicity.ts';
import type { NoticeRow } from '../../pipeline/schemas/index.ts';
import { formatDate, formatYuan } from '../../site/format.ts';

export interface NoticeCardContent {
  noticeId: string;
  title: string;
  issuer: string;
  /** The state on the build's day; only the state, not the days left, so the card changes only when the state does. */
  state: PublicityState;
  period: string;
  /** Absolute URL of the notice page (the QR code). */
  url: string;
  sample: boolean;
}

/** One group of the poster's list: a heading (level and kind, or 项目) and its entries, one paragraph each. */
export interface PosterListGroup {
  heading: string;
  /** Per place, 汉滨区恒口镇：张三、李四 (a villager looks for their township, then the name); or one per project. */
  entries: string[];
}

export interface NoticePosterContent {
  noticeId: string;
  title: string;
  issuer: string;
  period: string;
  /** How to object: 电话 …, 邮箱 …, 地址 … as the notice publishes them. */
  objection: string[];
  /** 公示名单（共 12 人） or 公示项目（共 3 个）; undefined when nothing is attached. */
  listHeading?: string;
  groups: PosterListGroup[];
  url: string;
  sample: boolean;
}

export interface HonoreeGroupContent {
  key: string;
  /** 2024 年度 */
  year: string;
  /** 市级自强标兵 */
  honour: string;
  publisher: string;
  sample: boolean;
}

export interface SiteCardContent {
  title: string;
  publisher: string;
  sample: boolean;
}

export const PUBLICITY_STATE_LABELS: Record<PublicityState, string> = { upcoming: '未开始', active: '公示中', ended: '已结束' };

export function noticeCardContent(notice: NoticeRow, today: string, url: string, sample: boolean): NoticeCardContent {
  return {
    noticeId: notice.id,
    title: notice.title,
    issuer: notice.issuer,
    state: publicityStatus(notice.period_start, notice.period_end, today).state,
    period: periodText(notice),
    url,
    sample,
  };
}

/**
 * Posters are made only for notices whose period has not ended on the build's day: a poster is for forwarding a
 * notice while people can still object, and the nightly rebuild drops it once the period is over.
 */
export function wantsPoster(notice: Pick<NoticeRow, 'period_start' | 'period_end'>, today: string): boolean {
  return publicityStatus(notice.period_start, notice.period_end, today).state !== 'ended';
}

export function noticePosterContent(notice: NoticeRow, attachments: NoticeAttachments, url: string, sample: boolean): NoticePosterContent {
  const objection = [
    `电话 ${notice.objection_phone}`,
    ...(notice.objection_email ? [`邮箱 ${notice.objection_email}`] : []),
    ...(notice.objection_address ? [`地址 ${notice.objection_address}`] : []),
  ];
  const groups: PosterListGroup[] = [];
  // The attached honorees come by level, then township: consecutive runs make the groups and their places.
  let place = '';
  for (const honoree of attachments.honorees) {
    const heading = `${honoree.level}${honoree.kind}`;
    let group = groups.at(-1);
    if (group?.heading !== heading) {
      group = { heading, entries: [] };
      groups.push(group);
      place = '';
    }
    if (honoree.place === place) group.entries[group.entries.length - 1] += `、${honoree.name}`;
    else group.entries.push(`${honoree.place}：${honoree.name}`);
    place = honoree.place;
  }
  if (attachments.projects.length > 0) {
    groups.push({
      heading: '项目',
      entries: attachments.projects.map((project) => `${project.name}（${project.place}，${project.category}，计划 ${formatYuan(project.allocated)}）`),
    });
  }
  const counts = [
    ...(attachments.honorees.length > 0 ? [`公示名单（共 ${attachments.honorees.length} 人）`] : []),
    ...(attachments.projects.length > 0 ? [`公示项目（共 ${attachments.projects.length} 个）`] : []),
  ];
  return {
    noticeId: notice.id,
    title: notice.title,
    issuer: notice.issuer,
    period: periodText(notice),
    objection,
    ...(counts.length > 0 ? { listHeading: counts.join('，') } : {}),
    groups,
    url,
    sample,
  };
}

/** The key of an honoree's share card: one per kind, level and year. */
export function honoreeGroupKey(honoree: Pick<PublishedHonoree, 'year' | 'level' | 'kind'>): string {
  return `${honoree.year}-${LEVEL_SLUGS[honoree.level]}-${KIND_SLUGS[honoree.kind]}`;
}

/** Every kind × level × year that has a published honoree. */
export function honoreeGroups(honorees: readonly PublishedHonoree[], publisher: string, sample: boolean): HonoreeGroupContent[] {
  const groups = new Map<string, HonoreeGroupContent>();
  for (const honoree of honorees) {
    const key = honoreeGroupKey(honoree);
    if (!groups.has(key)) groups.set(key, { key, year: `${honoree.year} 年度`, honour: `${honoree.level}${honoree.kind}`, publisher, sample });
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const LEVEL_SLUGS: Record<PublishedHonoree['level'], string> = { 村级: 'village', 镇级: 'township', 县级: 'county', 市级: 'city' };
const KIND_SLUGS: Record<PublishedHonoree['kind'], string> = { 自强标兵: 'role-model', 交友帮扶好干部: 'cadre' };

function periodText(notice: Pick<NoticeRow, 'period_start' | 'period_end'>): string {
  return `${formatDate(notice.period_start)}至${formatDate(notice.period_end)}`;
}
