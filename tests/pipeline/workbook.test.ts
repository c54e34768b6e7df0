// Excel workbooks as exports: the tiny fixture written into the template workbook loads to exactly the tables its
// CSVs give; each fault an office makes in Excel is named at its workbook, sheet, Excel row and column letter.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../src/open-data/template-workbook.ts';
import { readCsvRows, type CsvRows } from '../../src/pipeline/csv-rows.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import { formatProblem, type Problem } from '../../src/pipeline/report.ts';
import { TABLES, type TableName } from '../../src/pipeline/schemas/index.ts';
import { excelSerialDate, numberText } from '../../src/pipeline/workbook.ts';
import { SHEET_NAMES } from '../../src/pipeline/workbook-tables.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
const NOT_TABLES = ['release.json', 'boundaries.geojson', 'photos'];

let work: string;
let rows: CsvRows;
let folders = 0;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-workbook-'));
  rows = await readCsvRows(FIXTURE);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The tiny export with its tables as one workbook, changed by `plant` in Excel's own object model. */
async function workbookExport(plant: (workbook: ExcelJS.Workbook) => void = () => {}, extra: Record<string, string> = {}): Promise<string> {
  const dir = join(work, `export-${++folders}`);
  for (const name of NOT_TABLES) await cp(join(FIXTURE, name), join(dir, name), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateWorkbook(rows)) as unknown as ArrayBuffer);
  plant(workbook);
  await writeFile(join(dir, 'yangguang.xlsx'), new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  for (const [name, text] of Object.entries(extra)) await writeFile(join(dir, name), text);
  return dir;
}

const sheetOf = (workbook: ExcelJS.Workbook, table: TableName) => workbook.getWorksheet(SHEET_NAMES[table])!;
/** 1-based column of a field in the template (the schema's order). */
const columnOf = (table: TableName, field: string) => Object.keys(TABLES[table].fields).indexOf(field) + 1;

function where(problem: Problem) {
  return { code: problem.code, file: problem.file, sheet: problem.sheet, row: problem.row, column: problem.column };
}

