import { describe, expect, it } from 'vitest';
import { headerKey, mapColumns } from '../../src/pipeline/columns.ts';
import { malformedRecords, parseCsv } from '../../src/pipeline/csv.ts';
import { locateRecords } from '../../src/pipeline/record-location.ts';
import { fundLines, honorees, regions } from '../../src/pipeline/schemas/index.ts';

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts physical lines', () => {
    const text = ['id,story,year', 'H1,"第一段，有逗号。', '', '他说：""好。""",2024', 'H2,短,2025', ''].join('\n');
    const parsed = parseCsv(text, 'honorees.csv');
    expect(parsed.header).toEqual(['id', 'story', 'year']);
    expect(parsed.records).toEqual([
      ['H1', '第一段，有逗号。\n\n他说："好。"', '2024'],
      ['H2', '短', '2025'],
    ]);
    expect(parsed.lines).toEqual([2, 5]);
    expect(parsed.excelRows).toEqual([2, 3]);
    expect(parsed.problems).toEqual([]);
  });

  it('ignores blank lines and rows of empty cells, counting them as lines and, as Excel shows them, as rows', () => {
    const parsed = parseCsv('\na,b\n\n1,2\n,,\n3,4\n\n\n', 'x.csv');
    expect(parsed.records).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsed.lines).toEqual([4, 6]);
    expect([parsed.headerRow, ...parsed.excelRows]).toEqual([2, 4, 6]);
  });

  it('reports an unclosed quote with its row, id and line, and keeps the row aside', () => {
    const parsed = parseCsv('id,b\nA1,"two\nlines"\nA2,"never closed\n4,5\n', 'x.csv');
    expect(parsed.problems).toEqual([]);
    expect(malformedRecords(parsed, locateRecords(parsed, 'x.csv', [0]))).toMatchObject([
      { severity: 'error', code: 'malformed-csv', file: 'x.csv', row: 3, recordId: 'A2', line: 4 },
    ]);
    expect([...parsed.malformed.keys()]).toEqual([1]);
  });

  it('reports rows with too few or too many fields, but tolerates empty padding', () => {
    const parsed = parseCsv('a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n', 'x.csv');
    const problems = malformedRecords(parsed, locateRecords(parsed, 'x.csv', [0]));
    expect(problems.map((problem) => [problem.code, problem.row, problem.recordId, problem.line])).toEqual([
      ['field-count', 2, '1', 2],
      ['field-count', 3, '1', 3],
    ]);
    expect(problems[0]!.message.en).toBe('This row has 2 fields but the header has 3 columns. Text containing commas must be in double quotes.');
    expect(parsed.records[2]).toEqual(['1', '2', '3']);
    expect([...parsed.malformed.keys()]).toEqual([0, 1]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('\n\n', 'x.csv').problems).toMatchObject([{ code: 'missing-header' }]);
  });
});

describe('mapColumns', () => {
  it('matches English names and Chinese aliases, whatever the case, spacing or bracket width', () => {
    expect(headerKey('计划金额(元)')).toBe(headerKey('计划金额（元）'));
    const map = mapColumns([' Project ID ', '资金来源', '计划金额(元)', 'DISBURSED', '\uFEFFdate'], fundLines.fields, { file: 'fund_lines.csv', row: 1, line: 1 });
    expect([...map.columns].map(([name, column]) => [name, column.index])).toEqual([
      ['project_id', 0],
      ['source', 1],
      ['allocated', 2],
      ['disbursed', 3],
      ['date', 4],
    ]);
    expect(map.problems).toEqual([]);
  });

  it('warns about an unknown column and ignores it', () => {
    const map = mapColumns(['code', 'name', 'level', 'parent_code', '备注'], regions.fields, { file: 'regions.csv', row: 1, line: 1 });
    expect(map.problems).toMatchObject([{ severity: 'warning', code: 'unknown-column', line: 1, column: 5, field: '备注' }]);
  });

  it('names a missing required column once, in Chinese and English, and no missing optional one', () => {
    const map = mapColumns(['code', 'name', 'parent_code'], regions.fields, { file: 'regions.csv', row: 1, line: 1 });
    expect(map.missingRequired).toEqual(['level']);
    expect(map.problems).toEqual([
      {
        severity: 'error',
        code: 'missing-column',
        file: 'regions.csv',
        row: 1,
        line: 1,
        field: 'level',
        message: { zh: '缺少必填列「level」（中文表头「级别」）。', en: 'Required column "level" (Chinese header "级别") is missing.' },
      },
    ]);
  });

  it('refuses two columns for the same field', () => {
    const header = Object.keys(honorees.fields).concat('姓名');
    expect(mapColumns(header, honorees.fields, { file: 'honorees.csv', row: 1, line: 1 }).problems).toMatchObject([{ code: 'duplicate-column', column: header.length }]);
  });
});
