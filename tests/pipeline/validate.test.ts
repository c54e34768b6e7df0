import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/pipeline/read-table.ts';
import { fundLines, notices, projects, regions } from '../../src/pipeline/schemas/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTable', () => {
  it('turns cells into typed values: fen, booleans, canonical enumerations, undefined for empty optional cells', () => {
    const { data, problems } = readTable(
      fundLines,
      utf8('项目编号,资金来源,计划金额（元）,已拨付（元）,拨付日期\nP1,中央财政,"1,234.5",0.05,\n'),
    );
    expect(problems).toEqual([]);
    expect(data.rows).toEqual([{ project_id: 'P1', source: '中央财政', allocated: 123450, disbursed: 5, date: undefined }]);
    expect(data.lines).toEqual([2]);
    expect(data.columns.get('allocated')).toEqual({ index: 2, header: '计划金额（元）' });
  });

  it('reports every bad cell of every row with line, column, header as written, value and expectation, and leaves those rows out', () => {
    const csv = [
      'code,名称,level,parent_code,population',
      '6109,安康市,市,61,',
      '610902,汉滨区,省,6109,-5',
      '610921,,县,6109,2.5',
    ].join('\n');
    const { data, problems } = readTable(regions, utf8(csv));
    expect(data.rows.map((row) => row.code)).toEqual(['6109']);
    expect(data.rejectedKeys).toEqual(new Set(['610902', '610921']));
    expect(problems.map(({ code, line, column, field, value }) => ({ code, line, column, field, value }))).toEqual([
      { code: 'unknown-enum', line: 3, column: 3, field: 'level', value: '省' },
      { code: 'negative-number', line: 3, column: 5, field: 'population', value: '-5' },
      { code: 'required', line: 4, column: 2, field: '名称', value: undefined },
      { code: 'invalid-value', line: 4, column: 5, field: 'population', value: '2.5' },
    ]);
    expect(problems[0]!.expected).toEqual(regions.fields.level.expected);
  });

  it('tells a date that does not exist from one written the wrong way', () => {
    const header = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body';
    const csv = `${header}\nN1,其他,标题,单位,6109,2025-02-30,2025/3/1,2025-03-05,12345,正文\n`;
    const { problems } = readTable(notices, utf8(csv));
    expect(problems.map((problem) => [problem.code, problem.field, problem.message.en])).toEqual([
      ['invalid-date', 'published_on', 'Published on "2025-02-30" is a date that does not exist.'],
      ['invalid-date', 'period_start', 'Period start "2025/3/1" is not a date written YYYY-MM-DD.'],
    ]);
  });

  it('points at the line where a cell starts when earlier cells span several lines', () => {
    const header = Object.keys(projects.fields).join(',');
    const row = 'P1,2025,610902100201,名称,产业发展,单位,李建设,2025-03-01,2025-10-31,完工,10,20,5,"目标\n第二行",机制,,,';
    const bad = row.replace(',完工,10,', ',完工,十,').replace('P1', 'P2');
    const { problems } = readTable(projects, utf8(`${header}\n${row}\n${bad}\n`));
    expect(problems).toMatchObject([{ code: 'invalid-value', line: 4, column: 11, field: 'beneficiary_households', value: '十' }]);
  });

  it('says once that a required column is missing and validates no row against it', () => {
    const { data, problems } = readTable(fundLines, utf8('project_id,source,allocated,date\nP1,中央财政,100,\nP2,其他,5,\n'));
    expect(problems.map((problem) => problem.code)).toEqual(['missing-column']);
    expect(data.rows).toEqual([]);
  });

  it('reports a missing file', () => {
    expect(readTable(fundLines, undefined).problems).toMatchObject([{ code: 'missing-file', file: 'fund_lines.csv' }]);
  });

  it('masks personal numbers in every cell, unknown columns included, never echoing them', () => {
    const csv = 'code,name,level,parent_code,备注\n6109,安康市,市,61,联系人 13812345678\n';
    const { problems } = readTable(regions, utf8(csv));
    expect(problems.map(({ code, line, column, field, value }) => ({ code, line, column, field, value }))).toEqual([
      { code: 'unknown-column', line: 1, column: 5, field: '备注', value: undefined },
      { code: 'privacy-mobile', line: 2, column: 5, field: '备注', value: '138****5678' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('13812345678');
  });

  it('masks a mobile number in a contact cell both in the privacy problem and in the validation problem', () => {
    const header = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body';
    const csv = `${header}\nN1,其他,标题,单位,6109,2025-03-01,2025-03-01,2025-03-05,138 1234 5678,正文\n`;
    const { problems } = readTable(notices, utf8(csv));
    expect(problems.map((problem) => problem.code).sort()).toEqual(['invalid-contact', 'privacy-mobile']);
    expect(JSON.stringify(problems)).not.toContain('1234 5678');
  });
});

describe('schema fixes', () => {
  it('refuses counts and amounts too large to hold exactly', () => {
    const csv = 'project_id,source,allocated,disbursed\nP1,其他,123456789012345678,1\n';
    expect(readTable(fundLines, utf8(csv)).problems).toMatchObject([{ code: 'invalid-value', field: 'allocated' }]);
    const regionsCsv = 'code,name,level,parent_code,population\n6109,安康市,市,61,99999999999999999999\n';
    expect(readTable(regions, utf8(regionsCsv)).problems).toMatchObject([{ code: 'invalid-value', field: 'population' }]);
  });

  it('accepts the level labels the site itself shows', () => {
    const csv = 'code,name,level,parent_code\n610902,汉滨区,县（区）,6109\n610902100,关庙镇,镇,610902\n610902100201,皂树村,村（社区）,610902100\n';
    const { data, problems } = readTable(regions, utf8(csv));
    expect(problems).toEqual([]);
    expect(data.rows.map((row) => row.level)).toEqual(['county', 'township', 'village']);
  });
});
