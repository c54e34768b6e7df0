import { describe, expect, it } from 'vitest';
import { buildReport, countByGroup, formatGroupedSummary, formatProblems, shownValue, type Problem } from '../../src/pipeline/report.ts';

const unknownRegion: Problem = {
  severity: 'error',
  code: 'unknown-reference',
  file: 'honorees.csv',
  line: 12,
  column: 5,
  field: 'region_code',
  value: '610902001999',
  expected: { zh: 'regions.csv 中某个村的区划代码', en: 'the code of a village in regions.csv' },
  message: { zh: '所在地编码「610902001999」在 regions.csv 中不存在。', en: 'region code "610902001999" does not exist in regions.csv.' },
};

const overDisbursed: Problem = {
  severity: 'warning',
  code: 'over-disbursed',
  file: 'fund_lines.csv',
  line: 6,
  column: 4,
  field: '已拨付（元）',
  value: '250,000.00',
  entity: { table: 'projects', id: 'P2025-002' },
  message: { zh: '项目「P2025-002」已拨付 250,000.00 元，超过计划金额 200,000.00 元。', en: 'Project "P2025-002": 250,000.00 yuan disbursed exceeds the 200,000.00 yuan allocated.' },
};

const encoding: Problem = {
  severity: 'error',
  code: 'encoding',
  file: 'notices.csv',
  message: { zh: '文件是 UTF-16 编码，无法读取。', en: 'The file is UTF-16 and cannot be read.' },
};

const releaseKey: Problem = {
  severity: 'error',
  code: 'invalid-value',
  file: 'release.json',
  field: 'crs',
  value: '"CGCS2000"',
  expected: { zh: '"WGS84" 或 "GCJ02"', en: '"WGS84" or "GCJ02"' },
  message: { zh: '「crs」的值 "CGCS2000" 不符合要求。', en: 'The value "CGCS2000" of "crs" is not valid.' },
};

describe('formatProblems', () => {
  it('prints errors first, each as a Chinese line and an English line with file, line and column, then the counts', () => {
    expect(formatProblems([overDisbursed, unknownRegion, encoding, releaseKey])).toMatchInlineSnapshot(`
      "✗ honorees.csv 第 12 行 第 5 列（region_code）：所在地编码「610902001999」在 regions.csv 中不存在。应为：regions.csv 中某个村的区划代码。
        honorees.csv line 12, column 5 (region_code): region code "610902001999" does not exist in regions.csv. Expected: the code of a village in regions.csv.
      ✗ notices.csv：文件是 UTF-16 编码，无法读取。
        notices.csv: The file is UTF-16 and cannot be read.
      ✗ release.json（crs）：「crs」的值 "CGCS2000" 不符合要求。应为："WGS84" 或 "GCJ02"。
        release.json (crs): The value "CGCS2000" of "crs" is not valid. Expected: "WGS84" or "GCJ02".
      ⚠ fund_lines.csv 第 6 行 第 4 列（已拨付（元））：项目「P2025-002」已拨付 250,000.00 元，超过计划金额 200,000.00 元。
        fund_lines.csv line 6, column 4 (已拨付（元）): Project "P2025-002": 250,000.00 yuan disbursed exceeds the 200,000.00 yuan allocated.
      共 3 个错误，1 个警告。
      3 errors, 1 warning."
    `);
  });

  it('says so when there is nothing wrong', () => {
    expect(formatProblems([])).toMatchInlineSnapshot(`
      "没有发现问题。
      No problems found."
    `);
  });

  it('caps the printed blocks but counts all problems', () => {
    expect(formatProblems([unknownRegion, unknownRegion, overDisbursed], { limit: 1 })).toMatchInlineSnapshot(`
      "✗ honorees.csv 第 12 行 第 5 列（region_code）：所在地编码「610902001999」在 regions.csv 中不存在。应为：regions.csv 中某个村的区划代码。
        honorees.csv line 12, column 5 (region_code): region code "610902001999" does not exist in regions.csv. Expected: the code of a village in regions.csv.
      … 另有 2 个问题未列出，见 build-report.json。
        … 2 more not shown; see build-report.json.
      共 2 个错误，1 个警告。
      2 errors, 1 warning."
    `);
  });
});

describe('shownValue', () => {
  it('masks personal numbers, shows line breaks and shortens long values', () => {
    expect(shownValue('联系 13812345678')).toBe('联系 138****5678');
    expect(shownValue('第一段\n第二段')).toBe('第一段↵第二段');
    expect(shownValue('很'.repeat(50))).toBe(`${'很'.repeat(39)}…`);
  });
});

