// Titles and bodies of notices, written as offices post them on village boards.
//
// Bodies state what is announced, the publicity period and how to object. They
// never list honorees by name: the site attaches the list itself and masks
// those who did not consent to publication.

import { chineseDate, countWorkingDays } from './calendar.ts';
import type { FundBatch, HonoreeLevel, NoticeDraft } from './notice-schedule.ts';
import { groupThousands } from './number-text.ts';

export type NoticeSubject =
  | { kind: 'selfReliance'; scopeName: string; counts: ReadonlyMap<HonoreeLevel, number> }
  | { kind: 'cadres'; count: number }
  | { kind: 'funds'; batch: FundBatch; countyName: string; projectCount: number; totalCents: number }
  | { kind: 'villageExits'; countyName: string; villages: readonly string[] }
  | { kind: 'householdExits'; villageName: string; households: number; persons: number }
  | { kind: 'pairings'; countyName: string; villages: number; cadres: number; households: number; confirmed: number }
  | { kind: 'hotlines' };

const BATCH_NAMES: Readonly<Record<FundBatch, string>> = { 1: '第一批', 2: '第二批' };

function periodLine(n: NoticeDraft): string {
  const days = n.periodEnd - n.periodStart + 1;
  const length =
    n.type === '标兵评选' || n.type === '干部评选' || n.type === '结对帮扶'
      ? `${countWorkingDays(n.periodStart, n.periodEnd)}个工作日`
      : `${days}天`;
  return `公示期：${chineseDate(n.periodStart)}至${chineseDate(n.periodEnd)}（${length}）。`;
}

function objectionLines(n: NoticeDraft): string[] {
  const lines = [
    `公示期间，任何单位和个人如有异议，可通过电话${n.issuer.email ? '、电子邮件' : ''}或书面形式向${n.issuer.name}反映。反映情况应实事求是，以个人名义反映的请署真实姓名，以单位名义反映的请加盖公章。`,
    '',
    `异议电话：${n.objectionPhone}`,
  ];
  if (n.issuer.email) lines.push(`电子邮箱：${n.issuer.email}`);
  lines.push(`通信地址：${n.issuer.address}`);
  return lines;
}

function signature(n: NoticeDraft): string[] {
  return ['', n.issuer.name, chineseDate(n.publishedOn)];
}

function levelList(counts: ReadonlyMap<HonoreeLevel, number>): string {
  return [...counts].map(([level, count]) => `${level}自强标兵${count}名`).join('、');
}

function titleAndLead(n: NoticeDraft, s: NoticeSubject): [string, string] {
  const y = `${n.year}年度`;
  switch (s.kind) {
    case 'selfReliance':
      return [
        `${s.scopeName}${y}${[...s.counts.keys()].join('、')}自强标兵评选结果公示`,
        `根据“树千名自强标兵、交万名农民朋友”活动安排，经镇村推荐、群众互评、横向联评、强中选优，拟评选${levelList(s.counts)}（名单附后），现予以公示。评选坚持“诚、孝、俭、勤、和”标准。`,
      ];
    case 'cadres':
      return [
        `安康市${y}交友帮扶好干部拟表彰对象公示`,
        `经各县区推荐、结对户满意度电话回访和综合评议，拟表彰${s.count}名交友帮扶好干部（名单附后），现予以公示。`,
      ];
    case 'funds':
      return [
        `${s.countyName}${y}${BATCH_NAMES[s.batch]}扶贫资金项目计划公示`,
        `按照扶贫资金项目公告公示制度要求，现将${s.countyName}${y}${BATCH_NAMES[s.batch]}扶贫资金项目计划予以公示。本批共${s.projectCount}个项目，计划投入资金${groupThousands(Math.round(s.totalCents / 100))}元。各项目的名称、实施地点、建设任务、资金来源及金额、实施期限、实施单位及责任人、绩效目标和带贫减贫机制见项目明细。`,
      ];
    case 'villageExits':
      return [
        `${s.countyName}${y}拟退出贫困村公示`,
        `经村级申请、乡镇初审、县级核查，以下${s.villages.length}个村贫困发生率已降至3%以下，达到贫困村退出标准，拟于${n.year}年退出，现予以公示：\n${s.villages.join('、')}。`,
      ];
    case 'householdExits':
      return [
        `${s.villageName}${y}拟退出贫困户公示`,
        `经农户申请、村民代表大会民主评议、村两委和驻村工作队核实，本村拟退出贫困户${s.households}户${s.persons}人，名单张贴于村务公开栏，现予以公示。`,
      ];
    case 'pairings':
      return [
        `${s.countyName}${y}驻村联户帮扶结对情况公示`,
        `${s.countyName}${s.villages}个村（社区）均已落实帮扶单位和第一书记，${s.cadres}名干部与${s.households}户脱贫户结对交友，截至3月31日已确认交友关系${s.confirmed}户。各村帮扶单位、第一书记及结对情况见明细，现予以公示。`,
      ];
    case 'hotlines':
      return [
        `安康市${y}脱贫攻坚监督举报电话公告`,
        `为接受社会监督，现公布脱贫攻坚监督举报电话。群众对扶贫资金使用、项目实施、帮扶责任落实和评选表彰中的问题，可拨打全国扶贫监督举报电话12317或12345政务服务便民热线反映。`,
      ];
  }
}

export function noticeText(n: NoticeDraft, subject: NoticeSubject): { title: string; body: string } {
  const [title, lead] = titleAndLead(n, subject);
  const body = [lead, '', periodLine(n), '', ...objectionLines(n), ...signature(n)].join('\n');
  return { title, body };
}
