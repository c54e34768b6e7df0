// notices.csv: the scheduled notices, each described by what it announces.
//
// A notice's figures (how many honorees, projects, villages) are counted from
// the same plans that produce the other files, so notice and data agree.

import { isoDate } from './calendar.ts';
import type { CsvColumn } from './csv-writer.ts';
import type { HonoreeSlot } from './honoree-plan.ts';
import { fundNoticeId, type HonoreeLevel, type NoticeDraft } from './notice-schedule.ts';
import { noticeText, type NoticeSubject } from './notice-text.ts';
import type { PairingRow } from './pairings.ts';
import { householdExitsIn, villagesLiftedIn, type PovertyLedger } from './poverty-ledger.ts';
import type { ProjectPlan } from './projects.ts';
import { townshipLabel, type RegionTree } from './regions.ts';

export interface Notice extends NoticeDraft {
  title: string;
  body: string;
}

export interface NoticeSources {
  tree: RegionTree;
  ledger: PovertyLedger;
  honorees: readonly HonoreeSlot[];
  projects: readonly ProjectPlan[];
  pairings: readonly PairingRow[];
}

const LEVEL_ORDER: readonly HonoreeLevel[] = ['市级', '县级', '镇级', '村级'];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What a notice announces, or null when there turned out to be nothing to announce. */
function subjectOf(
  n: NoticeDraft,
  s: NoticeSources,
  byNotice: Map<string, HonoreeSlot[]>,
  projectsByNotice: Map<string, ProjectPlan[]>,
): NoticeSubject | null {
  const county = s.tree.counties.find((c) => c.code === n.regionCode);
  switch (n.type) {
    case '标兵评选': {
      const slots = byNotice.get(n.id) ?? [];
      const counts = new Map(LEVEL_ORDER.map((l) => [l, slots.filter((h) => h.level === l).length] as const).filter(([, c]) => c > 0));
      const township = s.tree.townshipByCode.get(n.regionCode);
      const scopeName = township ? townshipLabel(township) : (county?.name ?? s.tree.city.name);
      return slots.length > 0 ? { kind: 'selfReliance', scopeName, counts } : null;
    }
    case '干部评选':
      return { kind: 'cadres', count: byNotice.get(n.id)?.length ?? 0 };
    case '资金项目': {
      const projects = projectsByNotice.get(n.id) ?? [];
      if (!county) throw new Error(`notice ${n.id}: fund notices are published per county`);
      const batch = fundNoticeId(n.year, county.code, 1) === n.id ? 1 : 2;
      const totalCents = projects.reduce((sum, p) => sum + p.budgetCents, 0);
      return projects.length > 0 ? { kind: 'funds', batch, countyName: county.name, projectCount: projects.length, totalCents } : null;
    }
    case '脱贫退出': {
      if (county) {
        const villages = villagesLiftedIn(s.ledger, county.villages, n.year).map((v) => `${v.township.name}${v.name}`);
        return villages.length > 0 ? { kind: 'villageExits', countyName: county.name, villages } : null;
      }
      const village = s.tree.villages.find((v) => v.code === n.regionCode);
      if (!village) throw new Error(`notice ${n.id}: unknown village ${n.regionCode}`);
      const exits = householdExitsIn(s.ledger, village.code, n.year);
      return exits.households > 0 ? { kind: 'householdExits', villageName: `${village.township.name}${village.name}`, ...exits } : null;
    }
    case '结对帮扶': {
      if (!county) throw new Error(`notice ${n.id}: pairings are announced per county`);
      const rows = s.pairings.filter((p) => p.year === n.year && p.villageCode.startsWith(county.code));
      const sum = (k: 'cadres' | 'householdsPaired' | 'friendsConfirmed'): number => rows.reduce((t, r) => t + r[k], 0);
      return {
        kind: 'pairings',
        countyName: county.name,
        villages: rows.length,
        cadres: sum('cadres'),
        households: sum('householdsPaired'),
        confirmed: sum('friendsConfirmed'),
      };
    }
    case '其他':
      return { kind: 'hotlines' };
  }
}

/** Titles and bodies for every scheduled notice that has something to announce. */
export function describeNotices(drafts: readonly NoticeDraft[], sources: NoticeSources): Notice[] {
  const byNotice = countBy(sources.honorees, (h) => h.noticeId);
  const projectsByNotice = countBy(sources.projects, (p) => p.noticeId);
  const notices: Notice[] = [];
  for (const draft of drafts) {
    const subject = subjectOf(draft, sources, byNotice, projectsByNotice);
    if (subject) notices.push({ ...draft, ...noticeText(draft, subject) });
  }
  return notices;
}

export const noticeColumns: readonly CsvColumn<Notice>[] = [
  { en: 'id', zh: '公示编号', value: (n) => n.id },
  { en: 'type', zh: '类型', value: (n) => n.type },
  { en: 'title', zh: '标题', value: (n) => n.title },
  { en: 'issuer', zh: '发布单位', value: (n) => n.issuer.name },
  { en: 'region_code', zh: '范围', value: (n) => n.regionCode },
  { en: 'published_on', zh: '发布日期', value: (n) => isoDate(n.publishedOn) },
  { en: 'period_start', zh: '公示开始', value: (n) => isoDate(n.periodStart) },
  { en: 'period_end', zh: '公示结束', value: (n) => isoDate(n.periodEnd) },
  { en: 'objection_phone', zh: '异议电话', value: (n) => n.objectionPhone },
  { en: 'objection_email', zh: '异议邮箱', value: (n) => n.issuer.email },
  { en: 'objection_address', zh: '异议地址', value: (n) => n.issuer.address },
  { en: 'body', zh: '正文', value: (n) => n.body },
];
