import { describe, expect, it } from 'vitest';
import { readBoundaryValue } from '../../src/pipeline/boundaries.ts';
import { checkConsistency } from '../../src/pipeline/checks/consistency.ts';
import { checkKeys } from '../../src/pipeline/checks/keys.ts';
import { checkBoundaries, checkPhotos } from '../../src/pipeline/checks/media.ts';
import { checkReferences } from '../../src/pipeline/checks/references.ts';
import type { ExportTables } from '../../src/pipeline/checks/tables.ts';
import type { PhotoFile } from '../../src/pipeline/photos.ts';
import { readTable, type TableSchema } from '../../src/pipeline/read-table.ts';
import type { Problem } from '../../src/pipeline/report.ts';
import { TABLES, type Release, type TableName } from '../../src/pipeline/schemas/index.ts';

const REGIONS = `code,name,level,parent_code
6109,安康市,市,61
610902,汉滨区,县,6109
610902100,关庙镇,乡镇,610902
610902100201,皂树村,村,610902100`;

/** Every table read from inline CSV; a table not given is present but empty. Cell problems fail the fixture unless allowed. */
function tables(csv: Partial<Record<TableName, string>>, allowCellProblems = false): ExportTables {
  const read = (name: TableName) => {
    const table: TableSchema = TABLES[name];
    const text = csv[name] ?? (name === 'regions' ? REGIONS : Object.keys(table.fields).join(','));
    const { data, problems } = readTable(table, new TextEncoder().encode(text));
    if (problems.length > 0 && !allowCellProblems) throw new Error(`fixture ${name}: ${problems[0]!.message.en}`);
    return data;
  };
  return Object.fromEntries((Object.keys(TABLES) as TableName[]).map((name) => [name, read(name)])) as unknown as ExportTables;
}

const brief = (problems: Problem[]) => problems.map(({ severity, code, file, line, field, value }) => ({ severity, code, file, line, field, value }));

const HONOREE_HEADER = 'id,kind,name,year,level,region_code,category,summary,story,consent,notice_id,status';
const honoree = (id: string, kind: string, region: string, notice = 'N1') => `${id},${kind},张三,2025,村级,${region},产业发展,摘要,事迹,是,${notice},已表彰`;
const NOTICES = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body\nN1,标兵评选,标题,单位,6109,2025-11-03,2025-11-03,2025-11-07,12317,正文';
const PROJECT_HEADER = 'id,year,region_code,name,category,unit,responsible,start,end,status,beneficiary_households,beneficiary_persons,poor_households,goal,mechanism';
const project = (id: string, region = '610902100201', start = '2025-03-01', end = '2025-10-31', counts = '10,30,5') =>
  `${id},2025,${region},名称,产业发展,单位,李建设,${start},${end},完工,${counts},目标,机制`;
const PAIRING_HEADER = 'year,village_code,unit,cadres,households_paired,poor_households,village_visits,household_visits,friends_confirmed,survey_calls,survey_satisfied';
const INDICATOR_HEADER = 'year,region_code,population,poor_households,poor_persons,exited_households,exited_persons,village_exited';

describe('checkKeys', () => {
  it('reports a duplicate id at the second row, naming the first', () => {
    const problems = checkKeys(tables({ notices: NOTICES, honorees: [HONOREE_HEADER, honoree('H1', '自强标兵', '610902100201'), honoree('H1', '自强标兵', '610902100201')].join('\n') }));
    expect(brief(problems)).toEqual([{ severity: 'error', code: 'duplicate-id', file: 'honorees.csv', line: 3, field: 'id', value: 'H1' }]);
    expect(problems[0]!.message.zh).toBe('编号「H1」重复：Excel 第 2 行已经用过。');
  });

  it('reports two pairings rows for the same village and year, and two indicator rows for the same region and year', () => {
    const pairing = '2025,610902100201,单位,3,10,10,4,20,10,5,5';
    const indicator = '2025,610902100,1000,10,30,5,10,';
    const problems = checkKeys(
      tables({
        pairings: [PAIRING_HEADER, pairing, pairing.replace('2025', '2024'), pairing].join('\n'),
        indicators: [INDICATOR_HEADER, indicator, indicator].join('\n'),
      }),
    );
    expect(brief(problems)).toEqual([
      { severity: 'error', code: 'duplicate-id', file: 'pairings.csv', line: 4, field: 'village_code', value: '610902100201' },
      { severity: 'error', code: 'duplicate-id', file: 'indicators.csv', line: 3, field: 'region_code', value: '610902100' },
    ]);
  });
});

