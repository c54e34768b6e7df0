// Who is honoured, where, at which level, under which notice — before any story is written.
//
// Each year: exactly 100 市级 自强标兵, the rest spread over 县级/镇级/村级 in
// proportion to where the registered poor households live, every township
// naming at least one 村级 honoree; and 100 交友帮扶好干部. Consent refusals and
// revocations are drawn as exact counts so every year has some of each.

import type { Day } from './calendar.ts';
import { cadreNoticeId, publicityState, selfRelianceNoticeId, type HonoreeLevel, type NoticeDraft } from './notice-schedule.ts';
import { personGender, personName, type Gender } from './person-names.ts';
import { villageYear, type PovertyLedger } from './poverty-ledger.ts';
import { apportion, pickWeighted, weightedPicker, type Random } from './random.ts';
import type { RegionTree, TownshipNode, VillageNode } from './regions.ts';
import type { ScaleProfile } from './scale.ts';

export type HonoreeStatus = '公示中' | '已表彰' | '已撤销';

// prettier-ignore
export const SELF_RELIANCE_CATEGORIES = [
  ["勤劳致富", 25], ["自主创业", 15], ["带贫致富", 12], ["孝老爱亲", 12],
  ["邻里互助", 10], ["移风易俗", 10], ["身残志坚", 8], ["诚实守信", 8],
] as const;
// prettier-ignore
export const CADRE_CATEGORIES = [
  ["驻村帮扶", 30], ["结对交友", 25], ["产业帮扶", 20], ["就业帮扶", 10], ["教育帮扶", 8], ["健康帮扶", 7],
] as const;
export type SelfRelianceCategory = (typeof SELF_RELIANCE_CATEGORIES)[number][0];
export type CadreCategory = (typeof CADRE_CATEGORIES)[number][0];

interface HonoreeSlotBase {
  id: string;
  year: number;
  level: HonoreeLevel;
  /** Where a 自强标兵 lives; for a cadre, the village they were sent to. */
  village: VillageNode;
  township: TownshipNode;
  name: string;
  gender: Gender;
  noticeId: string;
  status: HonoreeStatus;
  consent: boolean;
  photo: boolean;
}

export type HonoreeSlot =
  | (HonoreeSlotBase & { kind: '自强标兵'; category: SelfRelianceCategory })
  | (HonoreeSlotBase & { kind: '交友帮扶好干部'; category: CadreCategory });

const CONSENT_REFUSED_SHARE = 0.08;
const CADRE_CONSENT_REFUSED_SHARE = 0.05;
const REVOKED_SHARE = 0.005;
const LEVEL_RANK: Readonly<Record<HonoreeLevel, number>> = { 市级: 0, 县级: 1, 镇级: 2, 村级: 3 };

/** Self-reliance role models come mostly from households that were poor. */
function poorWeight(ledger: PovertyLedger, year: number): (v: VillageNode) => number {
  return (v) => villageYear(ledger, v.code, year).poorHouseholds + 3;
}

/** [level, village] for every 自强标兵 of one year. */
function placeSelfReliance(
  tree: RegionTree,
  ledger: PovertyLedger,
  year: number,
  total: number,
  cityLevel: number,
  random: Random,
): [HonoreeLevel, VillageNode][] {
  const weight = poorWeight(ledger, year);
  const rest = total - cityLevel;
  const countyLevel = Math.round(rest * 0.18);
  const townshipLevel = Math.round(rest * 0.32);
  const villageLevel = rest - countyLevel - townshipLevel;
  const placed: [HonoreeLevel, VillageNode][] = [];

  const anywhere = weightedPicker(tree.villages, weight);
  for (let i = 0; i < cityLevel; i++) placed.push(['市级', anywhere(random)]);

  const countyShares = apportion(
    countyLevel,
    tree.counties.map((c) => c.villages.reduce((s, v) => s + weight(v), 0)),
    1,
  );
  tree.counties.forEach((county, i) => {
    const inCounty = weightedPicker(county.villages, weight);
    for (let k = 0; k < countyShares[i]!; k++) placed.push(['县级', inCounty(random)]);
  });

  const townshipWeights = tree.townships.map((t) => t.villages.reduce((s, v) => s + weight(v), 0));
  const townshipShares = apportion(townshipLevel, townshipWeights);
  const villageShares = apportion(villageLevel, townshipWeights, 1);
  tree.townships.forEach((township, i) => {
    const inTownship = weightedPicker(township.villages, weight);
    for (let k = 0; k < townshipShares[i]!; k++) placed.push(['镇级', inTownship(random)]);
    for (let k = 0; k < villageShares[i]!; k++) placed.push(['村级', inTownship(random)]);
  });
  // Ids run 市级 first, then by place, so ZQ-2026-00001 … 00100 are the city's honorees.
  return placed.sort(([la, va], [lb, vb]) => LEVEL_RANK[la] - LEVEL_RANK[lb] || (va.code < vb.code ? -1 : va.code > vb.code ? 1 : 0));
}

