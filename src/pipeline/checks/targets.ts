// Exit targets against the registered poor (targets.csv beside indicators.csv): a target larger than the poor people or
// households the place registered is possible (a register corrected later) but unlikely, so it is a warning.
import { problem } from '../problems.ts';
import type { Problem } from '../report.ts';
import type { IndicatorRow } from '../schemas/index.ts';
import { cellAt, type ExportTables } from './tables.ts';

interface Registered {
  year: number;
  persons: number;
  households: number;
}

export function checkTargets(tables: ExportTables): Problem[] {
  const registered = registeredPoor(tables);
  const problems: Problem[] = [];
  tables.targets.rows.forEach((row, index) => {
    const poor = registered(row.region_code, row.year);
    if (!poor) return;
    const when = poor.year === row.year ? { zh: `${poor.year} 年`, en: `in ${poor.year}` } : { zh: `${poor.year} 年（${row.year} 年之前最近一年）`, en: `in ${poor.year} (the latest year before ${row.year})` };
    const over = (field: 'exit_persons' | 'exit_households', target: number, limit: number, what: { zh: string; en: string }) => {
      if (target <= limit) return;
      problems.push(
        problem({
          code: 'target-exceeds-poor',
          ...cellAt(tables.targets, index, field),
          value: String(target),
          expected: { zh: `不大于${when.zh}建档立卡${what.zh}（${limit}）`, en: `at most the registered poor ${what.en} ${when.en} (${limit})` },
          message: {
            zh: `「${row.region_code}」${row.year} 年的脱贫${what.zh}目标（${target}）大于${when.zh}建档立卡${what.zh}（${limit}）。`,
            en: `The ${row.year} exit target of "${row.region_code}" (${target} ${what.en}) is larger than its registered poor ${what.en} ${when.en} (${limit}).`,
          },
        }),
      );
    };
    over('exit_persons', row.exit_persons, poor.persons, { zh: '人口', en: 'people' });
    over('exit_households', row.exit_households, poor.households, { zh: '户数', en: 'households' });
  });
  return problems;
}

/**
 * The registered poor of a place in a year, or the latest year before it with figures: a township's or village's own
 * indicators row, a county's the sum of its townships' rows of that year.
 */
function registeredPoor(tables: ExportTables): (code: string, year: number) => Registered | undefined {
  const level = new Map(tables.regions.rows.map((region) => [region.code, region.level]));
  const parent = new Map(tables.regions.rows.map((region) => [region.code, region.parent_code]));
  const byPlace = new Map<string, Map<number, Registered>>();
  const add = (code: string, row: IndicatorRow) => {
    let years = byPlace.get(code);
    if (!years) byPlace.set(code, (years = new Map()));
    const entry = years.get(row.year) ?? { year: row.year, persons: 0, households: 0 };
    years.set(row.year, { year: row.year, persons: entry.persons + row.poor_persons, households: entry.households + row.poor_households });
  };
  for (const row of tables.indicators.rows) {
    add(row.region_code, row);
    const county = parent.get(row.region_code);
    if (level.get(row.region_code) === 'township' && county !== undefined && level.get(county) === 'county') add(`county:${county}`, row);
  }
  return (code, year) => {
    const years = byPlace.get(level.get(code) === 'county' ? `county:${code}` : code);
    if (!years) return undefined;
    const latest = Math.max(...[...years.keys()].filter((known) => known <= year));
    return years.get(latest);
  };
}
