import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/pipeline/csv.ts';
import { scanOutput } from '../../src/build/output/privacy-scan.ts';
import { scanJsonValues, scanRecords } from '../../src/pipeline/privacy.ts';
import { locateRecords } from '../../src/pipeline/record-location.ts';
import { withCheckDigit } from './helpers.ts';

const ID = withCheckDigit('61092119850312002');

describe('scanRecords', () => {
  it('names file, Excel row, record id, line (inside multi-line cells too), column and header, with the masked number', () => {
    const parsed = parseCsv(`id,story\nH1,"第一段\n\n电话 138-1234-5678"\nH2,身份证 ${ID}\n`, 'honorees.csv');
    const problems = scanRecords(parsed, locateRecords(parsed, 'honorees.csv', [0]));
    expect(problems.map(({ code, row, recordId, line, column, field, value }) => ({ code, row, recordId, line, column, field, value }))).toEqual([
      { code: 'privacy-mobile', row: 2, recordId: 'H1', line: 4, column: 2, field: 'story', value: '138****5678' },
      { code: 'privacy-resident-id', row: 3, recordId: 'H2', line: 5, column: 2, field: 'story', value: `610921********${ID.slice(-4)}` },
    ]);
  });

  it('masks a personal number that is the record id itself, in the id as in the value', () => {
    const parsed = parseCsv('id,name,story\n13812345678,张三,事迹\n', 'honorees.csv');
    const problems = scanRecords(parsed, locateRecords(parsed, 'honorees.csv', [0]));
    expect(problems).toMatchObject([{ code: 'privacy-mobile', row: 2, recordId: '138****5678', column: 1, value: '138****5678' }]);
    expect(JSON.stringify(problems)).not.toContain('13812345678');
  });

  it('finds nothing in ordinary figures', () => {
    const parsed = parseCsv('code,amount,lon\n610902100201,"1,234,567.89",108.12345678901\n', 'x.csv');
    expect(scanRecords(parsed, locateRecords(parsed, 'x.csv', [0]))).toEqual([]);
  });
});

describe('scanJsonValues', () => {
  it('reports the JSON path of each hit', () => {
    const problems = scanJsonValues({ contact: { phone: '13812345678', address: '兴安中路 1 号' }, codes: [610902] }, 'release.json');
    expect(problems.map(({ code, field, value }) => ({ code, field, value }))).toEqual([{ code: 'privacy-mobile', field: 'contact.phone', value: '138****5678' }]);
  });
});

describe('scanOutput', () => {
  let site: string | undefined;
  afterEach(async () => {
    if (site) await rm(site, { recursive: true, force: true });
  });

  it('scans every text file of a built site, gunzips Pagefind files, skips images, fonts and computed JSON numbers', async () => {
    site = await mkdtemp(join(tmpdir(), 'yangguang-site-'));
    await mkdir(join(site, 'honorees/H1'), { recursive: true });
    await mkdir(join(site, 'pagefind/fragment'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html>\n<p>坐标 108.13812345678</p>\n');
    await writeFile(join(site, 'honorees/H1/index.html'), '<html>\n<body>\n<p>联系电话：13912345678</p>\n');
    await writeFile(join(site, 'pagefind/fragment/zh-cn_3fa9c1.pf_fragment'), gzipSync(Buffer.from(`{"content":"身份证号${ID}"}`)));
    await writeFile(join(site, 'pagefind/wasm.zh-cn.pagefind'), gzipSync(Buffer.from([0x00, 0x61, 0x73, 0x6d, ...Buffer.from('13712345678')])));
    await writeFile(join(site, 'photo.png'), Buffer.from('13612345678'));
    await writeFile(join(site, 'font.woff2'), Buffer.from('13512345678'));
    await writeFile(join(site, 'data.json'), '{"lon":108.68723,"code":"610902100201","fen":[13456789012, 15000000000]}');
    await writeFile(join(site, 'leak.json'), '{"contact":"13712345678"}');

    const problems = await scanOutput(site);
    expect(await scanOutput(site, { workers: 2 })).toEqual(problems); // the same answer from worker threads
    expect(problems.map(({ code, file, line, column, value }) => ({ code, file, line, column, value })).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { code: 'privacy-mobile', file: 'honorees/H1/index.html', line: 3, column: 9, value: '139****5678' },
      { code: 'privacy-mobile', file: 'leak.json', line: 1, column: 13, value: '137****5678' },
      { code: 'privacy-resident-id', file: 'pagefind/fragment/zh-cn_3fa9c1.pf_fragment', line: 1, column: 17, value: `610921********${ID.slice(-4)}` },
    ]);
    expect(JSON.stringify(problems)).not.toContain('13912345678');
  });

  it('reads files larger than its read buffer to the end', async () => {
    site = await mkdtemp(join(tmpdir(), 'yangguang-site-'));
    await writeFile(join(site, 'big.js'), `${'const a = "公示";\n'.repeat(200_000)}const phone = "13812345678";\n`);
    expect(await scanOutput(site)).toMatchObject([{ code: 'privacy-mobile', file: 'big.js', line: 200_001, column: 16 }]);
  });

  it('finds numbers written with full-width digits, dashes or spaces among Chinese text, with their columns', async () => {
    site = await mkdtemp(join(tmpdir(), 'yangguang-site-'));
    await writeFile(join(site, 'wide.html'), '<p>电话：１３９１２３４５６７８</p>');
    await writeFile(join(site, 'dashes.html'), '<p>手机 138－1234－5678，另一个 137—1234—5678</p>');
    await writeFile(join(site, 'spaced.html'), '<p>事迹：联系 136 1234 5678 张明华</p>');
    const found = (await scanOutput(site)).map(({ file, column, value }) => ({ file, column, value }));
    expect(found).toEqual([
      { file: 'dashes.html', column: 7, value: '138****5678' },
      { file: 'dashes.html', column: 25, value: '137****5678' },
      { file: 'spaced.html', column: 10, value: '136****5678' },
      { file: 'wide.html', column: 7, value: '139****5678' },
    ]);
  });

  it('returns nothing for a clean site', async () => {
    site = await mkdtemp(join(tmpdir(), 'yangguang-site-'));
    await writeFile(join(site, 'index.html'), '<p>热线 12317，电话 0915-3268123</p>');
    expect(await scanOutput(site)).toEqual([]);
  });
});
