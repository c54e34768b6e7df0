// Exit targets (targets.csv): what counties, townships and some villages promised to lift out of poverty.
//
// The pattern of the documents (Da'an 2016–2017): most of the exits planned for the first target year (60 %), the
// rest for the second, and the poor villages split between the two years. The plan of each region is its actual
// exits over the two years (from the poverty ledger, as indicators.csv will show them) times a factor around 1,
// so some regions meet their target, some exceed it and some fall short. Not every region sets one: some villages
// and a few townships have none, and the site must say so. Counties also give the plan by channel (六个一批).

import type { CsvColumn } from './csv-writer.ts';
import { villageYear, type PovertyLedger } from './poverty-ledger.ts';
import type { Random } from './random.ts';
import type { RegionTree, VillageNode } from './regions.ts';

/** The six channels of exit, in the order of the format (src/pipeline/schemas/targets.ts). */
const CHANNELS = ['产业发展', '就业扶持', '教育扶持', '易地搬迁', '健康扶贫', '兜底保障'] as const;
/** Their rough shares of a county's plan: industry and employment carry most exits; social security the last. */
const CHANNEL_SHARES = [0.38, 0.22, 0.08, 0.12, 0.08, 0.12];
/** The first target year's share of the plan. */
const FIRST_YEAR_SHARE = 0.6;

export interface TargetRow {
  year: number;
  regionCode: string;
  persons: number;
  households: number;
  /** Counties and townships only. */
  villages?: number;
  channel?: (typeof CHANNELS)[number];
}

interface Exits {
  persons: number;
  households: number;
  villages: number;
}

/** Exits of one village in `year` exactly as indicators.csv shows them: this year's running totals less last year's. */
function villageExits(ledger: PovertyLedger, village: VillageNode, year: number): Exits {
  const now = villageYear(ledger, village.code, year);
  const before = villageYear(ledger, village.code, year - 1);
  return {
    persons: now.exitedPersons - before.exitedPersons,
    households: now.exitedHouseholds - before.exitedHouseholds,
    villages: now.villageExited && !before.villageExited ? 1 : 0,
  };
}

function sumExits(list: readonly Exits[]): Exits {
  return list.reduce((all, e) => ({ persons: all.persons + e.persons, households: all.households + e.households, villages: all.villages + e.villages }), {
    persons: 0,
    households: 0,
    villages: 0,
  });
}

/** A plan over both years from the actual exits, split 60/40; villages split so the first year has the larger half. */
function plan(actual: readonly [Exits, Exits], factor: number, withVillages: boolean): [Omit<TargetRow, 'year' | 'regionCode'>, Omit<TargetRow, 'year' | 'regionCode'>] {
  const total = sumExits(actual);
  const persons = Math.max(0, Math.round(total.persons * factor));
  const households = Math.max(0, Math.round(total.households * factor));
  const villages = Math.round(total.villages * Math.min(factor, 1.3));
  const first = {
    persons: Math.round(persons * FIRST_YEAR_SHARE),
    households: Math.round(households * FIRST_YEAR_SHARE),
    ...(withVillages ? { villages: Math.ceil(villages / 2) } : {}),
  };
  const second = {
    persons: persons - first.persons,
    households: households - first.households,
    ...(withVillages ? { villages: villages - Math.ceil(villages / 2) } : {}),
  };
  return [first, second];
}

/** Most regions near their result: about half meet it, the rest fall short by up to a quarter or more. */
function planFactor(random: Random): number {
  return random.chance(0.5) ? random.float(0.8, 1) : random.float(1.02, 1.3);
}

export function planTargets(tree: RegionTree, ledger: PovertyLedger, random: Random): TargetRow[] {
  // The first target year needs the year before it in indicators.csv, or its exits could not be counted.
  const [firstYear, secondYear] = ledger.years.slice(1, 3);
  if (firstYear === undefined || secondYear === undefined) return [];
  const rows: TargetRow[] = [];
  const add = (regionCode: string, targets: ReturnType<typeof plan>) => {
    rows.push({ year: firstYear, regionCode, ...targets[0] }, { year: secondYear, regionCode, ...targets[1] });
  };
  const exitsOf = (villages: readonly VillageNode[]): [Exits, Exits] => [
    sumExits(villages.map((v) => villageExits(ledger, v, firstYear))),
    sumExits(villages.map((v) => villageExits(ledger, v, secondYear))),
  ];
  for (const county of tree.counties) {
    const targets = plan(exitsOf(county.villages), planFactor(random), true);
    add(county.code, targets);
    // The county's plan by channel, first year only (as the decisions list it): the last channel takes the rounding.
    const [first] = targets;
    let persons = 0;
    let households = 0;
    CHANNELS.forEach((channel, index) => {
      const last = index === CHANNELS.length - 1;
      const share = CHANNEL_SHARES[index] ?? 0;
      const p = last ? first.persons - persons : Math.round(first.persons * share);
      const h = last ? first.households - households : Math.round(first.households * share);
      persons += p;
      households += h;
      rows.push({ year: firstYear, regionCode: county.code, persons: p, households: h, channel });
    });
  }
  for (const township of tree.townships) {
    if (random.chance(0.1)) continue;
    add(township.code, plan(exitsOf(township.villages), planFactor(random), true));
  }
  for (const village of tree.villages) {
    if (!random.chance(0.3)) continue;
    add(village.code, plan(exitsOf([village]), planFactor(random), false));
  }
  return rows;
}

export const targetColumns: readonly CsvColumn<TargetRow>[] = [
  { en: 'year', zh: '年度', value: (r) => r.year },
  { en: 'region_code', zh: '区划代码', value: (r) => r.regionCode },
  { en: 'exit_persons', zh: '脱贫人数目标', value: (r) => r.persons },
  { en: 'exit_households', zh: '脱贫户数目标', value: (r) => r.households },
  { en: 'exit_villages', zh: '贫困村退出目标', value: (r) => r.villages ?? '' },
  { en: 'channel', zh: '脱贫渠道', value: (r) => r.channel ?? '' },
];
