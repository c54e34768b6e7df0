// pairings.csv: which unit helps each village, its first secretary, and how often they visited.
//
// The norms come from 联村联户: a unit visits its village at least 4 times a year
// and a cadre visits each paired household at least twice. Most villages meet
// them; a few fall short so the map has something to show.

import type { CsvColumn } from './csv-writer.ts';
import { personGender, personName } from './person-names.ts';
import { villageYear, type PovertyLedger } from './poverty-ledger.ts';
import type { Random } from './random.ts';
import type { CountyNode, RegionTree, VillageNode } from './regions.ts';

// prettier-ignore
const CITY_UNITS = [
  "安康市财政局", "安康市发展和改革委员会", "安康市教育局", "安康市卫生健康委员会", "安康市农业农村局",
  "安康市交通运输局", "安康市水利局", "安康市自然资源局", "安康市住房和城乡建设局", "安康市人力资源和社会保障局",
  "安康市民政局", "安康市商务局", "安康市林业局", "安康市审计局", "安康市统计局", "安康市市场监督管理局",
  "安康市生态环境局", "安康市总工会", "共青团安康市委", "安康市妇女联合会", "安康学院", "安康职业技术学院",
  "安康市中心医院", "国网安康供电公司", "中国农业银行安康分行", "中国建设银行安康分行", "中国邮政安康市分公司",
];

function countyUnits(county: CountyNode): string[] {
  const n = county.name;
  // 区/县/市: the party committee is named after the county's own suffix (汉滨区委, 旬阳市委).
  const committee = `${n}委`;
  // prettier-ignore
  return [
    `${n}财政局`, `${n}教育体育局`, `${n}卫生健康局`, `${n}农业农村局`, `${n}交通运输局`, `${n}水利局`,
    `${n}自然资源局`, `${n}住房和城乡建设局`, `${n}人力资源和社会保障局`, `${n}民政局`, `${n}林业局`,
    `${n}审计局`, `${n}统计局`, `${n}市场监督管理局`, `${n}人民法院`, `${n}人民检察院`, `${committee}组织部`,
    `${committee}宣传部`, `${n}人民医院`, `${n}中医医院`, `${n}供销合作社`,
  ];
}

export interface PairingRow {
  year: number;
  villageCode: string;
  unit: string;
  firstSecretary: string;
  cadres: number;
  householdsPaired: number;
  poorHouseholds: number;
  villageVisits: number;
  householdVisits: number;
  friendsConfirmed: number;
  surveyCalls: number;
  surveySatisfied: number;
}

function pairingYear(
  year: number,
  village: VillageNode,
  unit: string,
  firstSecretary: string,
  ledger: PovertyLedger,
  random: Random,
): PairingRow {
  const poorHouseholds = villageYear(ledger, village.code, year).poorHouseholds;
  const householdsPaired = random.chance(0.85) ? poorHouseholds : Math.max(1, Math.floor(poorHouseholds * random.float(0.8, 1)));
  const meetsVisitNorm = random.chance(0.93);
  const surveyCalls = Math.max(1, Math.round(householdsPaired * random.float(0.1, 0.3)));
  return {
    year,
    villageCode: village.code,
    unit,
    firstSecretary,
    cadres: Math.max(1, Math.ceil(householdsPaired / random.float(2.5, 5))),
    householdsPaired,
    poorHouseholds,
    villageVisits: meetsVisitNorm ? random.int(4, 12) : random.int(1, 3),
    householdVisits: Math.round(householdsPaired * (random.chance(0.9) ? random.float(2, 4) : random.float(1, 2))),
    friendsConfirmed: Math.min(householdsPaired, Math.round(householdsPaired * random.float(0.85, 1.01))),
    surveyCalls,
    surveySatisfied: Math.min(surveyCalls, Math.round(surveyCalls * random.float(0.82, 1.02))),
  };
}

/**
 * Every village in every year. A unit usually stays with its village for the whole
 * campaign; first secretaries serve terms of two to three years.
 */
export function planPairings(tree: RegionTree, ledger: PovertyLedger, random: Random): PairingRow[] {
  const rows: PairingRow[] = [];
  for (const village of tree.villages) {
    const unitsNearby = random.chance(0.25) ? CITY_UNITS : countyUnits(village.county);
    let unit = random.pick(unitsNearby);
    let firstSecretary = personName(personGender(random, 0.3), random);
    let termLeft = random.int(1, 3);
    for (const year of ledger.years) {
      if (random.chance(0.08)) unit = random.pick(unitsNearby);
      if (termLeft === 0) {
        firstSecretary = personName(personGender(random, 0.3), random);
        termLeft = random.int(2, 3);
      }
      termLeft -= 1;
      rows.push(pairingYear(year, village, unit, firstSecretary, ledger, random));
    }
  }
  return rows.sort((a, b) => a.year - b.year || (a.villageCode < b.villageCode ? -1 : 1));
}

export const pairingColumns: readonly CsvColumn<PairingRow>[] = [
  { en: 'year', zh: '年度', value: (r) => r.year },
  { en: 'village_code', zh: '村编码', value: (r) => r.villageCode },
  { en: 'unit', zh: '帮扶单位', value: (r) => r.unit },
  { en: 'first_secretary', zh: '第一书记', value: (r) => r.firstSecretary },
  { en: 'cadres', zh: '结对干部数', value: (r) => r.cadres },
  { en: 'households_paired', zh: '结对户数', value: (r) => r.householdsPaired },
  { en: 'poor_households', zh: '贫困户数', value: (r) => r.poorHouseholds },
  { en: 'village_visits', zh: '单位进村次数', value: (r) => r.villageVisits },
  { en: 'household_visits', zh: '干部入户次数', value: (r) => r.householdVisits },
  { en: 'friends_confirmed', zh: '交友确认数', value: (r) => r.friendsConfirmed },
  { en: 'survey_calls', zh: '电话回访数', value: (r) => r.surveyCalls },
  { en: 'survey_satisfied', zh: '满意数', value: (r) => r.surveySatisfied },
];
