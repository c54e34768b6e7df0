import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { afterEach, describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../src/pipeline/gcj02.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import type { Problem } from '../../src/pipeline/report.ts';
import { pngDeclaring } from '../build/photos/planted-images.ts';
import { brokenExport, encodeGb18030, replaceIn, TINY_EXPORT } from './helpers.ts';

const brief = (problems: Problem[]) => problems.map(({ severity, code, file, line, field }) => ({ severity, code, file, line, field }));
const appendLine = (dir: string, file: string, line: string) => appendFile(join(dir, file), `${line}\n`);
const OVER_DISBURSED = { severity: 'warning', code: 'over-disbursed', file: 'fund_lines.csv', line: 6, field: '已拨付（元）' };

describe('the tiny fixture export', () => {
  it('loads without errors; its one warning is the over-disbursed fund line, flagged on its project', async () => {
    const { data, problems } = await loadExport(TINY_EXPORT);
    expect(brief(problems)).toEqual([OVER_DISBURSED]);
    expect(problems[0]!.entity).toEqual({ table: 'projects', id: 'P2025-002' });
    expect(data).toBeDefined();
    expect(data!.release.jurisdiction).toBe('6109');
    expect(data!.regions.map((region) => region.level).join(' ')).toBe('city county county township township township village village village village village');
    expect([data!.honorees.length, data!.notices.length, data!.projects.length, data!.fundLines.length, data!.pairings.length, data!.indicators.length]).toEqual([
      6, 3, 3, 8, 6, 16,
    ]);
    expect(data!.boundaries.features.map((feature) => [feature.properties.code, feature.properties.schematic])).toEqual([
      ['610902', false],
      ['610921', false],
      ['610902100', true],
      ['610902101', true],
      ['610921100', true],
    ]);
    expect([...data!.photos.values()]).toEqual([
      { path: join(TINY_EXPORT, 'photos', 'zhang-minghua.png'), type: 'image/png', width: 4, height: 3, bytes: 73 },
    ]);
    expect([...data!.photoCells]).toEqual([['H2025-001', { file: 'honorees.csv', row: 2, recordId: 'H2025-001', line: 2, column: 11, field: 'photo' }]]);
  });

  it('reads the GB18030, CRLF notices with their multi-line bodies, and the story with commas, quotes and a blank line', async () => {
    const { data } = await loadExport(TINY_EXPORT);
    expect(data!.notices[0]!.body).toBe('经镇村推荐、群众互评、横向联评，拟表彰以下同志为 2025 年度自强标兵。\n\n公示期间如有异议，请通过电话、邮件或信函反映。');
    expect(data!.honorees[0]!.story).toBe('张明华种茶十年，从 3 亩发展到 40 亩，还办起了合作社。\n\n乡亲们说："他肯吃苦，也肯教人。"这一年，他带动 12 户贫困户，每户增收 4,000 多元。');
    expect(data!.fundLines[0]).toEqual({ project_id: 'P2025-001', source: '中央财政', allocated: 50_000_000, disbursed: 50_000_000, date: '2025-04-10' });
    expect(data!.honorees.map((honoree) => `${honoree.consent ? '是' : '否'}${honoree.status}`)).toContain('否已表彰');
    expect(data!.honorees.map((honoree) => honoree.status)).toContain('已撤销');
  });

  it('reads the optional construction task and subsidy standard, by English or Chinese header, blank cells as absent', async () => {
    const { data } = await loadExport(TINY_EXPORT);
    expect(data!.projects.map(({ id, task, subsidy_standard }) => ({ id, task, subsidy_standard }))).toEqual([
      { id: 'P2025-001', task: '新建高标准茶园 200 亩，配套生产便道 2 公里', subsidy_standard: '茶苗按每亩 800 元以实物补助；贫困户入股每户折股 5,000 元' },
      { id: 'P2025-002', task: '新建蓄水池 3 口，铺设供水管网 12 公里', subsidy_standard: undefined },
      { id: 'P2024-003', task: undefined, subsidy_standard: undefined },
    ]);
  });

  it('still loads an export made before projects.csv had the task and subsidy standard columns', async () => {
    const copy = await brokenExport(async (dir) => {
      const path = join(dir, 'projects.csv');
      const lines = (await readFile(path, 'utf8')).split('\n');
      await writeFile(path, lines.map((line) => line.replace(/,[^,]*,("[^"]*"|[^,]*)$/, '')).join('\n'));
    });
    try {
      const { data, problems } = await loadExport(copy.dir);
      expect((await readFile(join(copy.dir, 'projects.csv'), 'utf8')).split('\n')[0]!.endsWith(',notice_id')).toBe(true);
      expect(brief(problems)).toEqual([OVER_DISBURSED]);
      expect(data!.projects.map((project) => [project.task, project.subsidy_standard])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
    } finally {
      await copy.cleanup();
    }
  });
});

describe('broken copies of the fixture: one problem each', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  /** Loads a changed copy and returns its problems other than the fixture's own warning. */
  const loadBroken = async (edit: (dir: string) => Promise<void>) => {
    const copy = await brokenExport(edit);
    cleanup = copy.cleanup;
    const result = await loadExport(copy.dir);
    const others = result.problems.filter((problem) => problem.code !== 'over-disbursed');
    return { ...result, others };
  };
  const gbNotices = async (dir: string, edit: (text: string) => string) => {
    const text = new TextDecoder('gb18030').decode(await readFile(join(dir, 'notices.csv')));
    await writeFile(join(dir, 'notices.csv'), encodeGb18030(edit(text)));
  };

  it.each<[string, (dir: string) => Promise<void>, Partial<Problem>]>([
    ['a missing file', (dir) => rm(join(dir, 'pairings.csv')), { code: 'missing-file', file: 'pairings.csv' }],
    [
      'a UTF-16 file',
      async (dir) => {
        const text = await readFile(join(dir, 'regions.csv'), 'utf8');
        await writeFile(join(dir, 'regions.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      },
      { code: 'encoding', file: 'regions.csv' },
    ],
    ['an unclosed quote', (dir) => replaceIn(dir, 'honorees.csv', '"李秀英照顾', '"李秀英"照顾'), { code: 'malformed-csv', file: 'honorees.csv', line: 5 }],
    ['a missing column', (dir) => gbNotices(dir, (text) => text.replaceAll(/^([^,\r\n]*),[^,\r\n]*,/gm, '$1,')), { code: 'missing-column', file: 'notices.csv', field: 'type' }],
    ['an unknown village', (dir) => replaceIn(dir, 'honorees.csv', ',610921100200,', ',610921100299,'), { code: 'unknown-reference', file: 'honorees.csv', line: 6, field: 'region_code' }],
    ['a village given to a project category that does not exist', (dir) => replaceIn(dir, 'projects.csv', ',基础设施,', ',修路,'), { code: 'unknown-enum', file: 'projects.csv', line: 3, field: 'category' }],
    ['a negative amount', (dir) => replaceIn(dir, 'fund_lines.csv', '150000,150000', '150000,-15'), { code: 'negative-number', file: 'fund_lines.csv', line: 9, field: '已拨付（元）' }],
    ['a duplicate project id', (dir) => appendLine(dir, 'projects.csv', 'P2025-001,2025,610902100201,重复项目,其他,单位,李建设,2025-03-01,2025-10-31,完工,1,1,0,目标,机制,,,'), { code: 'duplicate-id', file: 'projects.csv', line: 5 }],
    ['satisfied households above calls', (dir) => replaceIn(dir, 'pairings.csv', ',25,23\n', ',25,26\n'), { code: 'exceeds-total', file: 'pairings.csv', line: 4, field: 'survey_satisfied' }],
    ['a publicity period that ends before it starts', (dir) => gbNotices(dir, (text) => text.replace('2025-02-20,2025-02-20,2025-03-01', '2025-02-20,2025-03-05,2025-03-01')), { code: 'date-order', file: 'notices.csv', line: 6, field: '公示结束' }],
    ['village_exited for a township', (dir) => replaceIn(dir, 'indicators.csv', '2025,610902100,21000,820,2650,820,2650,', '2025,610902100,21000,820,2650,820,2650,是'), { code: 'village-only', file: 'indicators.csv', line: 10 }],
    ['a missing photo', (dir) => rm(join(dir, 'photos/zhang-minghua.png')), { code: 'missing-photo', file: 'honorees.csv', line: 2, field: 'photo' }],
    ['a photo that is not an image', (dir) => writeFile(join(dir, 'photos/zhang-minghua.png'), 'not a picture'), { code: 'photo-not-image', file: 'honorees.csv', line: 2 }],
    // From the header alone: the file holds no pixels that a decoder could have counted.
    ['a photo declaring 20,000 × 20,000 pixels', async (dir) => writeFile(join(dir, 'photos/zhang-minghua.png'), await pngDeclaring(20_000, 20_000)), { code: 'photo-too-large', file: 'honorees.csv', line: 2, field: 'photo' }],
    ['a photo over 20 MB', async (dir) => writeFile(join(dir, 'photos/zhang-minghua.png'), Buffer.concat([await pngDeclaring(100, 100), Buffer.alloc(20 * 2 ** 20)])), { code: 'photo-too-large', file: 'honorees.csv', line: 2 }],
    ['a mobile number in a story', (dir) => replaceIn(dir, 'honorees.csv', '也肯教人。', '也肯教人，电话 138 1234 5678。'), { code: 'privacy-mobile', file: 'honorees.csv', line: 4, column: 10, value: '138****5678' }],
    ['a resident ID in a notice body', (dir) => gbNotices(dir, (text) => text.replace('请通过电话', '请联系 11010519491231002X 或通过电话')), { code: 'privacy-resident-id', file: 'notices.csv', line: 4, value: '110105********002X' }],
    ['an unknown coordinate system', (dir) => replaceIn(dir, 'release.json', '"WGS84"', '"BD09"'), { code: 'invalid-value', file: 'release.json', field: 'crs' }],
    ['broken boundary JSON', (dir) => replaceIn(dir, 'boundaries.geojson', '"features": [', '"features": [,'), { code: 'invalid-json', file: 'boundaries.geojson', line: 1 }],
  ])('%s', async (_name, edit, expected) => {
    const { data, others } = await loadBroken(edit);
    expect(others).toMatchObject([{ severity: 'error', ...expected }]);
    expect(data).toBeUndefined();
  });

  it('a township without a boundary is only a warning, and the data still loads', async () => {
    const { data, others } = await loadBroken(async (dir) => {
      const collection = JSON.parse(await readFile(join(dir, 'boundaries.geojson'), 'utf8'));
      collection.features = collection.features.filter((feature: { properties: { code: string } }) => feature.properties.code !== '610902101');
      await writeFile(join(dir, 'boundaries.geojson'), JSON.stringify(collection));
    });
    expect(brief(others)).toEqual([{ severity: 'warning', code: 'missing-boundary', file: 'boundaries.geojson', line: undefined, field: undefined }]);
    expect(others[0]!.entity).toEqual({ table: 'regions', id: '610902101' });
    expect(data?.boundaries.features).toHaveLength(4);
  });

  it('reads boundaries.topojson and converts GCJ-02 when release.json says so', async () => {
    const { data, others } = await loadBroken(async (dir) => {
      const collection = JSON.parse(await readFile(join(dir, 'boundaries.geojson'), 'utf8'));
      await writeFile(join(dir, 'boundaries.topojson'), JSON.stringify(topology({ boundaries: collection })));
      await rm(join(dir, 'boundaries.geojson'));
      await replaceIn(dir, 'release.json', '"WGS84"', '"GCJ02"');
    });
    expect(others).toEqual([]);
    const [lon, lat] = (data!.boundaries.features[0]!.geometry.coordinates as number[][][])[0]![0]!;
    const [expectedLon, expectedLat] = gcj02ToWgs84(108.8, 32.5);
    expect(lon).toBeCloseTo(expectedLon, 7);
    expect(lat).toBeCloseTo(expectedLat, 7);
    expect(Math.abs(lon! - 108.8)).toBeGreaterThan(0.001); // really moved, by some hundred metres
  });

  it('reads a file whose name differs only in case, with a warning', async () => {
    const { data, others } = await loadBroken((dir) => rename(join(dir, 'pairings.csv'), join(dir, 'Pairings.CSV')));
    expect(brief(others)).toEqual([{ severity: 'warning', code: 'file-name-case', file: 'Pairings.CSV', line: undefined, field: undefined }]);
    expect(data?.pairings).toHaveLength(6);
  });

  it('reports a folder that does not exist', async () => {
    expect(await loadExport(join(TINY_EXPORT, 'nowhere'))).toMatchObject({ data: undefined, problems: [{ code: 'missing-export' }] });
  });
});

describe('many problems at once', () => {
  it('reports every one of them, in file and line order, and still runs the cross-file checks on the good rows', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      await replaceIn(dir, 'release.json', '"6109"', '"6110"');
      await replaceIn(dir, 'regions.csv', '610902101,张滩镇,乡镇,610902', '610902101,张滩镇,乡镇,6109');
      await replaceIn(dir, 'honorees.csv', ',610921100200,', ',610921100299,');
      await replaceIn(dir, 'honorees.csv', 'H2025-004,自强标兵,赵小红,女,2025', 'H2025-004,自强标兵,赵小红,女,二〇二五');
      await replaceIn(dir, 'honorees.csv', '也肯教人。', '也肯教人，电话 13812345678。');
      await appendLine(dir, 'projects.csv', 'P2025-001,2025,610902100201,重复项目,其他,单位,李建设,2025-03-01,2025-10-31,完工,1,1,0,目标,机制,,,');
      await replaceIn(dir, 'fund_lines.csv', 'P2024-003,市级财政', 'P2099-001,市级财政');
      await replaceIn(dir, 'pairings.csv', ',25,23\n', ',25,26\n');
      await replaceIn(dir, 'indicators.csv', '2024,610902100201,1850,45,150', '2024,610902100201,1850,45,150,');
      await rm(join(dir, 'photos/zhang-minghua.png'));
    });
    try {
      const { data, problems } = await loadExport(dir);
      expect(data).toBeUndefined();
      expect(problems.map(({ severity, code, file, line }) => `${severity === 'error' ? '✗' : '⚠'} ${file}:${line ?? ''} ${code}`)).toEqual([
        '✗ release.json: unknown-reference',
        '✗ regions.csv:6 wrong-level',
        '✗ honorees.csv:2 missing-photo',
        '✗ honorees.csv:4 privacy-mobile',
        '✗ honorees.csv:6 unknown-reference',
        '✗ honorees.csv:7 invalid-value',
        '✗ projects.csv:5 duplicate-id',
        '⚠ fund_lines.csv:6 over-disbursed',
        '✗ fund_lines.csv:9 unknown-reference',
        '✗ pairings.csv:4 exceeds-total',
        '✗ indicators.csv:5 field-count',
      ]);
    } finally {
      await cleanup();
    }
  });
});