function statusOn(notice: NoticeDraft, release: Day): HonoreeStatus {
  return publicityState(notice, release) === 'ended' ? '已表彰' : '公示中';
}

interface YearRules {
  /** Share of honorees who refuse publication (同意公开: 否). */
  refusedShare: number;
  /** How many honours are revoked after their notice ended. */
  revoked: number;
  /** How many portraits to draw. */
  photos: number;
}

/** Marks exact numbers as refusing consent and (among those already confirmed) as revoked, and picks the portraits. */
function settleYear(slots: HonoreeSlot[], { refusedShare, revoked, photos }: YearRules, random: Random): void {
  for (const slot of random.sample(slots, Math.round(slots.length * refusedShare))) slot.consent = false;
  const confirmed = slots.filter((s) => s.status === '已表彰');
  for (const slot of random.sample(confirmed, revoked)) slot.status = '已撤销';
  // Portraits go to the first consenting, standing honorees: the city-level ones, by id.
  slots
    .filter((s) => s.consent && s.status !== '已撤销')
    .slice(0, photos)
    .forEach((s) => (s.photo = true));
}

export interface HonoreePlanInput {
  tree: RegionTree;
  ledger: PovertyLedger;
  notices: ReadonlyMap<string, NoticeDraft>;
  scale: ScaleProfile;
  release: Day;
  random: Random;
}

export function planHonorees({ tree, ledger, notices, scale, release, random }: HonoreePlanInput): HonoreeSlot[] {
  const noticeOf = (id: string): NoticeDraft => {
    const notice = notices.get(id);
    if (!notice) throw new Error(`honoree notice ${id} was not scheduled`);
    return notice;
  };
  const all: HonoreeSlot[] = [];
  ledger.years.forEach((year, yearIndex) => {
    const total = scale.selfReliancePerYear[yearIndex];
    if (total === undefined) throw new Error(`scale has no honoree count for year ${yearIndex + 1}`);
    const selfReliance = placeSelfReliance(tree, ledger, year, total, scale.cityLevelPerYear, random).map(
      ([level, village], i): HonoreeSlot => {
        const noticeId = selfRelianceNoticeId(year, level, village, tree.city.code);
        const gender = personGender(random);
        return {
          id: `ZQ-${year}-${String(i + 1).padStart(5, '0')}`,
          kind: '自强标兵',
          year,
          level,
          village,
          township: village.township,
          category: pickWeighted(random, SELF_RELIANCE_CATEGORIES),
          name: personName(gender, random),
          gender,
          noticeId,
          status: statusOn(noticeOf(noticeId), release),
          consent: true,
          photo: false,
        };
      },
    );
    const revoked = Math.max(1, Math.round(selfReliance.length * REVOKED_SHARE));
    settleYear(selfReliance, { refusedShare: CONSENT_REFUSED_SHARE, revoked, photos: scale.photosPerYear }, random);

    const cadreNotice = noticeOf(cadreNoticeId(year, tree.city.code));
    const sentTo = weightedPicker(tree.villages, poorWeight(ledger, year));
    const cadres = Array.from({ length: scale.cadresPerYear }, () => sentTo(random))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((village, i): HonoreeSlot => {
        const gender = personGender(random, 0.3);
        return {
          id: `GB-${year}-${String(i + 1).padStart(3, '0')}`,
          kind: '交友帮扶好干部',
          year,
          level: '市级',
          village,
          township: village.township,
          category: pickWeighted(random, CADRE_CATEGORIES),
          name: personName(gender, random),
          gender,
          noticeId: cadreNotice.id,
          status: statusOn(cadreNotice, release),
          consent: true,
          photo: false,
        };
      });
    settleYear(cadres, { refusedShare: CADRE_CONSENT_REFUSED_SHARE, revoked: 0, photos: scale.cadrePhotosPerYear }, random);
    all.push(...selfReliance, ...cadres);
  });
  return all;
}