describe('checkReferences', () => {
  it('reports a region code missing from regions.csv, in the sentence the publisher reads', () => {
    const problems = checkReferences(tables({ notices: NOTICES, honorees: [HONOREE_HEADER, honoree('H1', '自强标兵', '610902001999')].join('\n') }), undefined);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unknown-reference',
        file: 'honorees.csv',
        row: 2,
        recordId: 'H1',
        line: 2,
        column: 6,
        field: 'region_code',
        value: '610902001999',
        expected: { zh: 'regions.csv 中某个村的区划代码', en: 'the code of a village in regions.csv' },
        message: { zh: '所在地编码「610902001999」在 regions.csv 中不存在。', en: 'region code "610902001999" does not exist in regions.csv.' },
      },
    ]);
  });

  it('reports notices, projects and the jurisdiction that do not exist', () => {
    const problems = checkReferences(
      tables({
        notices: NOTICES,
        honorees: [HONOREE_HEADER, honoree('H1', '自强标兵', '610902100201', 'N9')].join('\n'),
        projects: [`${PROJECT_HEADER},notice_id`, `${project('P1')},N8`].join('\n'),
        fundLines: 'project_id,source,allocated,disbursed\nP7,中央财政,100,100',
      }),
      { jurisdiction: '6110' } as Release,
    );
    expect(problems.map(({ file, field, value }) => `${file} ${field} ${value}`)).toEqual([
      'honorees.csv notice_id N9',
      'projects.csv notice_id N8',
      'fund_lines.csv project_id P7',
      'release.json jurisdiction 6110',
    ]);
  });

  it('does not repeat a reference to a row that was left out for a bad cell', () => {
    const regions = `${REGIONS}\n610902100202,张山村,村落,610902100`;
    const pairings = [PAIRING_HEADER, '2025,610902100202,单位,3,10,10,4,20,10,5,5'].join('\n');
    const withBadRegion = tables({ regions, pairings }, true);
    expect(withBadRegion.regions.rejectedKeys).toEqual(new Set(['610902100202']));
    expect(checkReferences(withBadRegion, undefined)).toEqual([]);
    expect(checkReferences(tables({ pairings }), undefined)).toMatchObject([{ code: 'unknown-reference', value: '610902100202' }]);
  });

  it('checks the level each file refers to', () => {
    const problems = checkReferences(
      tables({
        notices: NOTICES,
        honorees: [HONOREE_HEADER, honoree('H1', '自强标兵', '610902100'), honoree('H2', '交友帮扶好干部', '610902100'), honoree('H3', '交友帮扶好干部', '610902100201'), honoree('H4', '交友帮扶好干部', '610902')].join('\n'),
        projects: [PROJECT_HEADER, project('P1', '610902'), project('P2', '610902100')].join('\n'),
        pairings: [PAIRING_HEADER, '2025,610902100,单位,3,10,10,4,20,10,5,5'].join('\n'),
        indicators: [INDICATOR_HEADER, '2025,610902,1000,10,30,5,10,', '2025,610902100,1000,10,30,5,10,是'].join('\n'),
      }),
      undefined,
    );
    expect(problems.map(({ code, file, line, value }) => `${code} ${file}:${line} ${value}`)).toEqual([
      'wrong-level honorees.csv:2 610902100',
      'wrong-level honorees.csv:5 610902',
      'wrong-level projects.csv:2 610902',
      'wrong-level pairings.csv:2 610902100',
      'wrong-level indicators.csv:2 610902',
      'village-only indicators.csv:3 是',
    ]);
    expect(problems[0]!.message).toEqual({
      zh: '所在地编码「610902100」是乡镇（关庙镇），而自强标兵应填所在村。',
      en: 'region code "610902100" is a township (关庙镇), but a 自强标兵 must be given a village.',
    });
  });

  it('requires each region’s parent to exist exactly one level up', () => {
    const regions = `${REGIONS}\n610902101,张滩镇,乡镇,6109\n610902100202,张山村,村,610902999\n610921,汉阴县,县,`;
    const problems = checkReferences(tables({ regions }), undefined);
    expect(problems.map(({ code, line, value }) => `${code} ${line} ${value}`)).toEqual([
      'wrong-level 6 6109',
      'unknown-reference 7 610902999',
      'required 8 undefined',
    ]);
    expect(problems[0]!.message.en).toBe('parent code "6109" is a city (安康市), but the parent of a township must be a county.');
  });
});

