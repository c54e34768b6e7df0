// Figures within a row that must agree: dates in order, parts not larger than their totals, money not paid beyond plan.
import { problem } from '../problems.ts';
import type { TableData } from '../read-table.ts';
import type { Problem } from '../report.ts';
import { TABLES, type FieldSpec, type TableName } from '../schemas/index.ts';
import { cellAt, formatYuan, type ExportTables } from './tables.ts';

export function checkConsistency(tables: ExportTables): Problem[] {
  return [
    ...notBefore(tables.notices, 'notices', 'period_end', 'period_start'),
    ...notBefore(tables.notices, 'notices', 'period_end', 'published_on'),
    ...notBefore(tables.projects, 'projects', 'end', 'start'),
    ...notAbove(tables.projects, 'projects', 'poor_households', 'beneficiary_households'),
    ...notAbove(tables.projects, 'projects', 'beneficiary_households', 'beneficiary_persons'),
    ...notAbove(tables.pairings, 'pairings', 'households_paired', 'poor_households'),
    ...notAbove(tables.pairings, 'pairings', 'friends_confirmed', 'households_paired'),
    ...notAbove(tables.pairings, 'pairings', 'survey_satisfied', 'survey_calls'),
    ...notAbove(tables.indicators, 'indicators', 'poor_households', 'poor_persons'),
    ...notAbove(tables.indicators, 'indicators', 'poor_persons', 'population'),
    ...notAbove(tables.indicators, 'indicators', 'exited_households', 'poor_households'),
    ...notAbove(tables.indicators, 'indicators', 'exited_persons', 'poor_persons'),
    ...overDisbursed(tables),
  ];
}

/** How the compared figures read in English sentences (the Chinese uses each field's alias). */
const ENGLISH: Record<string, string> = {
  published_on: 'the publication date',
  period_start: 'the start of the publicity period',
  period_end: 'the end of the publicity period',
  start: 'the start date',
  end: 'the end date',
  population: 'the population',
  poor_households: 'the number of poor households',
  poor_persons: 'the number of poor people',
  exited_households: 'the number of households that left poverty',
  exited_persons: 'the number of people who left poverty',
  beneficiary_households: 'the number of households benefiting',
  beneficiary_persons: 'the number of people benefiting',
  households_paired: 'the number of households paired',
  friends_confirmed: 'the number of friendships confirmed',
  survey_calls: 'the number of telephone spot checks',
  survey_satisfied: 'the number of satisfied households',
};

const english = (name: string) => ENGLISH[name] ?? name.replaceAll('_', ' ');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fieldOf(table: TableName, name: string): FieldSpec {
  const fields: Record<string, FieldSpec> = TABLES[table].fields;
  const field = fields[name];
  if (!field) throw new Error(`${table} has no field ${name}`);
  return field;
}

const idOf = (table: TableName, row: Record<string, unknown>): { table: TableName; id: string } | undefined => {
  const key = TABLES[table].primaryKey;
  return key ? { table, id: String(row[key]) } : undefined;
};

/** `later` must not come before `earlier` (ISO dates compare as text). */
function notBefore<Row extends Record<string, unknown>>(table: TableData<Row>, name: TableName, later: string, earlier: string): Problem[] {
  const laterField = fieldOf(name, later);
  const earlierField = fieldOf(name, earlier);
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    const [end, start] = [row[later], row[earlier]];
    if (typeof end !== 'string' || typeof start !== 'string' || end >= start) return;
    const entity = idOf(name, row);
    problems.push(
      problem({
        code: 'date-order',
        ...cellAt(table, index, later),
        value: end,
        expected: { zh: `不早于${earlierField.alias}（${start}）的日期`, en: `a date on or after ${english(earlier)} (${start})` },
        ...(entity ? { entity } : {}),
        message: {
          zh: `${laterField.alias}（${end}）早于${earlierField.alias}（${start}）。`,
          en: `${capitalized(english(later))} (${end}) is before ${english(earlier)} (${start}).`,
        },
      }),
    );
  });
  return problems;
}

/** A part (satisfied households) must not exceed its whole (households called). */
function notAbove<Row extends Record<string, unknown>>(table: TableData<Row>, name: TableName, part: string, whole: string): Problem[] {
  const partField = fieldOf(name, part);
  const wholeField = fieldOf(name, whole);
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    const [partValue, wholeValue] = [row[part], row[whole]];
    if (typeof partValue !== 'number' || typeof wholeValue !== 'number' || partValue <= wholeValue) return;
    const entity = idOf(name, row);
    problems.push(
      problem({
        code: 'exceeds-total',
        ...cellAt(table, index, part),
        value: String(partValue),
        expected: { zh: `不大于${wholeField.alias}（${wholeValue}）`, en: `at most ${english(whole)} (${wholeValue})` },
        ...(entity ? { entity } : {}),
        message: {
          zh: `${partField.alias}（${partValue}）大于${wholeField.alias}（${wholeValue}）。`,
          en: `${capitalized(english(part))} (${partValue}) is greater than ${english(whole)} (${wholeValue}).`,
        },
      }),
    );
  });
  return problems;
}

/** Paying more than planned can be legitimate (a top-up not yet entered) but must be visible: a warning, flagged on the project page. */
function overDisbursed(tables: ExportTables): Problem[] {
  const table = tables.fundLines;
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    if (row.disbursed <= row.allocated) return;
    problems.push(
      problem({
        code: 'over-disbursed',
        ...cellAt(table, index, 'disbursed'),
        value: formatYuan(row.disbursed),
        expected: { zh: `不超过计划金额（${formatYuan(row.allocated)} 元）`, en: `at most the allocated amount (${formatYuan(row.allocated)} yuan)` },
        entity: { table: 'projects', id: row.project_id },
        message: {
          zh: `项目「${row.project_id}」的一笔资金（${row.source}）已拨付 ${formatYuan(row.disbursed)} 元，超过计划金额 ${formatYuan(row.allocated)} 元。`,
          en: `Project "${row.project_id}": ${formatYuan(row.disbursed)} yuan disbursed from ${row.source} exceeds the ${formatYuan(row.allocated)} yuan allocated.`,
        },
      }),
    );
  });
  return problems;
}
