// Duplicate keys: ids, region codes, and one row per (year, village) in pairings, (year, region) in indicators and
// (year, region, channel) in targets.
import { problem } from '../problems.ts';
import type { TableData } from '../read-table.ts';
import type { Problem } from '../report.ts';
import { TABLES, type FieldSpec } from '../schemas/index.ts';
import { cellAt, type ExportTables, type TableName } from './tables.ts';

export function checkKeys(tables: ExportTables): Problem[] {
  return [
    ...uniqueIds(tables.regions, 'regions', 'code'),
    ...uniqueIds(tables.notices, 'notices', 'id'),
    ...uniqueIds(tables.honorees, 'honorees', 'id'),
    ...uniqueIds(tables.projects, 'projects', 'id'),
    ...uniqueYearly(tables.pairings, 'village_code'),
    ...uniqueYearly(tables.indicators, 'region_code'),
    ...uniqueYearly(tables.targets, 'region_code', 'channel'),
  ];
}

function uniqueIds<Row extends Record<string, unknown>>(table: TableData<Row>, name: TableName, key: string): Problem[] {
  const fields: Record<string, FieldSpec> = TABLES[name].fields;
  const alias = fields[key]?.alias ?? key;
  const firstRow = new Map<string, number>();
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    const id = String(row[key]);
    const first = firstRow.get(id);
    if (first === undefined) {
      firstRow.set(id, table.excelRows[index] ?? 1);
      return;
    }
    problems.push(
      problem({
        code: 'duplicate-id',
        ...cellAt(table, index, key),
        value: id,
        entity: { table: name, id },
        message: {
          zh: `${alias}「${id}」重复：Excel 第 ${first} 行已经用过。`,
          en: `${key.replaceAll('_', ' ')} "${id}" is a duplicate: Excel row ${first} already uses it.`,
        },
      }),
    );
  });
  return problems;
}

/** One row per place and year; with `part` (targets' channel), one per place, year and part, an empty part being the total. */
function uniqueYearly<Row extends { year: number }>(table: TableData<Row>, regionField: keyof Row & string, part?: keyof Row & string): Problem[] {
  const firstRow = new Map<string, number>();
  const problems: Problem[] = [];
  table.rows.forEach((row, index) => {
    const region = String(row[regionField]);
    const partValue = part === undefined ? undefined : row[part];
    const key = `${row.year}\u0000${region}\u0000${partValue === undefined ? '' : String(partValue)}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, table.excelRows[index] ?? 1);
      return;
    }
    const of = part === undefined ? undefined : partValue === undefined ? { zh: '（合计）', en: ' (total)' } : { zh: `（${String(partValue)}）`, en: ` (${String(partValue)})` };
    problems.push(
      problem({
        code: 'duplicate-id',
        ...cellAt(table, index, regionField),
        value: region,
        message: of
          ? {
              zh: `${row.year} 年「${region}」${of.zh}已有一行（Excel 第 ${first} 行）：每个地方每年每个脱贫渠道（留空为合计）只能有一行。`,
              en: `${row.year} already has a row for "${region}"${of.en} (Excel row ${first}): one row per place, year and channel (empty for the total).`,
            }
          : {
              zh: `${row.year} 年「${region}」已有一行（Excel 第 ${first} 行）：每个地方每年只能有一行。`,
              en: `${row.year} already has a row for "${region}" (Excel row ${first}): one row per place and year.`,
            },
      }),
    );
  });
  return problems;
}
