// 脱贫目标完成情况: per county and target year, the people who left poverty against the target (exit-targets.ts),
// the same figures the county pages and the city table show.
import { EXIT_ACTUAL_DEFINITION, exitTargetYears } from '../../regions/derive/exit-targets.ts';
import type { CountyFigures } from '../counties/series.ts';
import type { CategoryChart } from '../spec.ts';

export function exitTargetsByCounty(counties: readonly CountyFigures[]): CategoryChart {
  const sorted = [...counties].sort((a, b) => a.code.localeCompare(b.code));
  const years = [...new Set(sorted.flatMap((county) => exitTargetYears(county.figures).map((target) => target.year)))].sort((a, b) => a - b);
  const rateOf = (county: CountyFigures, year: number) => county.figures.find((entry) => entry.year === year)?.exitTarget?.persons.rate ?? null;
  const series = years.map((year) => ({ key: `rate${year}`, label: `${year} 年完成率`, values: sorted.map((county) => rateOf(county, year)) }));
  const met = years.map((year) => {
    const known = sorted.filter((county) => county.figures.find((entry) => entry.year === year)?.exitTarget?.persons.met !== undefined);
    const done = known.filter((county) => county.figures.find((entry) => entry.year === year)?.exitTarget?.persons.met === true);
    return `${year} 年 ${known.length} 个县（区）中 ${done.length} 个完成脱贫人数目标`;
  });
  return {
    kind: 'bar',
    id: 'exit-targets-by-county',
    title: '脱贫目标完成情况',
    description: years.length === 0 ? '本期数据中没有脱贫目标。' : `各县（区）当年实际脱贫人数占脱贫人数目标的比例，100% 及以上为完成。${met.join('；')}。`,
    note: EXIT_ACTUAL_DEFINITION,
    categoryLabel: '县（区）',
    categories: sorted.map((county) => county.name),
    series,
    unit: 'ratio',
  };
}
