// Exit targets against results (目标完成情况): what a county, township or village promised to lift out of poverty in
// a year (targets.csv) beside what its indicators say happened. Pure; the region pages, the city table, the chart
// 「脱贫目标完成情况」, the map layer 「目标完成率」 and the exit map (退出图) all read these figures.
//
// What "actual" means. indicators.csv holds running totals: `exited_persons` in 2024 is everyone registered as out of
// poverty by the end of 2024 (the sample's figures only grow). So the exits OF a year are the difference:
//   exited persons in Y    = exited_persons(Y) − exited_persons(Y − 1)
//   exited households in Y = exited_households(Y) − exited_households(Y − 1)
//   villages exited in Y   = villages marked 摘帽 in Y − villages marked 摘帽 in Y − 1
// each over the region's figures as the region pages show them (a township's own row, a county the sum of its
// townships: region-figures.ts). Without indicators for both years the actual is unknown, never 0.
import { EXIT_CHANNELS, type ExitChannel, type TargetRow } from '../../pipeline/schemas/index.ts';
import { ratio } from '../../site/ratio.ts';
import type { PovertyFigures } from './region-figures.ts';

/** What the pages say "actual" is, once, so every page and download words it the same way. */
export const EXIT_ACTUAL_DEFINITION =
  '实际脱贫人数（户数）= 当年年末已脱贫人口（户数）− 上年年末已脱贫人口（户数），脱贫指标表中的已脱贫数是累计数；实际退出村数 = 当年已摘帽的贫困村数 − 上年已摘帽的贫困村数。完成率 = 实际 ÷ 目标，实际不少于目标为完成。';

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
  /** Every measure met (true), some not met (false), or unknown (absent) while an actual is missing. */
  met?: boolean;
}

/** The exits of a year from the running totals of that year and the year before; absent figures give no actual. */
export interface ExitActual {
  persons?: number;
  households?: number;
  villages?: number;
}

export function exitActual(ofYear: PovertyFigures | undefined, yearBefore: PovertyFigures | undefined): ExitActual {
  if (!ofYear || !yearBefore) return {};
  return {
    persons: ofYear.exitedPersons - yearBefore.exitedPersons,
    households: ofYear.exitedHouseholds - yearBefore.exitedHouseholds,
    villages: ofYear.villagesExited - yearBefore.villagesExited,
  };
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
  const known = all.every((measure) => measure.met !== undefined);
  return {
    year,
    ...measures,
    channels: channelRows.map((row) => ({
      channel: row.channel,
      persons: row.exit_persons,
      households: row.exit_households,
      ...(row.exit_villages !== undefined ? { villages: row.exit_villages } : {}),
    })),
    ...(known ? { met: all.every((measure) => measure.met === true) } : {}),
  };
}

/** A region's poverty figures by year (from the region figures). */
export type PovertyByYear = (year: number) => PovertyFigures | undefined;

/** Every region's targets year by year, ascending: region code → its years with a target. Regions without one are absent. */
export function deriveExitTargets(targets: readonly TargetRow[], povertyOf: (code: string) => PovertyByYear): Map<string, ExitTargetYear[]> {
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
    const poverty = povertyOf(code);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    result.set(code, years.map((year) => yearTarget(byYear.get(year) ?? [], exitActual(poverty(year), poverty(year - 1)), year)));
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