describe('checkConsistency', () => {
  it('reports dates that run backwards', () => {
    const notices = NOTICES.replace('2025-11-03,2025-11-03,2025-11-07', '2025-11-09,2025-11-03,2025-11-01');
    const problems = checkConsistency(tables({ notices, projects: [PROJECT_HEADER, project('P1', undefined, '2025-10-01', '2025-03-01')].join('\n') }));
    expect(problems.map(({ code, file, field, message }) => `${code} ${file} ${field} ${message.zh}`)).toEqual([
      'date-order notices.csv period_end 公示结束（2025-11-01）早于公示开始（2025-11-03）。',
      'date-order notices.csv period_end 公示结束（2025-11-01）早于发布日期（2025-11-09）。',
      'date-order projects.csv end 完工日期（2025-03-01）早于开工日期（2025-10-01）。',
    ]);
  });

  it('reports each count that exceeds its total', () => {
    const problems = checkConsistency(
      tables({
        projects: [PROJECT_HEADER, project('P1', undefined, undefined, undefined, '10,8,12')].join('\n'),
        pairings: [PAIRING_HEADER, '2025,610902100201,单位,3,12,10,4,20,13,5,6'].join('\n'),
        indicators: [INDICATOR_HEADER, '2025,610902100,20,31,30,32,31,'].join('\n'),
      }),
    );
    expect(problems.map(({ code, file, field, value }) => `${code} ${file} ${field} ${value}`)).toEqual([
      'exceeds-total projects.csv poor_households 12',
      'exceeds-total projects.csv beneficiary_households 10',
      'exceeds-total pairings.csv households_paired 12',
      'exceeds-total pairings.csv friends_confirmed 13',
      'exceeds-total pairings.csv survey_satisfied 6',
      'exceeds-total indicators.csv poor_households 31',
      'exceeds-total indicators.csv poor_persons 30',
      'exceeds-total indicators.csv exited_households 32',
      'exceeds-total indicators.csv exited_persons 31',
    ]);
    expect(problems[4]!.message.zh).toBe('满意数（6）大于电话回访数（5）。');
  });

  it('warns about money disbursed beyond allocation, flagging the project', () => {
    const problems = checkConsistency(tables({ fundLines: 'project_id,source,allocated,disbursed\nP1,中央财政,"1,000",1000.01\nP1,其他,5,5' }));
    expect(problems).toMatchObject([
      { severity: 'warning', code: 'over-disbursed', line: 2, value: '1,000.01', entity: { table: 'projects', id: 'P1' } },
    ]);
  });
});

describe('checkPhotos', () => {
  const withPhoto = (name: string) =>
    tables({
      honorees: [`${HONOREE_HEADER},photo`, `${honoree('H1', '自强标兵', '610902100201')},${name}`].join('\n'),
    });
  const png: PhotoFile = { path: '/x/photos/a.png', type: 'image/png', width: 4, height: 3, bytes: 73 };

  it('accepts a named photo that is a real image', () => {
    expect(checkPhotos(withPhoto('a.png'), { photos: new Map([['a.png', png]]), unreadable: new Set(), present: true })).toEqual([]);
  });

  it('reports a missing photo, and one that differs only in case', () => {
    const folder = { photos: new Map([['a.png', png]]), unreadable: new Set<string>(), present: true };
    expect(brief(checkPhotos(withPhoto('b.png'), folder))).toEqual([{ severity: 'error', code: 'missing-photo', file: 'honorees.csv', line: 2, field: 'photo', value: 'b.png' }]);
    expect(checkPhotos(withPhoto('A.PNG'), folder)[0]!.message.en).toContain('has "a.png"');
  });

  it('reports a named photo that is not an image, and warns about stray non-images', () => {
    const folder = { photos: new Map<string, PhotoFile>(), unreadable: new Set(['a.jpg', 'notes.docx']), present: true };
    expect(brief(checkPhotos(withPhoto('a.jpg'), folder))).toEqual([
      { severity: 'error', code: 'photo-not-image', file: 'honorees.csv', line: 2, field: 'photo', value: 'a.jpg' },
      { severity: 'warning', code: 'photo-not-image', file: 'photos/notes.docx', line: undefined, field: undefined, value: undefined },
    ]);
  });
});

describe('checkBoundaries', () => {
  const square = (code: string, x: number) => ({
    type: 'Feature',
    properties: { code },
    geometry: { type: 'Polygon', coordinates: [[[x, 32], [x + 0.1, 32], [x + 0.1, 32.1], [x, 32.1], [x, 32]]] },
  });
  const check = (...features: object[]) => {
    const { boundaries } = readBoundaryValue({ type: 'FeatureCollection', features }, 'boundaries.geojson', 'WGS84');
    return checkBoundaries(tables({}), boundaries, 'boundaries.geojson');
  };

  it('accepts one boundary per county and township', () => {
    expect(check(square('610902', 108), square('610902100', 109))).toEqual([]);
  });

  it('reports unknown codes, boundaries for other levels and duplicates; warns about what is not drawn', () => {
    const problems = check(square('610902', 108), square('610999', 108.2), square('610902100201', 108.4), square('610902', 108.6));
    expect(problems.map(({ severity, code, field, value }) => `${severity} ${code} ${field ?? ''} ${value}`)).toEqual([
      'error unknown-reference features[1].properties.code 610999',
      'error wrong-level features[2].properties.code 610902100201',
      'error duplicate-id features[3].properties.code 610902',
      'warning missing-boundary  610902100',
    ]);
    expect(problems[3]!.entity).toEqual({ table: 'regions', id: '610902100' });
  });
});