describe('buildReport', () => {
  it('holds the meta, counts by severity, by code and by kind, and every problem in both languages', () => {
    const report = buildReport([unknownRegion, overDisbursed], {
      exportDir: 'data',
      release: '2026-11-01',
      startedAt: '2026-11-01T08:00:00.000Z',
      finishedAt: '2026-11-01T08:00:09.000Z',
      ok: false,
    });
    expect(report).toMatchInlineSnapshot(`
      {
        "byCode": {
          "over-disbursed": 1,
          "unknown-reference": 1,
        },
        "byGroup": {
          "data": {
            "error": 1,
            "warning": 1,
          },
        },
        "counts": {
          "error": 1,
          "warning": 1,
        },
        "exportDir": "data",
        "finishedAt": "2026-11-01T08:00:09.000Z",
        "format": "yangguang-build-report/1",
        "ok": false,
        "problems": [
          {
            "code": "unknown-reference",
            "column": 5,
            "expected": {
              "en": "the code of a village in regions.csv",
              "zh": "regions.csv 中某个村的区划代码",
            },
            "field": "region_code",
            "file": "honorees.csv",
            "line": 12,
            "message": {
              "en": "region code "610902001999" does not exist in regions.csv.",
              "zh": "所在地编码「610902001999」在 regions.csv 中不存在。",
            },
            "severity": "error",
            "value": "610902001999",
          },
          {
            "code": "over-disbursed",
            "column": 4,
            "entity": {
              "id": "P2025-002",
              "table": "projects",
            },
            "field": "已拨付（元）",
            "file": "fund_lines.csv",
            "line": 6,
            "message": {
              "en": "Project "P2025-002": 250,000.00 yuan disbursed exceeds the 200,000.00 yuan allocated.",
              "zh": "项目「P2025-002」已拨付 250,000.00 元，超过计划金额 200,000.00 元。",
            },
            "severity": "warning",
            "value": "250,000.00",
          },
        ],
        "release": "2026-11-01",
        "startedAt": "2026-11-01T08:00:00.000Z",
        "summary": {
          "en": "1 error, 1 warning.",
          "zh": "共 1 个错误，1 个警告。",
        },
      }
    `);
  });
});

describe('a problem about a CSV record', () => {
  const inStory: Problem = {
    severity: 'error',
    code: 'privacy-mobile',
    file: 'honorees.csv',
    row: 9,
    recordId: 'ZQ-2023-00008',
    line: 65,
    column: 10,
    field: '事迹',
    value: '138****5678',
    message: { zh: '疑似手机号（138****5678）。', en: 'This looks like a mobile phone number (138****5678).' },
  };

  it('names the row Excel shows and the record id first, then the column and the physical line', () => {
    const header: Problem = { severity: 'warning', code: 'unknown-column', file: 'regions.csv', row: 1, line: 1, column: 5, field: '备注', message: { zh: '未知的列「备注」，已忽略。', en: 'Unknown column "备注" is ignored.' } };
    expect(formatProblems([inStory, header])).toMatchInlineSnapshot(`
      "✗ honorees.csv Excel 第 9 行（编号 ZQ-2023-00008）第 10 列（事迹），文件第 65 行：疑似手机号（138****5678）。
        honorees.csv Excel row 9 (id ZQ-2023-00008), column 10 (事迹), file line 65: This looks like a mobile phone number (138****5678).
      ⚠ regions.csv Excel 第 1 行 第 5 列（备注），文件第 1 行：未知的列「备注」，已忽略。
        regions.csv Excel row 1, column 5 (备注), file line 1: Unknown column "备注" is ignored.
      共 1 个错误，1 个警告。
      1 error, 1 warning."
    `);
  });

  it('carries row and recordId in build-report.json', () => {
    const report = buildReport([inStory], { exportDir: 'data', startedAt: '2026-11-01T08:00:00.000Z', finishedAt: '2026-11-01T08:00:09.000Z', ok: false });
    expect(JSON.parse(JSON.stringify(report)).problems).toEqual([inStory]);
  });
});

describe('the closing summary', () => {
  const placeholder: Problem = { severity: 'warning', code: 'site-url-missing', file: 'release.json', field: 'site_url', message: { zh: '甲。', en: 'A.' } };
  const noFont: Problem = { severity: 'error', code: 'chart-font-missing', file: 'node_modules/@expo-google-fonts/noto-sans-sc', message: { zh: '乙。', en: 'B.' } };

  it('counts every problem of every step by kind, in the catalogue order of kinds, with its codes', () => {
    expect(formatGroupedSummary([noFont, overDisbursed, placeholder, unknownRegion, overDisbursed])).toMatchInlineSnapshot(`
      "共 2 个错误，3 个警告。 2 errors, 3 warnings.
        ✗ 数据 data: 1 个错误、2 个警告 1 error, 2 warnings (over-disbursed ×2, unknown-reference)
        ⚠ 配置 configuration: 1 个警告 1 warning (site-url-missing)
        ✗ 字体 fonts: 1 个错误 1 error (chart-font-missing)"
    `);
    expect(countByGroup([placeholder, overDisbursed]).map(({ group, error, warning }) => ({ group, error, warning }))).toEqual([
      { group: 'data', error: 0, warning: 1 },
      { group: 'configuration', error: 0, warning: 1 },
    ]);
  });

  it('says so when nothing was found', () => {
    expect(formatGroupedSummary([])).toBe('没有发现问题。 No problems found.');
  });
});
