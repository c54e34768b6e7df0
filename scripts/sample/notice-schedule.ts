// When each notice is published and how long its publicity period runs.
//
// Every campaign year is anchored on the release date's anniversary, so the
// newest year always ends with the city's honoree notices in their publicity
// period on release day, a few fund notices still running and two not yet
// started — whatever release date is asked for.

import { lastOfWorkingDays, onOrAfterWorkingDay, sameDateInYear, isWorkingDay, type Day } from './calendar.ts';
import {
  HOTLINES,
  cityOffice,
  countyLeadingGroupOffice,
  countyPovertyBureau,
  townshipGovernment,
  villageCommittee,
  type Issuer,
} from './issuers.ts';
import type { Random } from './random.ts';
import type { CountyNode, RegionTree, VillageNode } from './regions.ts';

export type NoticeType = '标兵评选' | '干部评选' | '资金项目' | '脱贫退出' | '结对帮扶' | '其他';
export type HonoreeLevel = '村级' | '镇级' | '县级' | '市级';
export type FundBatch = 1 | 2;

export interface NoticeDraft {
  id: string;
  type: NoticeType;
  /** The campaign year the notice belongs to. */
  year: number;
  /** Scope: the city, a county, a township or a village. */
  regionCode: string;
  issuer: Issuer;
  publishedOn: Day;
  periodStart: Day;
  periodEnd: Day;
  objectionPhone: string;
}

/** 村级 and 镇级 honorees are announced by their township, 县级 by the county, 市级 by the city. */
export function selfRelianceNoticeId(year: number, level: HonoreeLevel, village: VillageNode, cityCode: string): string {
  const scope = level === '市级' ? cityCode : level === '县级' ? village.county.code : village.township.code;
  return `GS-${year}-ZQ-${scope}`;
}

export function cadreNoticeId(year: number, cityCode: string): string {
  return `GS-${year}-GB-${cityCode}`;
}

export function fundNoticeId(year: number, countyCode: string, batch: FundBatch): string {
  return `GS-${year}-ZJ-${countyCode}-${batch}`;
}

/** Honoree notices run five working days and start on the working day after publication. */
function workingDayPeriod(publishedOn: Day, workingDays: number): [Day, Day] {
  const start = onOrAfterWorkingDay(publishedOn + 1);
  return [start, lastOfWorkingDays(start, workingDays)];
}

/** Village boards show fund and exit notices for a number of calendar days (at least 10 for funds). */
function calendarPeriod(start: Day, days: number): [Day, Day] {
  return [start, start + days - 1];
}

/** Offices publish on working days; stepping back keeps a publication on or before the release. */
function publicationDay(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d -= 1;
  return d;
}

/** Where a publicity period stands relative to a given day. */
export type PublicityState = 'upcoming' | 'inProgress' | 'ended';

/** Which counties' second fund batch is still running, or not yet started, on release day. */
function fundBatchTimings(countyCodes: readonly string[], random: Random): Map<string, PublicityState> {
  const order = random.shuffle(countyCodes);
  return new Map(order.map((code, i) => [code, i < 2 ? 'upcoming' : i < 5 ? 'inProgress' : 'ended']));
}

export interface CalendarInput {
  tree: RegionTree;
  years: readonly number[];
  release: Day;
  seed: number;
  random: Random;
}

/** Collects one year's drafts; objection lines are mostly the issuer's own landline, sometimes a hotline. */
function noticesOfYear(year: number, random: Random) {
  const drafts: NoticeDraft[] = [];
  const add = (
    id: string,
    type: NoticeType,
    regionCode: string,
    issuer: Issuer,
    publishedOn: Day,
    [periodStart, periodEnd]: [Day, Day],
  ): void => {
    const roll = random.next();
    const objectionPhone = roll < 0.1 ? HOTLINES[0] : roll < 0.15 ? HOTLINES[1] : issuer.phone;
    drafts.push({ id, type, year, regionCode, issuer, publishedOn, periodStart, periodEnd, objectionPhone });
  };
  return { drafts, add };
}
type AddNotice = ReturnType<typeof noticesOfYear>['add'];

interface YearContext {
  year: number;
  /** The release date's anniversary in this year, which the schedule counts from. */
  anchor: Day;
  seed: number;
  random: Random;
  add: AddNotice;
}

