// Problems name a record as Excel shows it (a multi-line story is one row), with its id, beside the physical line.
import { describe, expect, it } from 'vitest';
import { checkKeys } from '../../src/pipeline/checks/keys.ts';
import { checkReferences } from '../../src/pipeline/checks/references.ts';
import type { ExportTables } from '../../src/pipeline/checks/tables.ts';
import { emptyTable, readTable, type TableSchema } from '../../src/pipeline/read-table.ts';
import { formatProblem, type Problem } from '../../src/pipeline/report.ts';
import { TABLES, type TableName } from '../../src/pipeline/schemas/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const HEADER = 'id,kind,name,year,level,region_code,category,summary,story,consent,notice_id,status';
/** Record 1 spans physical lines 2–5; record 2 is Excel row 3 but physical line 6. */
const STORY = '"种茶十年。\n\n乡亲们说：""他肯教人。""\n这一年带动 12 户。"';
const honorees = (second: string) =>
  [HEADER, `ZQ-2023-00007,自强标兵,张明华,2023,村级,610902100201,产业发展,摘要,${STORY},是,N1,已表彰`, second, ''].join('\n');
const SECOND = 'ZQ-2023-00008,自强标兵,李秀英,2023,村级,610902100201,产业发展,摘要,事迹,是,N1,已表彰';

const where = ({ code, row, recordId, line, column }: Problem) => ({ code, row, recordId, line, column });

/** The tables the cross-file checks read: those given as CSV, the others absent. */
function tables(csv: Partial<Record<TableName, string>>): ExportTables {
  const read = (name: TableName) => {
    const table: TableSchema = TABLES[name];
    const text = csv[name];
    if (text === undefined) return emptyTable(table.file, table.recordKey);
    const { data, problems } = readTable(table, utf8(text));
    if (problems.length > 0) throw new Error(`fixture ${name}: ${problems[0]!.message.en}`);
    return data;
  };
  return Object.fromEntries((Object.keys(TABLES) as TableName[]).map((name) => [name, read(name)])) as unknown as ExportTables;
}

const REGIONS = 'code,name,level,parent_code\n6109,安康市,市,61\n610902,汉滨区,县,6109\n610902100,关庙镇,乡镇,610902\n610902100201,皂树村,村,610902100';
const NOTICES = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body\nN1,标兵评选,标题,单位,6109,2023-11-03,2023-11-03,2023-11-07,12317,正文';

describe('a problem in the record after a multi-line story', () => {
  it('names Excel row 3 and the record id for a bad cell, besides the physical line and column', () => {
    const { problems } = readTable(TABLES.honorees, utf8(honorees(SECOND.replace('已表彰', '已完成'))));
    expect(problems.map(where)).toEqual([{ code: 'unknown-enum', row: 3, recordId: 'ZQ-2023-00008', line: 6, column: 12 }]);
    expect(formatProblem(problems[0]!)).toMatchInlineSnapshot(`
      "✗ honorees.csv Excel 第 3 行（编号 ZQ-2023-00008）第 12 列（status），文件第 6 行：状态「已完成」不是可选的值。应为：以下之一：公示中、已表彰、已撤销。
        honorees.csv Excel row 3 (id ZQ-2023-00008), column 12 (status), file line 6: Status "已完成" is not one of the allowed values. Expected: one of: 公示中, 已表彰, 已撤销."
    `);
  });

  it('names them for a personal number in a cell, and the line inside the cell', () => {
    const { problems } = readTable(TABLES.honorees, utf8(honorees(SECOND.replace(',事迹,', ',"事迹\n电话 13812345678",'))));
    expect(problems.map(where)).toEqual([{ code: 'privacy-mobile', row: 3, recordId: 'ZQ-2023-00008', line: 7, column: 9 }]);
  });

  it('names them for a field-count problem', () => {
    const { problems } = readTable(TABLES.honorees, utf8(honorees(`${SECOND},多余`)));
    expect(problems.map(where)).toEqual([{ code: 'field-count', row: 3, recordId: 'ZQ-2023-00008', line: 6, column: undefined }]);
  });

  it('names them for a reference to nothing, found across files', () => {
    const problems = checkReferences(tables({ regions: REGIONS, notices: NOTICES, honorees: honorees(SECOND.replace(',610902100201,', ',610902001999,')) }), undefined);
    expect(problems.map(where)).toEqual([{ code: 'unknown-reference', row: 3, recordId: 'ZQ-2023-00008', line: 6, column: 6 }]);
  });

  it('names them for a duplicate id, and names the first use by its Excel row', () => {
    const problems = checkKeys(tables({ honorees: honorees(SECOND.replace('ZQ-2023-00008', 'ZQ-2023-00007')) }));
    expect(problems.map(where)).toEqual([{ code: 'duplicate-id', row: 3, recordId: 'ZQ-2023-00007', line: 6, column: 1 }]);
    expect(problems[0]!.message).toEqual({
      zh: '编号「ZQ-2023-00007」重复：Excel 第 2 行已经用过。',
      en: 'id "ZQ-2023-00007" is a duplicate: Excel row 2 already uses it.',
    });
  });
});

