// The template workbook is made from the schemas: every table a sheet with its Chinese headers, each header's note
// naming the field, a drop-down for every enumeration, codes kept as text, dates as dates, every field explained.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../src/open-data/template-workbook.ts';
import { TABLES, type FieldSpec, type TableName } from '../../src/pipeline/schemas/index.ts';
import { SHEET_NAMES, tableOfSheetName } from '../../src/pipeline/workbook-tables.ts';

let bytes: Uint8Array;
const workbook = new ExcelJS.Workbook();

beforeAll(async () => {
  bytes = await templateWorkbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
});

const tables = Object.keys(TABLES) as TableName[];
const fieldsOf = (table: TableName) => Object.values(TABLES[table].fields) as FieldSpec[];

describe('the template workbook', () => {
  it('has the 说明 sheet and one sheet per table, each named so the build reads it back as that table', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['说明', ...tables.map((table) => SHEET_NAMES[table])]);
    for (const table of tables) expect(tableOfSheetName(SHEET_NAMES[table])).toBe(table);
  });

  it('heads every column with the field’s Chinese header and notes its English name and meaning', () => {
    for (const table of tables) {
      const header = workbook.getWorksheet(SHEET_NAMES[table])!.getRow(1);
      fieldsOf(table).forEach((field, index) => {
        const cell = header.getCell(index + 1);
        expect(cell.value, `${table}.${field.name}`).toBe(field.alias);
        const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((part) => part.text).join('');
        expect(note).toContain(field.name);
        expect(note).toContain(field.description.zh);
      });
    }
  });

  it('offers each enumeration as a drop-down list, keeps codes and ids as text, and formats dates and amounts', () => {
    let lists = 0;
    for (const table of tables) {
      const sheet = workbook.getWorksheet(SHEET_NAMES[table])!;
      fieldsOf(table).forEach((field, index) => {
        // The rule as Excel reads it: on the first and the last formatted row of the column.
        for (const row of [2, 5000]) {
          const rule = sheet.getCell(row, index + 1).dataValidation as ExcelJS.DataValidation | undefined;
          if (!field.enum) continue;
          expect(rule?.type, `${table}.${field.name}`).toBe('list');
          const offered = String(rule?.formulae[0]).replace(/^"|"$/g, '').split(',');
          // Every offered value parses to an allowed one (a Chinese label where the format takes one).
          expect(offered.map((value) => field.schema.safeParse(value).data), `${table}.${field.name}`).toEqual([...field.enum]);
        }
        if (field.enum) lists++;
        const format = { date: 'yyyy-mm-dd', number: '0.00', integer: '0', string: '@', boolean: '@' }[field.publishedType];
        expect(sheet.getColumn(index + 1).numFmt, `${table}.${field.name}`).toBe(format);
      });
    }
    expect(lists).toBeGreaterThanOrEqual(8);
  });

  it('explains every field of every table on the 说明 sheet, with the privacy rules', () => {
    const notes = workbook.getWorksheet('说明')!;
    const text: string[] = [];
    notes.eachRow((row) => text.push((row.values as unknown[]).filter((value) => typeof value === 'string').join(' | ')));
    for (const table of tables) for (const field of fieldsOf(table)) expect(text.some((line) => line.includes(field.alias) && line.includes(field.name)), `${table}.${field.name}`).toBe(true);
    expect(text.join('\n')).toContain('身份证号');
  });

  it('is the same bytes every time it is made', async () => {
    expect(Buffer.from(await templateWorkbook()).equals(Buffer.from(bytes))).toBe(true);
  });
});
