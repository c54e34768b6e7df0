// Honorees per year by level, and by category of deed: counts of published honorees (revoked ones never reach the dataset).
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';

type Kind = PublishedHonoree['kind'];
const LEVELS = ['村级', '镇级', '县级', '市级'] as const satisfies readonly PublishedHonoree['level'][];
const LEVEL_KEYS: Record<(typeof LEVELS)[number], string> = { 村级: 'village', 镇级: 'township', 县级: 'county', 市级: 'city' };
/** Deeds of honorees without publication consent are not published, so they are counted apart. */
export const UNDISCLOSED_CATEGORY = '未公开事迹';

const KIND_NAMES: Record<Kind, string> = { 自强标兵: '自强标兵', 交友帮扶好干部: '交友帮扶好干部' };

export function honoreesByYear(honorees: readonly Pick<PublishedHonoree, 'year' | 'level' | 'kind'>[], kind: Kind = '自强标兵'): CategoryChart {
  const counts = new Map<number, Record<string, number>>();
  for (const honoree of honorees) {
    if (honoree.kind !== kind) continue;
    let ofYear = counts.get(honoree.year);
    if (!ofYear) counts.set(honoree.year, (ofYear = {}));
    ofYear[honoree.level] = (ofYear[honoree.level] ?? 0) + 1;
  }
  const years = [...counts.keys()].sort((a, b) => a - b);
  const totals = years.map((year) => Object.values(counts.get(year) ?? {}).reduce((sum, value) => sum + value, 0));
  const name = KIND_NAMES[kind];
  return {
    kind: 'column',
    id: kind === '自强标兵' ? 'honorees-by-year' : 'cadres-by-year',
    title: `历年${name}人数（按级别）`,
    description: describeYears(name, years, totals),
    note: '已撤销的表彰不计入。',
    categoryLabel: '年度',
    categories: years.map(String),
    series: LEVELS.map((level) => ({
      key: LEVEL_KEYS[level],
      label: level,
      values: years.map((year) => counts.get(year)?.[level] ?? 0),
    })),
    unit: 'count',
    stacked: true,
  };
}

function describeYears(name: string, years: readonly number[], totals: readonly number[]): string {
  if (years.length === 0) return `本期数据中没有${name}。`;
  const total = totals.reduce((sum, value) => sum + value, 0);
  const peak = totals.indexOf(Math.max(...totals));
  const span = years.length > 1 ? `${years[0]}—${years.at(-1)} 年` : `${years[0]} 年`;
  return `${span}共评选${name} ${formatValue(total, 'count')} 名；人数最多的是 ${years[peak]} 年，${formatValue(totals[peak] ?? 0, 'count')} 名。`;
}

/** Honorees by category of deed, most frequent first; those without consent counted as 未公开事迹, last. */
export function honoreesByCategory(honorees: readonly PublishedHonoree[]): CategoryChart {
  const counts = new Map<string, number>();
  let undisclosed = 0;
  for (const honoree of honorees) {
    if (!honoree.consent) undisclosed += 1;
    else counts.set(honoree.category, (counts.get(honoree.category) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  if (undisclosed > 0) rows.push([UNDISCLOSED_CATEGORY, undisclosed]);
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  const [top] = rows;
  return {
    kind: 'bar',
    id: 'honorees-by-category',
    title: '自强标兵与好干部的事迹类型',
    description: top
      ? `共 ${formatValue(total, 'count')} 名受表彰者；事迹类型最多的是「${top[0]}」，${formatValue(top[1], 'count')} 名，占 ${formatValue(top[1] / total, 'ratio')}。`
      : '本期数据中没有受表彰者。',
    note: `包括各年度的自强标兵和交友帮扶好干部；未同意公开事迹的人只计入「${UNDISCLOSED_CATEGORY}」；已撤销的表彰不计入。`,
    categoryLabel: '事迹类型',
    categories: rows.map(([category]) => category),
    series: [{ key: 'honorees', label: '人数', values: rows.map(([, count]) => count) }],
    unit: 'count',
  };
}
