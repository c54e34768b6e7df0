// The offices that publish notices, with invented landlines in Ankang's 0915 area.
//
// Phone numbers follow each county's exchange prefix so they look local; every
// office keeps the same number in every notice. Email addresses use the reserved
// `.example` domain so that no real mailbox is ever named.

import { createRandom } from './random.ts';
import type { CountyNode, TownshipNode, VillageNode } from './regions.ts';

export interface Issuer {
  name: string;
  /** Landline `0915-xxxxxxx`. */
  phone: string;
  /** Empty when the office publishes none (townships and villages). */
  email: string;
  address: string;
}

/** Local exchange prefixes by county code (first digits of the 7-digit number). */
const EXCHANGE: Readonly<Record<string, string>> = {
  '6109': '3268',
  '610902': '32',
  '610921': '52',
  '610922': '63',
  '610923': '68',
  '610924': '43',
  '610925': '25',
  '610926': '84',
  '610927': '88',
  '610929': '78',
  '610981': '72',
};

/** For email local parts only. */
const COUNTY_PINYIN: Readonly<Record<string, string>> = {
  '610902': 'hanbin',
  '610921': 'hanyin',
  '610922': 'shiquan',
  '610923': 'ningshan',
  '610924': 'ziyang',
  '610925': 'langao',
  '610926': 'pingli',
  '610927': 'zhenping',
  '610929': 'baihe',
  '610981': 'xunyang',
};

/** The national poverty-alleviation supervision hotline and the citizens' service hotline. */
export const HOTLINES = ['12317', '12345'] as const;

/** A stable landline per office: the digits depend only on the office's name and the seed. */
function landline(exchangeCode: string, officeName: string, seed: number): string {
  const prefix = EXCHANGE[exchangeCode];
  if (prefix === undefined) throw new Error(`no telephone exchange for ${exchangeCode}`);
  const random = createRandom(`${seed}/phone/${officeName}`);
  let local = prefix;
  while (local.length < 7) local += String(random.int(0, 9));
  return `0915-${local}`;
}

export function cityOffice(cityCode: string, seed: number): Issuer {
  const name = '安康市脱贫攻坚领导小组办公室';
  return { name, phone: landline(cityCode, name, seed), email: 'fpb@ankang.example', address: '陕西省安康市人民政府大院（示例地址）' };
}

/** Announces county-level honorees and pairings. */
export function countyLeadingGroupOffice(county: CountyNode, seed: number): Issuer {
  const name = `${county.name}脱贫攻坚领导小组办公室`;
  return {
    name,
    phone: landline(county.code, name, seed),
    email: `tpgj.${COUNTY_PINYIN[county.code] ?? county.code}@ankang.example`,
    address: `陕西省安康市${county.name}人民政府大院（示例地址）`,
  };
}

/** Publishes fund projects and village exits. */
export function countyPovertyBureau(county: CountyNode, seed: number): Issuer {
  const name = `${county.name}扶贫开发局`;
  return {
    name,
    phone: landline(county.code, name, seed),
    email: `fpb.${COUNTY_PINYIN[county.code] ?? county.code}@ankang.example`,
    address: `陕西省安康市${county.name}扶贫开发局（示例地址）`,
  };
}

export function townshipGovernment(township: TownshipNode, seed: number): Issuer {
  const name = township.kind === '街道' ? `${township.name}办事处` : `${township.name}人民政府`;
  return {
    name,
    phone: landline(township.county.code, `${township.county.name}${name}`, seed),
    email: '',
    address: `陕西省安康市${township.county.name}${name}`,
  };
}

export function villageCommittee(village: VillageNode, seed: number): Issuer {
  const name = village.kind === '居委会' ? `${village.name}居民委员会` : `${village.name}村民委员会`;
  return {
    name,
    phone: landline(village.county.code, `${village.county.name}${village.township.name}${name}`, seed),
    email: '',
    address: `陕西省安康市${village.county.name}${village.township.name}${village.name}${village.kind === '居委会' ? '居委会' : '村委会'}`,
  };
}
