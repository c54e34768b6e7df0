// Exit targets against results (目标完成情况): what a county, township or village promised to lift out of poverty in
// a year (targets.csv) beside what its indicators say happened. Pure; the region pages, the city table, the chart
// 「脱贫目标完成情况」, the map layer 「目标完成率」 and the exit map (退出图) all read these figures.
//
// What "actual" means. indicators.csv holds running totals: `exited_persons` in 2024 is everyone registered as out of
// poverty by the end of 2024. So the exits OF a year are a difference, taken where a place has a row both years:
//   exited persons in Y    = exited_persons(Y) − exited_persons(Y − 1)      (households the same way)
//   villages exited in Y   = villages marked 摘帽 (是) in Y that were not in Y − 1
// A township's or village's own rows count; a region without rows of its own (a county) sums the exits of its
// parts that have rows both years, as the region figures do. Without any the actual is unknown, never 0.
import { EXIT_CHANNELS, type ExitChannel, type TargetRow } from '../../pipeline/schemas/index.ts';
import { ratio } from '../../site/ratio.ts';
import type { IndicatorRow } from '../../pipeline/schemas/index.ts';
import type { PovertyFigures } from './region-figures.ts';
import type { RegionNode } from './regions.ts';

/** What the pages say "actual" is, once, so every page and download words it the same way. */
export const EXIT_ACTUAL_DEFINITION =
  '实际脱贫人数（户数）= 当年年末已脱贫人口（户数）− 上年年末已脱贫人口（户数）（脱贫指标表中的已脱贫数是累计数；县为各乡镇之和，只计两年都有数据的地方）；实际退出村数 = 当年摘帽、上年尚未摘帽的贫困村数。完成率 = 实际 ÷ 目标，实际不少于目标为完成。';

/** One promised figure and what happened. */
export interface ExitMeasure {
  target: number;
  /** Exits in the year (see above); absent when the indicators lack the year or the year before. */
  actual?: number;
  /** actual ÷ target; absent when either is unknown or the target is 0. */
  rate?: number;
  /** actual ≥ target; absent when the actual is unknown. */
  met?: boolean;
}

/** A target by channel (六个一批). indicators.csv does not say how people left poverty, so these have no actual. */
export interface ChannelTarget {
  channel: ExitChannel;
  persons: number;
  households: number;
  villages?: number;
}

/** A region's target for one year against its result. */
export interface ExitTargetYear {
  year: number;
  persons: ExitMeasure;
  households: ExitMeasure;
  /** Poor villages to exit: counties and townships that set one. */
  villages?: ExitMeasure;
  /** The target split by channel, in the order of EXIT_CHANNELS. */
  channels: ChannelTarget[];
  /** Every measure met (true), one known to fall short (false), or unknown (absent) while an actual is missing. */
  met?: boolean;
}

/** A place's exits in a year; a figure is absent when it cannot be counted. */
export interface ExitActual {
  persons?: number;
  households?: number;
  villages?: number;
}

/**
 * The difference of two years' running totals of one region (its figures in regionFigures). Equal to the year's
 * `exits` (exitActuals) when every place has rows both years; prefer `exits`, which a missing row cannot skew.
 */
export function exitActual(ofYear: PovertyFigures | undefined, yearBefore: PovertyFigures | undefined): ExitActual {
  if (!ofYear || !yearBefore) return {};
  return {
    persons: ofYear.exitedPersons - yearBefore.exitedPersons,
    households: ofYear.exitedHouseholds - yearBefore.exitedHouseholds,
    villages: ofYear.villagesExited - yearBefore.villagesExited,
  };
}

/** The exits of every region in a year, from indicators.csv (see above). */
export function exitActuals(indicators: readonly IndicatorRow[], regions: ReadonlyMap<string, RegionNode>): (code: string, year: number) => ExitActual {
  const rows = new Map(indicators.map((row) => [`${row.region_code}|${row.year}`, row]));
  const hasOwnRows = new Set(indicators.map((row) => row.region_code));
  const cache = new Map<string, ExitActual>();
  const actual = (code: string, year: number): ExitActual => {
    const key = `${code}|${year}`;
    const known = cache.get(key);
    if (known) return known;
    const node = regions.get(code);
    const parts = (node?.children ?? []).map((child) => actual(child, year));
    const sum = (pick: (part: ExitActual) => number | undefined) => {
      const values = parts.map(pick).filter((value): value is number => value !== undefined);
      return values.length > 0 ? values.reduce((all, value) => all + value, 0) : undefined;
    };
    const now = rows.get(key);
    const before = rows.get(`${code}|${year - 1}`);
    let result: ExitActual;
    if (hasOwnRows.has(code)) {
      const own = now && before ? { persons: now.exited_persons - before.exited_persons, households: now.exited_households - before.exited_households } : {};
      const villageExit = node?.level === 'village' && now && before ? (now.village_exited === true && before.village_exited !== true ? 1 : 0) : undefined;
      const villages = node?.level === 'village' ? villageExit : sum((part) => part.villages);
      result = { ...own, ...(villages !== undefined ? { villages } : {}) };
    } else {
      const persons = sum((part) => part.persons);
      const households = sum((part) => part.households);
      const villages = sum((part) => part.villages);
      result = {
        ...(persons !== undefined ? { persons } : {}),
        ...(households !== undefined ? { households } : {}),
        ...(villages !== undefined ? { villages } : {}),
      };
    }
    cache.set(key, result);
    return result;
  };
  return actual;
}

