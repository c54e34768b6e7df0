// A broken export is rejected with every problem named at once, and the published site stays exactly as it was.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { decodeText } from '../../src/pipeline/decode.ts';
import { editCsv } from './export-edit.ts';
import { treeDigest } from './tree-digest.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
/** The textbook resident ID with a valid GB 11643 check digit (not a real person's). */
const RESIDENT_ID = '11010519491231002X';

interface ReportJson {
  ok: boolean;
  problems: {
    severity: string;
    code: string;
    file: string;
    row?: number;
    recordId?: string;
    line?: number;
    column?: number;
    value?: string;
    message: { zh: string; en: string };
  }[];
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-failed-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const column = (rows: string[][], name: string) => {
  const index = rows[0]?.indexOf(name) ?? -1;
  if (index < 0) throw new Error(`no column ${name}`);
  return index;
};

describe('a failed build', () => {
  it('names every problem at once and leaves the published site byte-for-byte as it was', async () => {
    const outDir = join(work, 'published');
    await mkdir(join(outDir, 'honorees'), { recursive: true });
    await writeFile(join(outDir, 'index.html'), '<!doctype html><title>published</title>');
    await writeFile(join(outDir, 'honorees', 'index.html'), '<p>still here</p>');
    const before = await treeDigest(outDir);

    const dataDir = join(work, 'broken');
    await cp(FIXTURE, dataDir, { recursive: true });
    // 1. Bad encoding: indicators.csv saved as UTF-16 ("Unicode text" in Excel).
    const indicators = await readFile(join(dataDir, 'indicators.csv'));
    const indicatorsText = decodeText(indicators, 'indicators.csv');
    if (!('text' in indicatorsText)) throw new Error('fixture indicators.csv did not decode');
    await writeFile(join(dataDir, 'indicators.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(indicatorsText.text, 'utf16le')]));
    // 2. A missing column: survey_satisfied dropped from pairings.csv.
    await editCsv(dataDir, 'pairings.csv', (rows) => {
      const drop = column(rows, 'survey_satisfied');
      return rows.map((row) => row.filter((_, index) => index !== drop));
    });
    // 3. A duplicate id and 4. a reversed date in notices.csv.
    await editCsv(dataDir, 'notices.csv', (rows) => {
      const [header = [], first = [], ...rest] = rows;
      const start = column(rows, '公示开始');
      const end = column(rows, '公示结束');
      const reversed = [...(rest[0] ?? [])];
      [reversed[start], reversed[end]] = [reversed[end] ?? '', reversed[start] ?? ''];
      return [header, first, [...first], reversed, ...rest.slice(1)];
    });
    // 5. A dangling region code and 6. a resident ID number inside a story, in honorees.csv.
    await editCsv(dataDir, 'honorees.csv', (rows) => {
      const region = column(rows, 'region_code');
      const story = column(rows, 'story');
      return rows.map((row, index) => {
        if (index === 1) return row.map((cell, at) => (at === region ? '610902999999' : cell));
        if (index === 2) return row.map((cell, at) => (at === story ? `${cell}\n\n联系人身份证号：${RESIDENT_ID}。` : cell));
        return row;
      });
    });

    const reportPath = join(work, 'report.json');
    const messages: string[] = [];
    const result = await buildSite({ dataDir, outDir, reportPath, today: '2026-11-03', quiet: true, log: (message) => messages.push(message) });

    expect(result.ok).toBe(false);
    expect(await treeDigest(outDir)).toEqual(before);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as ReportJson;
    expect(report.ok).toBe(false);
    const found = (file: string, code: string | RegExp) =>
      report.problems.filter((problem) => problem.file === file && (typeof code === 'string' ? problem.code === code : code.test(problem.code)));
    expect(found('indicators.csv', 'encoding')).toHaveLength(1);
    expect(found('pairings.csv', 'missing-column')).toHaveLength(1);
    expect(found('notices.csv', 'duplicate-id')).toHaveLength(1);
    expect(found('notices.csv', 'date-order').length).toBeGreaterThanOrEqual(1);
    expect(found('honorees.csv', 'unknown-reference')).toMatchObject([{ row: 2, recordId: 'H2025-001' }]);
    const privacy = found('honorees.csv', /privacy|resident/);
    expect(privacy).toHaveLength(1);
    // The first honoree's story spans several lines: the second honoree is Excel row 3, further down the file.
    expect(privacy).toMatchObject([{ row: 3, recordId: 'H2025-002' }]);
    expect(privacy[0]!.line).toBeGreaterThan(3);
    // Every cell problem names its row as Excel shows it, its record's id, its line and column, in both languages.
    for (const problem of [...found('notices.csv', 'duplicate-id'), ...found('honorees.csv', 'unknown-reference'), ...privacy]) {
      expect(problem.row).toBeGreaterThan(1);
      expect(problem.recordId).toMatch(/^[A-Z]\d{4}-/);
      expect(problem.line).toBeGreaterThan(1);
      expect(problem.column).toBeGreaterThan(0);
      expect(problem.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problem.message.en).toMatch(/[a-z]/);
    }
    // The ID number is never echoed, not in the report and not in what the publisher sees.
    const everything = `${JSON.stringify(report)}\n${messages.join('\n')}`;
    expect(everything).not.toContain(RESIDENT_ID);
    expect(everything).not.toContain(RESIDENT_ID.slice(6, 14));
  });

  it('keeps the published site when the export folder does not exist', async () => {
    const outDir = join(work, 'published-2');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'kept');
    const before = await treeDigest(outDir);
    const result = await buildSite({
      dataDir: join(work, 'no-such-export'),
      outDir,
      reportPath: join(work, 'report-2.json'),
      today: '2026-11-03',
      quiet: true,
      log: () => {},
    });
    expect(result.ok).toBe(false);
    expect(await treeDigest(outDir)).toEqual(before);
  });
});
