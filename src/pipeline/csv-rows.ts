// An export folder's CSV tables as plain rows keyed by field name (the file's headers, Chinese or English, mapped):
// how the sample export is written into the template workbook, and how tests make workbooks from CSV fixtures.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { headerKey } from './columns.ts';
import { decodeText } from './decode.ts';
import { TABLES, type TableName } from './schemas/index.ts';

export type CsvRows = Record<TableName, Record<string, string>[]>;

export async function readCsvRows(dir: string): Promise<CsvRows> {
  const rows = {} as CsvRows;
  for (const table of Object.keys(TABLES) as TableName[]) {
    const { file, fields, optional } = TABLES[table];
    // An optional table the export leaves out (targets.csv) is an empty one.
    if (optional && !existsSync(join(dir, file))) {
      rows[table] = [];
      continue;
    }
    const decoded = decodeText(await readFile(join(dir, file)), file);
    if (!decoded.ok) throw new Error(decoded.problem.message.en);
    const fieldOf = new Map<string, string>();
    for (const field of Object.values(fields)) for (const header of [field.name, field.alias]) fieldOf.set(headerKey(header), field.name);
    rows[table] = Papa.parse<Record<string, string>>(decoded.text, {
      header: true,
      skipEmptyLines: true,
      transformHeader: (header) => fieldOf.get(headerKey(header)) ?? header,
    }).data;
  }
  return rows;
}
