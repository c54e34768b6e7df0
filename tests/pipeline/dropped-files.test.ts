// The export checker page's source of files: the files a publisher drops, in memory, give exactly the problems the
// build gives for a folder holding the same files — CSVs in UTF-8 and GBK, workbooks, photos, strays and clutter.
import { mkdtemp, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExport } from '../../src/pipeline/check-export.ts';
import { droppedFilesSource, exportPaths, type DroppedFile } from '../../src/pipeline/dropped-files.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import { droppedFolder, problemKey, writeWorkbookExport } from '../checker/exports.ts';
import { brokenExport, replaceIn, TINY_EXPORT } from './helpers.ts';

/** The checker's answer for files dropped as the folder `dir`. */
async function checkDropped(files: readonly DroppedFile[]) {
  const paths = exportPaths(files.map((dropped) => dropped.path));
  return checkExport(droppedFilesSource(files.map((dropped, index) => ({ path: paths[index]!, file: dropped.file }))), 'export');
}

/** The problems as the report shows them (the export's own name aside). */
const shown = (problems: readonly { message: object }[]) => JSON.parse(JSON.stringify(problems).replaceAll(JSON.stringify(TINY_EXPORT).slice(1, -1), 'export'));

describe('the dropped files of an export', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'yangguang-dropped-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('give the tiny export no error, as its folder does', async () => {
    const built = await loadExport(TINY_EXPORT);
    const checked = await checkDropped(await droppedFolder(TINY_EXPORT));
    expect(built.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(checked.problems).toEqual(built.problems);
    expect(checked.data?.honorees).toEqual(built.data?.honorees);
    expect(checked.data?.files).toEqual(built.data?.files);
  });

  it('give every problem the build gives for the same folder: planted faults, a GBK file, photos, strays and clutter', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      await replaceIn(dir, 'honorees.csv', '2025,村级,610902100201', '2025,省级,610902100299');
      await replaceIn(dir, 'pairings.csv', '2024,610902100201,汉滨区农业农村局,吴刚,12', '2024,610902100201,汉滨区农业农村局,吴刚,-12');
      await writeFile(join(dir, 'names.txt'), '名单');
      await writeFile(join(dir, '.DS_Store'), '');
      await writeFile(join(dir, 'photos', 'not-a-photo.jpg'), 'a Word file');
      await copyFile(join(dir, 'photos', 'zhang-minghua.png'), join(dir, 'photos', 'nobody.png'));
      await mkdir(join(dir, 'old'));
      await writeFile(join(dir, 'old', 'honorees.csv'), 'id\n');
      await mkdir(join(dir, 'releases'));
      await writeFile(join(dir, 'releases', 'index.json'), '{}');
    });
    try {
      const built = await loadExport(dir);
      const checked = await checkDropped(await droppedFolder(dir, '导出 2026-11'));
      const codes = new Set(built.problems.map((problem) => problem.code));
      for (const code of ['unknown-enum', 'negative-number', 'unknown-file', 'unreferenced-photo', 'photo-not-image']) expect(codes, code).toContain(code);
      expect(built.problems.some((problem) => problem.file === 'notices.csv')).toBe(false); // the GBK file read cleanly
      expect(checked.problems.map(problemKey)).toEqual(built.problems.map(problemKey));
      expect(shown(checked.problems)).toEqual(shown(built.problems));
    } finally {
      await cleanup();
    }
  });

  it('give every problem the build gives for the sample as a workbook beside a broken GBK CSV of a table it holds too', { timeout: 60_000 }, async () => {
    const dir = join(work, 'workbook');
    await mkdir(dir);
    await writeWorkbookExport(dir);
    const built = await loadExport(dir);
    const checked = await checkDropped(await droppedFolder(dir));
    const pairings = built.problems.filter((problem) => problem.file === 'pairings.csv');
    expect(pairings.map((problem) => problem.code)).toEqual(expect.arrayContaining(['workbook-duplicate-table', 'negative-number', 'invalid-value', 'privacy-mobile']));
    expect(pairings.filter((problem) => problem.code !== 'workbook-duplicate-table').every((problem) => problem.row !== undefined && problem.column !== undefined)).toBe(true);
    expect(built.problems.every((problem) => problem.file !== 'yangguang.xlsx' || problem.severity === 'warning')).toBe(true);
    expect(checked.problems.map(problemKey)).toEqual(built.problems.map(problemKey));
    expect(checked.problems).toEqual(built.problems);
  });
});

describe('exportPaths', () => {
  it('takes a dropped folder as the export, its own name dropped', () => {
    expect(exportPaths(['2026-11/honorees.csv', '2026-11/photos/a.jpg'])).toEqual(['honorees.csv', 'photos/a.jpg']);
  });
  it('keeps files dropped side by side, and photos/ dropped beside the tables', () => {
    expect(exportPaths(['honorees.csv', 'photos/a.jpg'])).toEqual(['honorees.csv', 'photos/a.jpg']);
    expect(exportPaths(['photos/a.jpg', 'photos/b.jpg'])).toEqual(['photos/a.jpg', 'photos/b.jpg']);
    expect(exportPaths(['a/honorees.csv', 'b/notices.csv'])).toEqual(['a/honorees.csv', 'b/notices.csv']);
  });
  it('takes Windows separators and a leading slash', () => {
    expect(exportPaths(['\\导出\\honorees.csv', '/导出/photos/a.jpg'])).toEqual(['honorees.csv', 'photos/a.jpg']);
  });
});
