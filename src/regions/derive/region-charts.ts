// The small charts of a region page, over the years: honorees, project funds, and people lifted out of
// poverty. Pure chart specs for the shared chart kit (src/charts), each with a text alternative that says
// the finding in words.
import type { CategoryChart } from '../../charts/spec.ts';
import { disbursementRate } from '../../funds/derive/funds-breakdown.ts';
import { sumAmounts } from '../../funds/derive/money.ts';
import type { RegionYearFigures } from './region-figures.ts';
import type { RegionNode } from './regions.ts';

const count = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

function yuanText(fen: number): string {
  const yuan = fen / 100;
  return yuan >= 10_000 ? `${wan.format(yuan / 10_000)} 万元` : `${count.format(yuan)} 元`;
}

function span(figures: readonly RegionYearFigures[]): string {
  const first = figures[0]?.year;
  const last = figures.at(-1)?.year;
  return first === last ? `${first} 年` : `${first}—${last} 年`;
}

export function regionCharts(node: Pick<RegionNode, 'code' | 'name' | 'level'>, figures: readonly RegionYearFigures[]): CategoryChart[] {
  if (figures.length === 0) return [];
  const categories = figures.map((entry) => String(entry.year));
  const charts: CategoryChart[] = [];

  const honorees = figures.reduce((sum, entry) => sum + entry.honorees.total, 0);
  charts.push({
    kind: 'column',
    id: `region-honorees-${node.code}`,
    title: `${node.name}历年表彰人数`,
    description: `${span(figures)}${node.name}共有 ${count.format(honorees)} 名自强标兵和交友帮扶好干部（已撤销的不计）。`,
    ...(node.level === 'village' ? { note: '未同意公开姓名的标兵只计入所在乡镇，不计入村。' } : {}),
    categoryLabel: '年度',
    categories,
    series: [
      { key: 'self-reliance', label: '自强标兵', values: figures.map((entry) => entry.honorees.selfReliance) },
      { key: 'cadres', label: '交友帮扶好干部', values: figures.map((entry) => entry.honorees.cadres) },
    ],
    unit: 'count',
    stacked: true,
  });

  const { allocated, disbursed } = sumAmounts(figures.map((entry) => entry.funds));
  const rate = disbursementRate({ allocated, disbursed });
  if (allocated > 0 || disbursed > 0) {
    charts.push({
      kind: 'column',
      id: `region-funds-${node.code}`,
      title: `${node.name}历年项目资金`,
      description: `${span(figures)}在${node.name}实施的项目计划资金共 ${yuanText(allocated)}，已拨付 ${yuanText(disbursed)}${rate !== undefined ? `（${percent.format(rate)}）` : ''}。`,
      categoryLabel: '年度',
      categories,
      series: [
        { key: 'allocated', label: '计划资金', values: figures.map((entry) => entry.funds.allocated) },
        { key: 'disbursed', label: '已拨付', values: figures.map((entry) => entry.funds.disbursed) },
      ],
      unit: 'fen',
    });
  }

  const withPoverty = figures.filter((entry) => entry.poverty);
  const latest = withPoverty.at(-1);
  if (latest?.poverty) {
    const remaining = Math.max(0, latest.poverty.poorPersons - latest.poverty.exitedPersons);
    charts.push({
      kind: 'column',
      id: `region-poverty-${node.code}`,
      title: `${node.name}建档立卡贫困人口与脱贫人口`,
      description: `${latest.year} 年${node.name}建档立卡贫困人口 ${count.format(latest.poverty.poorPersons)} 人，已脱贫 ${count.format(latest.poverty.exitedPersons)} 人，尚未脱贫 ${count.format(remaining)} 人。`,
      categoryLabel: '年度',
      categories,
      series: [
        { key: 'poor', label: '建档立卡贫困人口', values: figures.map((entry) => entry.poverty?.poorPersons ?? null) },
        { key: 'exited', label: '已脱贫人口', values: figures.map((entry) => entry.poverty?.exitedPersons ?? null) },
      ],
      unit: 'count',
    });
  }
  return charts;
}