export function exitMeasure(target: number, actual: number | undefined): ExitMeasure {
  if (actual === undefined) return { target };
  const rate = ratio(actual, target);
  return { target, actual, ...(rate !== undefined ? { rate } : {}), met: actual >= target };
}

/** targets.csv rows of one region and year: the total row (blank channel), else the sum of the channel rows. */
export function yearTarget(rows: readonly TargetRow[], actual: ExitActual, year: number): ExitTargetYear {
  const total = rows.find((row) => row.channel === undefined);
  const channelRows = rows
    .filter((row): row is TargetRow & { channel: ExitChannel } => row.channel !== undefined)
    .sort((a, b) => EXIT_CHANNELS.indexOf(a.channel) - EXIT_CHANNELS.indexOf(b.channel));
  const sum = (pick: (row: TargetRow) => number | undefined) => channelRows.reduce((all, row) => all + (pick(row) ?? 0), 0);
  const persons = total ? total.exit_persons : sum((row) => row.exit_persons);
  const households = total ? total.exit_households : sum((row) => row.exit_households);
  const givesVillages = total ? total.exit_villages !== undefined : channelRows.some((row) => row.exit_villages !== undefined);
  const villages = total ? total.exit_villages : sum((row) => row.exit_villages);
  const measures = {
    persons: exitMeasure(persons, actual.persons),
    households: exitMeasure(households, actual.households),
    ...(givesVillages && villages !== undefined ? { villages: exitMeasure(villages, actual.villages) } : {}),
  };
  const all = [measures.persons, measures.households, ...(measures.villages ? [measures.villages] : [])];
  // Not met as soon as one measure is known to fall short; met only when every one is known and reached.
  const met = all.some((measure) => measure.met === false) ? false : all.every((measure) => measure.met === true) ? true : undefined;
  return {
    year,
    ...measures,
    channels: channelRows.map((row) => ({
      channel: row.channel,
      persons: row.exit_persons,
      households: row.exit_households,
      ...(row.exit_villages !== undefined ? { villages: row.exit_villages } : {}),
    })),
    ...(met !== undefined ? { met } : {}),
  };
}

/** Every region's targets year by year, ascending: region code → its years with a target. Regions without one are absent. */
export function deriveExitTargets(targets: readonly TargetRow[], actual: (code: string, year: number) => ExitActual): Map<string, ExitTargetYear[]> {
  const grouped = new Map<string, Map<number, TargetRow[]>>();
  for (const row of targets) {
    let byYear = grouped.get(row.region_code);
    if (!byYear) grouped.set(row.region_code, (byYear = new Map()));
    let rows = byYear.get(row.year);
    if (!rows) byYear.set(row.year, (rows = []));
    rows.push(row);
  }
  const result = new Map<string, ExitTargetYear[]>();
  for (const [code, byYear] of grouped) {
    const years = [...byYear.keys()].sort((a, b) => a - b);
    result.set(code, years.map((year) => yearTarget(byYear.get(year) ?? [], actual(code, year), year)));
  }
  return result;
}

/** The measures in the order pages show them, with their names. */
export const EXIT_MEASURES = [
  { key: 'persons', label: '脱贫人数', unit: '人' },
  { key: 'households', label: '脱贫户数', unit: '户' },
  { key: 'villages', label: '贫困村退出', unit: '个' },
] as const;
export type ExitMeasureKey = (typeof EXIT_MEASURES)[number]['key'];

/** Met or not in words (never colour alone): 完成 / 未完成, or why it cannot be said. */
export function exitOutcome(measure: Pick<ExitMeasure, 'met'>): string {
  return measure.met === undefined ? '无法计算（缺少当年或上年脱贫指标）' : measure.met ? '完成' : '未完成';
}

/** A region's years with a target, from its region figures. */
export function exitTargetYears(figures: readonly { exitTarget?: ExitTargetYear }[]): ExitTargetYear[] {
  return figures.flatMap((entry) => (entry.exitTarget ? [entry.exitTarget] : []));
}