describe('the record id', () => {
  it('is the project for a fund line, and place/year for tables kept per year', () => {
    const fundLines = readTable(TABLES.fundLines, utf8('project_id,source,allocated,disbursed\nP1,中央财政,100,100\nP1,其他,-5,0\n'));
    expect(fundLines.problems.map(where)).toEqual([{ code: 'negative-number', row: 3, recordId: 'P1', line: 3, column: 3 }]);
    const pairings = readTable(
      TABLES.pairings,
      utf8(`${Object.keys(TABLES.pairings.fields).join(',')}\n2024,610902100201,单位,,3,10,10,4,20,10,5,五\n`),
    );
    expect(pairings.problems.map(where)).toEqual([{ code: 'invalid-value', row: 2, recordId: '610902100201/2024', line: 2, column: 12 }]);
  });

  it('is left out when the id cell is empty, and header problems name Excel row 1', () => {
    const { problems } = readTable(TABLES.regions, utf8('code,name,level,parent_code,备注\n,安康市,市,61,\n'));
    expect(problems.map(where)).toEqual([
      { code: 'unknown-column', row: 1, recordId: undefined, line: 1, column: 5 },
      { code: 'required', row: 2, recordId: undefined, line: 2, column: 1 },
    ]);
  });

  it('counts blank rows as Excel shows them', () => {
    const { problems } = readTable(TABLES.fundLines, utf8('project_id,source,allocated,disbursed\n\nP1,中央财政,100,100\n,,,\nP2,其他,-5,0\n'));
    expect(problems.map(where)).toEqual([{ code: 'negative-number', row: 5, recordId: 'P2', line: 5, column: 3 }]);
  });

  it('is masked when it is a personal number, as is every message that echoes it', () => {
    const mobile = (second: string) => honorees(second.replace('ZQ-2023-00008', '13812345678')).replace('ZQ-2023-00007', '13812345678');
    const badCell = readTable(TABLES.honorees, utf8(mobile(SECOND.replace('已表彰', '已完成'))));
    expect(badCell.problems.map(where)).toEqual([
      { code: 'unknown-enum', row: 3, recordId: '138****5678', line: 6, column: 12 },
      { code: 'privacy-mobile', row: 2, recordId: '138****5678', line: 2, column: 1 },
      { code: 'privacy-mobile', row: 3, recordId: '138****5678', line: 6, column: 1 },
    ]);
    const twice = readTable(TABLES.honorees, utf8(mobile(SECOND)));
    const duplicate = checkKeys({ ...tables({}), honorees: twice.data });
    expect(duplicate).toMatchObject([{ code: 'duplicate-id', row: 3, recordId: '138****5678', value: '138****5678' }]);
    const problems = [...badCell.problems, ...twice.problems, ...duplicate];
    expect(`${JSON.stringify(problems)}\n${problems.map(formatProblem).join('\n')}`).not.toContain('13812345678');
  });
});
