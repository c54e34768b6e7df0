// 退出图 (the exit map): per year, the poor villages that exited and the households and persons lifted out of
// poverty in each county, township and village, against the targets set for them (targets.csv). The exits of a
// year and the targets are the region figures' own (exitActual and exitTarget, src/regions/derive/exit-targets.ts),
// so the map, the region pages and the target chart never disagree.
import { exitActual, type ExitActual, type ExitTargetYear } from '../../regions/derive/exit-targets.ts';
import type { RegionFigures } from '../../regions/derive/region-figures.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';

export interface ExitRow {
  code: string;
  name: string;
  level: RegionNode['level'];
  /** The county of a township, the township of a village. */
  parentName?: string;
  /** Exits of the year; a figure is absent when the indicators lack the year or the year before. */
  actual: ExitActual;
  target?: ExitTargetYear;
}

export interface ExitYear {
  year: number;
  /** The whole city (the root region). */
  total?: ExitRow;
  counties: ExitRow[];
  townships: ExitRow[];
  /** Villages lifted out of poverty (摘帽) this year. */
  villagesExited: ExitRow[];
  /** How many counties, townships and villages had a target this year. */
  targets: number;
}

export interface ExitBlueprint {
  /** Years with a known exit or a target, ascending. */
  years: number[];
  byYear: ExitYear[];
}

export function deriveExit(figures: RegionFigures, regions: ReadonlyMap<string, RegionNode>, years: readonly number[]): ExitBlueprint {
  const nodes = [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
  const rowOf = (node: RegionNode, yearIndex: number): ExitRow => {
    const entries = figures[node.code] ?? [];
    const ofYear = entries[yearIndex];
    const before = entries[yearIndex - 1];
    const parent = node.ancestors.at(-1);
    return {
      code: node.code,
      name: node.name,
      level: node.level,
      ...(parent && node.level !== 'county' ? { parentName: parent.name } : {}),
      actual: ofYear && before && ofYear.year - 1 === before.year ? exitActual(ofYear.poverty, before.poverty) : {},
      ...(ofYear?.exitTarget ? { target: ofYear.exitTarget } : {}),
    };
  };
  const byYear = years.map((year, yearIndex): ExitYear => {
    const of = (level: RegionNode['level']) => nodes.filter((node) => node.level === level).map((node) => rowOf(node, yearIndex));
    const city = nodes.find((node) => node.level === 'city');
    const villages = of('village');
    const counties = of('county');
    const townships = of('township');
    return {
      year,
      ...(city ? { total: rowOf(city, yearIndex) } : {}),
      counties,
      townships,
      villagesExited: villages.filter((row) => (row.actual.villages ?? 0) > 0),
      targets: [...counties, ...townships, ...villages].filter((row) => row.target).length,
    };
  });
  const known = byYear.filter((entry) => entry.targets > 0 || entry.total?.actual.persons !== undefined || entry.townships.some((row) => row.actual.persons !== undefined));
  return { years: known.map((entry) => entry.year), byYear: known };
}

/** The year the exit map opens on: the latest with a target, else the latest with exits. */
export function defaultExitYear(blueprint: ExitBlueprint): number | undefined {
  return [...blueprint.byYear].reverse().find((entry) => entry.targets > 0)?.year ?? blueprint.years.at(-1);
}

/** A measure against its target in words: 「120 / 目标 100（120%），完成」; never colour alone. */
export function againstTarget(actual: number | undefined, measure: { target: number; rate?: number; met?: boolean } | undefined, formatCount: (value: number) => string, formatPercent: (value: number | undefined) => string): string {
  const done = actual === undefined ? '未知' : formatCount(actual);
  if (!measure) return `${done}（无目标）`;
  const verdict = measure.met === undefined ? '实际未知' : measure.met ? '完成' : '未完成';
  return `${done} / 目标 ${formatCount(measure.target)}${measure.rate !== undefined ? `（${formatPercent(measure.rate)}）` : ''}，${verdict}`;
}