function scheduleCounty({ year, anchor, seed, random, add }: YearContext, county: CountyNode, timing: PublicityState): void {
  const bureau = countyPovertyBureau(county, seed);
  const office = countyLeadingGroupOffice(county, seed);

  // 资金项目: batch 1 in spring; batch 2 timed against the release day.
  const spring = publicationDay(anchor - random.int(225, 250));
  add(fundNoticeId(year, county.code, 1), '资金项目', county.code, bureau, spring, calendarPeriod(spring + 1, random.int(10, 15)));
  const lead = timing === 'upcoming' ? random.int(1, 3) : timing === 'inProgress' ? random.int(2, 8) : random.int(25, 50);
  const autumn = publicationDay(anchor - lead);
  const autumnStart = timing === 'upcoming' ? onOrAfterWorkingDay(anchor + random.int(1, 5)) : autumn + 1;
  add(fundNoticeId(year, county.code, 2), '资金项目', county.code, bureau, autumn, calendarPeriod(autumnStart, random.int(10, 15)));

  // 结对帮扶: friendships are confirmed by 31 March, then the pairings are published.
  const pairing = publicationDay(anchor - random.int(205, 214));
  add(`GS-${year}-JD-${county.code}`, '结对帮扶', county.code, office, pairing, workingDayPeriod(pairing, 5));

  // 脱贫退出: the county's villages leaving poverty, and household exits in two of its villages.
  const exits = publicationDay(anchor - random.int(55, 75));
  add(`GS-${year}-TC-${county.code}`, '脱贫退出', county.code, bureau, exits, calendarPeriod(exits + 1, 7));
  random.sample(county.villages, 2).forEach((village, i) => {
    const day = publicationDay(anchor - random.int(80, 120));
    add(
      `GS-${year}-TC-${county.code}-V${i + 1}`,
      '脱贫退出',
      village.code,
      villageCommittee(village, seed),
      day,
      calendarPeriod(day + 1, 7),
    );
  });

  // 标兵评选: county-level honorees, then each township's 村级 and 镇级 honorees, spread over
  // six weeks so that on release day a few townships are still in their period.
  const countyHonorees = publicationDay(anchor - random.int(12, 24));
  add(`GS-${year}-ZQ-${county.code}`, '标兵评选', county.code, office, countyHonorees, workingDayPeriod(countyHonorees, 5));
  for (const township of county.townships) {
    const day = publicationDay(anchor - random.int(6, 45));
    add(`GS-${year}-ZQ-${township.code}`, '标兵评选', township.code, townshipGovernment(township, seed), day, workingDayPeriod(day, 5));
  }
}

export function planNoticeCalendar({ tree, years, release, seed, random }: CalendarInput): NoticeDraft[] {
  const city = cityOffice(tree.city.code, seed);
  const cityCode = tree.city.code;
  const timings = fundBatchTimings(
    tree.counties.map((c) => c.code),
    random,
  );
  const drafts = years.flatMap((year) => {
    const anchor = sameDateInYear(release, year);
    const { drafts: ofYear, add } = noticesOfYear(year, random);

    // 其他: the yearly announcement of the supervision hotlines, early in the campaign year.
    const hotlines = publicationDay(anchor - random.int(285, 300));
    add(`GS-${year}-QT-${cityCode}`, '其他', cityCode, city, hotlines, calendarPeriod(hotlines, 30));

    for (const county of tree.counties) scheduleCounty({ year, anchor, seed, random, add }, county, timings.get(county.code)!);

    // The two city notices: with these leads both are always in their period on the anniversary.
    const cityHonorees = publicationDay(anchor - 5);
    add(`GS-${year}-ZQ-${cityCode}`, '标兵评选', cityCode, city, cityHonorees, workingDayPeriod(cityHonorees, 5));
    const cadres = publicationDay(anchor - 4);
    add(cadreNoticeId(year, cityCode), '干部评选', cityCode, city, cadres, workingDayPeriod(cadres, 5));
    return ofYear;
  });
  return drafts.sort((a, b) => a.publishedOn - b.publishedOn || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The publicity state on a given day, as the site will show it. */
export function publicityState(notice: Pick<NoticeDraft, 'periodStart' | 'periodEnd'>, day: Day): PublicityState {
  if (day < notice.periodStart) return 'upcoming';
  return day <= notice.periodEnd ? 'inProgress' : 'ended';
}
