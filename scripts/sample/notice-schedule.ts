// When each notice is published and how long its publicity period runs.
//
// Every campaign year is anchored on the release date's anniversary, so the
// newest year always ends with the city's honoree notices in their publicity
// period on release day, a few fund notices still running and two not yet
// started — whatever release date is asked for.

import {
  lastOfWorkingDays,
  onOrAfterWorkingDay,
  sameDateInYear,
  isWorkingDay,
  type Day,
} from "./calendar.ts";
import {
  HOTLINES,
  cityOffice,
  countyLeadingGroupOffice,
  countyPovertyBureau,
  townshipGovernment,
  villageCommittee,
  type Issuer,
} from "./issuers.ts";
import type { PovertyLedger } from "./poverty-ledger.ts";
import type { Random } from "./random.ts";
import type { RegionTree, VillageNode } from "./regions.ts";

export type NoticeType = "标兵评选" | "干部评选" | "资金项目" | "脱贫退出" | "结对帮扶" | "其他";
export type HonoreeLevel = "村级" | "镇级" | "县级" | "市级";
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
  const scope = level === "市级" ? cityCode : level === "县级" ? village.county.code : village.township.code;
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
export type PublicityState = "upcoming" | "inProgress" | "ended";

/** Which counties' second fund batch is still running, or not yet started, on release day. */
function fundBatchTimings(countyCodes: readonly string[], random: Random): Map<string, PublicityState> {
  const order = random.shuffle(countyCodes);
  return new Map(order.map((code, i) => [code, i < 2 ? "upcoming" : i < 5 ? "inProgress" : "ended"]));
}

export interface CalendarInput {
  tree: RegionTree;
  ledger: PovertyLedger;
  release: Day;
  seed: number;
  random: Random;
}

export function planNoticeCalendar({ tree, ledger, release, seed, random }: CalendarInput): NoticeDraft[] {
  const drafts: NoticeDraft[] = [];
  const city = cityOffice(tree.city.code, seed);
  const timings = fundBatchTimings(
    tree.counties.map((c) => c.code),
    random,
  );
  const objectionPhone = (issuer: Issuer): string => {
    const roll = random.next();
    return roll < 0.1 ? HOTLINES[0] : roll < 0.15 ? HOTLINES[1] : issuer.phone;
  };
  const add = (
    fields: Omit<NoticeDraft, "periodStart" | "periodEnd" | "objectionPhone">,
    [periodStart, periodEnd]: [Day, Day],
  ): void => {
    drafts.push({ ...fields, periodStart, periodEnd, objectionPhone: objectionPhone(fields.issuer) });
  };

  for (const year of ledger.years) {
    const anchor = sameDateInYear(release, year);

    // 其他: the yearly announcement of the supervision hotlines, early in the campaign year.
    const hotlineDay = publicationDay(anchor - random.int(285, 300));
    add({ id: `GS-${year}-QT-${tree.city.code}`, type: "其他", year, regionCode: tree.city.code, issuer: city, publishedOn: hotlineDay },
      calendarPeriod(hotlineDay, 30));

    for (const county of tree.counties) {
      const bureau = countyPovertyBureau(county, seed);
      const office = countyLeadingGroupOffice(county, seed);

      // 资金项目, batch 1 in spring; batch 2 timed against the release day.
      const spring = publicationDay(anchor - random.int(225, 250));
      add({ id: fundNoticeId(year, county.code, 1), type: "资金项目", year, regionCode: county.code, issuer: bureau, publishedOn: spring },
        calendarPeriod(spring + 1, random.int(10, 15)));
      const timing = timings.get(county.code)!;
      const autumn = publicationDay(
        anchor - (timing === "upcoming" ? random.int(1, 3) : timing === "inProgress" ? random.int(2, 8) : random.int(25, 50)),
      );
      const autumnStart = timing === "upcoming" ? onOrAfterWorkingDay(anchor + random.int(1, 5)) : autumn + 1;
      add({ id: fundNoticeId(year, county.code, 2), type: "资金项目", year, regionCode: county.code, issuer: bureau, publishedOn: autumn },
        calendarPeriod(autumnStart, random.int(10, 15)));

      // 结对帮扶: pairings are confirmed by 31 March, then published.
      const pairingDay = publicationDay(anchor - random.int(205, 214));
      add({ id: `GS-${year}-JD-${county.code}`, type: "结对帮扶", year, regionCode: county.code, issuer: office, publishedOn: pairingDay },
        workingDayPeriod(pairingDay, 5));

      // 脱贫退出: the county's villages leaving poverty, and household exits in two of its villages.
      const exitDay = publicationDay(anchor - random.int(55, 75));
      add({ id: `GS-${year}-TC-${county.code}`, type: "脱贫退出", year, regionCode: county.code, issuer: bureau, publishedOn: exitDay },
        calendarPeriod(exitDay + 1, 7));
      random.sample(county.villages, 2).forEach((village, i) => {
        const day = publicationDay(anchor - random.int(80, 120));
        add(
          { id: `GS-${year}-TC-${county.code}-V${i + 1}`, type: "脱贫退出", year, regionCode: village.code, issuer: villageCommittee(village, seed), publishedOn: day },
          calendarPeriod(day + 1, 7),
        );
      });

      const countyHonorees = publicationDay(anchor - random.int(12, 24));
      add({ id: `GS-${year}-ZQ-${county.code}`, type: "标兵评选", year, regionCode: county.code, issuer: office, publishedOn: countyHonorees },
        workingDayPeriod(countyHonorees, 5));

      for (const township of county.townships) {
        // Spread over six weeks, so on release day a few townships are still in their period.
        const day = publicationDay(anchor - random.int(6, 45));
        add({ id: `GS-${year}-ZQ-${township.code}`, type: "标兵评选", year, regionCode: township.code, issuer: townshipGovernment(township, seed), publishedOn: day },
          workingDayPeriod(day, 5));
      }
    }

    // Both city notices are always in their period on the anniversary (and on release day).
    const cityHonorees = publicationDay(anchor - 5);
    add({ id: `GS-${year}-ZQ-${tree.city.code}`, type: "标兵评选", year, regionCode: tree.city.code, issuer: city, publishedOn: cityHonorees },
      workingDayPeriod(cityHonorees, 5));
    const cadres = publicationDay(anchor - 4);
    add({ id: cadreNoticeId(year, tree.city.code), type: "干部评选", year, regionCode: tree.city.code, issuer: city, publishedOn: cadres },
      workingDayPeriod(cadres, 5));
  }
  return drafts.sort((a, b) => a.publishedOn - b.publishedOn || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The publicity state on a given day, as the site will show it. */
export function publicityState(notice: Pick<NoticeDraft, "periodStart" | "periodEnd">, day: Day): PublicityState {
  if (day < notice.periodStart) return "upcoming";
  return day <= notice.periodEnd ? "inProgress" : "ended";
}
