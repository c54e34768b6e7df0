// 动态图 (the dynamic map): the work month by month, per township — money disbursed (fund lines by their
// 拨付日期), projects started (开工日期 of projects no longer only planned) and projects finished (完工日期 of
// projects 完工 or 验收). The months run without a gap from the first to the last month with anything in them;
// the browser loads one year's months at a time (monthlyFile), so the map page never carries every month.
import { fenToYuanText } from '../../site/csv-out.ts';
import { addFen } from '../../funds/derive/money.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { formatYuan } from '../../site/format.ts';
import { townshipOf } from './blueprint-places.ts';

export interface MonthFigures {
  /** Whole fen. */
  disbursed: number;
  started: number;
  finished: number;
}

export interface DynamicBlueprint {
  /** YYYY-MM, ascending and without gaps; empty when no date is known. */
  months: string[];
  /** Township codes in code order: the order of every per-township array. */
  townships: string[];
  /** byMonth[month index][township index]. */
  byMonth: MonthFigures[][];
  /** The city: every dated fund line and project, also those placed outside any township. */
  totals: MonthFigures[];
  /** Fund lines without a date: not in any month (said on the page). */
  undatedLines: number;
}

/** What one year's file holds; the page fetches it when the year is first shown. */
export interface MonthlyFile {
  year: number;
  months: string[];
  townships: string[];
  /**
   * Per month, per township, in the order of `townships`; money in yuan with its fen (12345.67), as every published
   * file writes it — bare fen could run to eleven digits a privacy scan reads as a mobile number.
   */
  disbursed: number[][];
  started: number[][];
  finished: number[][];
}

const STARTED: ReadonlySet<PublishedProject['status']> = new Set(['在建', '完工', '验收']);
const FINISHED: ReadonlySet<PublishedProject['status']> = new Set(['完工', '验收']);

export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const id = `${year}-${String(month).padStart(2, '0')}`;
    months.push(id);
    if (id >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

const emptyMonth = (): MonthFigures => ({ disbursed: 0, started: 0, finished: 0 });

export function deriveDynamic(projects: readonly PublishedProject[], regions: ReadonlyMap<string, RegionNode>): DynamicBlueprint {
  const events: { month: string; township?: string; add: (figures: MonthFigures) => void }[] = [];
  let undatedLines = 0;
  for (const project of projects) {
    const township = townshipOf(regions, project.region_code);
    for (const line of project.fundLines) {
      if (!line.date) {
        undatedLines += 1;
        continue;
      }
      const amount = line.disbursed;
      events.push({ month: line.date.slice(0, 7), ...(township ? { township } : {}), add: (figures) => (figures.disbursed = addFen(figures.disbursed, amount)) });
    }
    if (STARTED.has(project.status)) events.push({ month: project.start.slice(0, 7), ...(township ? { township } : {}), add: (figures) => (figures.started += 1) });
    if (FINISHED.has(project.status)) events.push({ month: project.end.slice(0, 7), ...(township ? { township } : {}), add: (figures) => (figures.finished += 1) });
  }
  const townships = [...regions.values()].filter((node) => node.level === 'township').map((node) => node.code).sort();
  const sorted = events.map((event) => event.month).sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  const months = first && last ? monthRange(first, last) : [];
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const townshipIndex = new Map(townships.map((code, index) => [code, index]));
  const byMonth = months.map(() => townships.map(emptyMonth));
  const totals = months.map(emptyMonth);
  for (const event of events) {
    const m = monthIndex.get(event.month);
    if (m === undefined) continue;
    event.add(totals[m] ?? emptyMonth());
    const t = event.township === undefined ? undefined : townshipIndex.get(event.township);
    const cell = t === undefined ? undefined : byMonth[m]?.[t];
    if (cell) event.add(cell);
  }
  return { months, townships, byMonth, totals, undatedLines };
}

/** The years the months fall in, ascending. */
export function dynamicYears(blueprint: Pick<DynamicBlueprint, 'months'>): number[] {
  return [...new Set(blueprint.months.map((month) => Number(month.slice(0, 4))))];
}

export function monthlyFile(blueprint: DynamicBlueprint, year: number): MonthlyFile {
  const indexes = blueprint.months.flatMap((month, index) => (month.startsWith(`${year}-`) ? [index] : []));
  const pick = (key: keyof MonthFigures) => indexes.map((index) => (blueprint.byMonth[index] ?? []).map((figures) => figures[key]));
  return {
    year,
    months: indexes.map((index) => blueprint.months[index] ?? ''),
    townships: blueprint.townships,
    disbursed: pick('disbursed').map((month) => month.map((fen) => Number(fenToYuanText(fen)))),
    started: pick('started'),
    finished: pick('finished'),
  };
}

/** 2024-06 → 2024年6月 */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** What a township's link and tooltip say for a month (the build and the browser word it the same). */
export function dynamicTitle(name: string, figures: MonthFigures | undefined): string {
  if (!figures || (figures.disbursed === 0 && figures.started === 0 && figures.finished === 0)) return `${name}：当月无拨付，无开工、完工项目`;
  return `${name}：拨付 ${formatYuan(figures.disbursed)}，开工 ${figures.started} 个、完工 ${figures.finished} 个项目`;
}
