// Hostile text through a real build: bidi controls planted in free text never reach a built file, and a name with
// one, an id that is a route name or an objection address with a bcc query stop the build, each named at its cell
// (never as a crash of a step).
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/build/build-site.ts';
import { editCsv } from './export-edit.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Files whose text a scan can read: everything but images and Pagefind's compressed index. */
const TEXT_FILE = /\.(html|json|csv|xml|svg|txt|js|css|webmanifest)$/;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-hostile-text-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The shared editCsv, with a lookup of a column by any of its header names (English or Chinese). */
async function editCsvRows(dir: string, file: string, edit: (rows: string[][], column: (...names: string[]) => number) => void): Promise<void> {
  await editCsv(dir, file, (rows) => {
    const column = (...names: string[]) => {
      const index = rows[0]!.findIndex((header) => names.includes(header));
      if (index < 0) throw new Error(`${file} has none of ${names.join(', ')}`);
      return index;
    };
    edit(rows, column);
    return rows;
  });
}

async function build(name: string, plant: (dir: string) => Promise<void>): Promise<{ result: BuildResult; site: string }> {
  const dataDir = join(work, `${name}-export`);
  await cp(FIXTURE, dataDir, { recursive: true });
  await plant(dataDir);
  const site = join(work, `${name}-site`);
  const result = await buildSite({ dataDir, outDir: site, reportPath: join(work, `${name}-report.json`), today: '2026-11-03', quiet: true, log: () => {} });
  return { result, site };
}

describe('bidi controls planted in free text', () => {
  let built: { result: BuildResult; site: string };
  beforeAll(async () => {
    built = await build('free-text', async (dir) => {
      await editCsvRows(dir, 'honorees.csv', (rows, column) => {
        const story = column('story', '主要事迹');
        const summary = column('summary', '事迹摘要');
        rows[1]![story] = `\u202e${rows[1]![story]}`;
        rows[1]![summary] = `${rows[1]![summary]}\u2067`;
      });
      await editCsvRows(dir, 'notices.csv', (rows, column) => {
        rows[1]![column('title', '标题')] = `\u202e${rows[1]![column('title', '标题')]}`;
        rows[1]![column('body', '正文')] = `${rows[1]![column('body', '正文')]}\u2069\u202b`;
      });
      await editCsvRows(dir, 'projects.csv', (rows, column) => {
        rows[1]![column('goal', '绩效目标')] = `\u202d${rows[1]![column('goal', '绩效目标')]}`;
      });
      const release = JSON.parse(await readFile(join(dir, 'release.json'), 'utf8')) as { note: string };
      release.note = `\u202e${release.note}`;
      await writeFile(join(dir, 'release.json'), JSON.stringify(release));
    });
  }, 120_000);

  it('build, with a warning at each cell that loses them', () => {
    expect(built.result.ok).toBe(true);
    const warned = built.result.problems.filter((problem) => problem.code === 'bidi-control-removed');
    expect(warned.map((problem) => `${problem.file} ${problem.field}`).sort()).toEqual(
      // The field as the file's header writes it: notices.csv has Chinese headers.
      ['honorees.csv story', 'honorees.csv summary', 'notices.csv 标题', 'notices.csv 正文', 'projects.csv goal', 'release.json note'].sort(),
    );
  });

  it('reach no built file: pages, feeds, open data, search records, charts', async () => {
    const entries = await readdir(built.site, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(100);
    const holding: string[] = [];
    for (const file of files) if (BIDI_CONTROL.test(await readFile(file, 'utf8'))) holding.push(relative(built.site, file));
    expect(holding).toEqual([]);
    // The planted story is there, without its control: the scan read what it had to.
    expect(await readFile(join(built.site, 'honorees', 'H2025-001', 'index.html'), 'utf8')).toContain('张明华种茶十年');
  });
});

describe('names, ids and contacts planted with what could rewrite a page', () => {
  let built: { result: BuildResult; site: string };
  beforeAll(async () => {
    built = await build('refused', async (dir) => {
      await editCsvRows(dir, 'honorees.csv', (rows, column) => {
        rows[1]![column('id', '编号')] = 'index.html';
        rows[2]![column('name', '姓名')] = '张\u202e三丰abc';
      });
      await editCsvRows(dir, 'notices.csv', (rows, column) => {
        rows[1]![column('objection_email', '异议邮箱')] = 'jubao@example.gov.cn?bcc=spy%40evil.example';
      });
    });
  }, 120_000);

  it('stop the build, each named at its cell, and nothing crashes', () => {
    expect(built.result.ok).toBe(false);
    const errors = built.result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => [problem.code, problem.file, problem.row, problem.field])).toEqual(
      expect.arrayContaining([
        ['invalid-contact', 'notices.csv', 2, expect.any(String)],
        ['reserved-id', 'honorees.csv', 2, expect.any(String)],
        ['invisible-character', 'honorees.csv', 3, expect.any(String)],
      ]),
    );
    expect(errors.map((problem) => problem.code)).not.toContain('build-step-failed');
    expect(JSON.stringify(built.result.problems)).not.toMatch(BIDI_CONTROL);
  });
});