describe('a workbook export', () => {
  it('loads to exactly the tables the CSVs give (a story’s line break typed in a cell is a paragraph, as a blank line is in a CSV)', async () => {
    const fromCsv = await loadExport(FIXTURE);
    const fromWorkbook = await loadExport(await workbookExport());
    expect(fromWorkbook.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    for (const table of ['regions', 'notices', 'honorees', 'projects', 'fundLines', 'pairings', 'indicators', 'targets'] as const) {
      expect(fromWorkbook.data?.[table], table).toEqual(fromCsv.data?.[table]);
    }
    expect(fromWorkbook.data?.files).toContain('yangguang.xlsx');
  });

  it('reads a 「脱贫目标」 sheet as targets.csv, and an empty one (the template as published) as no targets', async () => {
    expect(SHEET_NAMES.targets).toBe('脱贫目标');
    const empty = await loadExport(await workbookExport());
    expect(empty.data?.targets).toEqual([]);
    const dir = await workbookExport((workbook) => {
      const sheet = sheetOf(workbook, 'targets');
      sheet.getRow(2).values = [2025, '610902', 1000, 300, 2, ''];
      sheet.getRow(3).values = [2025, '610902', 600, 180, '', '产业发展'];
      sheet.getRow(4).values = [2025, '610902100201', 40, 12, 1, ''];
    });
    const { data, problems } = await loadExport(dir);
    expect(data).toBeUndefined();
    // The one fault planted: a village target on a village, named at its sheet, Excel row and column letter.
    expect(problems.filter((problem) => problem.severity === 'error').map(where)).toEqual([
      { code: 'village-target-on-village', file: 'yangguang.xlsx', sheet: '脱贫目标', row: 4, column: columnOf('targets', 'exit_villages') },
    ]);
    const fixed = await workbookExport((workbook) => {
      const sheet = sheetOf(workbook, 'targets');
      sheet.getRow(2).values = [2025, '610902', 1000, 300, 2, ''];
      sheet.getRow(3).values = [2025, '610902', 600, 180, '', '产业发展'];
    });
    expect((await loadExport(fixed)).data?.targets).toEqual([
      { year: 2025, region_code: '610902', exit_persons: 1000, exit_households: 300, exit_villages: 2, channel: undefined },
      { year: 2025, region_code: '610902', exit_persons: 600, exit_households: 180, exit_villages: undefined, channel: '产业发展' },
    ]);
  });

  it('takes real dates and date serials as YYYY-MM-DD, and numbers at their value, never in exponent form', async () => {
    expect(excelSerialDate(46_000)).toBe('2025-12-09');
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(numberText(610_902_001_003)).toBe('610902001003');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234.5)).toBe('1234.5');
    const dir = await workbookExport((workbook) => {
      const notices = sheetOf(workbook, 'notices');
      // A serial typed into a General cell of a date column, and a real date.
      const start = notices.getCell(2, columnOf('notices', 'period_start'));
      start.value = 46_000;
      start.numFmt = 'General';
      notices.getCell(2, columnOf('notices', 'period_end')).value = new Date(Date.UTC(2025, 11, 20));
    });
    const { data, problems } = await loadExport(dir);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(data?.notices[0]).toMatchObject({ period_start: '2025-12-09', period_end: '2025-12-20' });
  });

  it('names each planted fault at its workbook, sheet, Excel row and column, and echoes no personal number', async () => {
    const dir = await workbookExport((workbook) => {
      const honorees = sheetOf(workbook, 'honorees');
      // A region code typed as a number: Excel shows 6.10902E+11 and keeps only what was typed.
      honorees.getCell(2, columnOf('honorees', 'region_code')).value = 6.10902e11;
      honorees.getCell(3, columnOf('honorees', 'level')).value = '省级';
      honorees.getCell(4, columnOf('honorees', 'story')).value = '有事请打 139 9285 1234 联系本人。';
      const notices = sheetOf(workbook, 'notices');
      notices.getCell(3, columnOf('notices', 'period_end')).value = '2025年13月40日';
      const pairings = sheetOf(workbook, 'pairings');
      pairings.getCell(2, columnOf('pairings', 'cadres')).value = { formula: 'SUM(J2:K2)' } as ExcelJS.CellFormulaValue;
      sheetOf(workbook, 'indicators').mergeCells('A1:B1');
    });
    const { data, problems } = await loadExport(dir);
    expect(data).toBeUndefined();
    const found = problems.map(where);
    const at = (table: TableName, row: number, field: string) => ({ file: 'yangguang.xlsx', sheet: SHEET_NAMES[table], row, column: columnOf(table, field) });
    expect(found).toContainEqual({ code: 'unknown-reference', ...at('honorees', 2, 'region_code') });
    expect(found).toContainEqual({ code: 'unknown-enum', ...at('honorees', 3, 'level') });
    expect(found).toContainEqual({ code: 'privacy-mobile', ...at('honorees', 4, 'story') });
    expect(found).toContainEqual({ code: 'invalid-date', ...at('notices', 3, 'period_end') });
    expect(found).toContainEqual({ code: 'workbook-formula-without-value', ...at('pairings', 2, 'cadres') });
    expect(found).toContainEqual({ code: 'workbook-merged-cells', file: 'yangguang.xlsx', sheet: SHEET_NAMES.indicators, row: 1, column: undefined });
    const text = problems.map((problem) => formatProblem(problem)).join('\n');
    expect(text).toContain(`yangguang.xlsx 工作表「${SHEET_NAMES.honorees}」第 3 行`);
    expect(text).toMatch(/yangguang\.xlsx 工作表「自强标兵」第 4 行（编号 [^）]+）J 列（主要事迹）/);
    expect(text).toContain('yangguang.xlsx sheet "自强标兵" row 4');
    expect(text.replace(/\D/g, '')).not.toContain('13992851234');
  });

  it('refuses an old .xls workbook with how to save it, and a table given twice', async () => {
    const dir = await workbookExport(() => {}, { 'old.xls': 'not really a workbook', 'regions.csv': 'code,name,level,parent_code\n6109,安康市,市,\n' });
    const { problems } = await loadExport(dir);
    const refused = problems.find((problem) => problem.code === 'workbook-refused');
    expect(refused?.file).toBe('old.xls');
    expect(refused?.message.zh).toContain('Excel 工作簿（*.xlsx）');
    expect(problems.find((problem) => problem.code === 'workbook-duplicate-table')?.message.zh).toContain('regions.csv、yangguang.xlsx「行政区划」');
  });

  it('names a sheet that is no table, and reads the one sheet of a workbook named after its table', async () => {
    const dir = await workbookExport((workbook) => {
      workbook.addWorksheet('草稿');
    });
    const { problems } = await loadExport(dir);
    expect(problems.map(where)).toContainEqual({ code: 'workbook-unknown-sheet', file: 'yangguang.xlsx', sheet: '草稿', row: undefined, column: undefined });
  });
});
