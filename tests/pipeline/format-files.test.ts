// Only the format is the export: a stray file, a folder, a photo nobody names or a link is named in a warning — with
// any personal number in its name masked — and left out of the files the export is stored as.
import { copyFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strayFileProblems } from '../../src/pipeline/format-files.ts';
import { listExportFolder } from '../../src/pipeline/load.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import { brokenExport, TINY_EXPORT } from './helpers.ts';

const ID = '610902198001011230';
const MOBILE = '13992851234';
const TINY_FILES = [
  'boundaries.geojson',
  'fund_lines.csv',
  'honorees.csv',
  'indicators.csv',
  'notices.csv',
  'pairings.csv',
  'photos/zhang-minghua.png',
  'projects.csv',
  'regions.csv',
  'release.json',
];

describe('the files of the format', () => {
  it('are all the tiny export holds: its tables, release.json, its boundaries and the one photo honorees.csv names', async () => {
    const { data, problems } = await loadExport(TINY_EXPORT);
    expect(data?.files).toEqual(TINY_FILES);
    expect(problems.filter((problem) => problem.code === 'unknown-file' || problem.code === 'unreferenced-photo')).toEqual([]);
  });

  it('leave out, each with a warning and no number whole: a contact list, a photo nobody names, a folder, a link, clutter silently', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      await writeFile(join(dir, '联系人名单.txt'), `张三 ${ID} ${MOBILE}\n`);
      await writeFile(join(dir, `${MOBILE}.txt`), 'notes\n');
      await copyFile(join(dir, 'photos', 'zhang-minghua.png'), join(dir, 'photos', `${ID}.png`));
      await symlink('/etc/hostname', join(dir, 'photos', 'link.png'));
      await mkdir(join(dir, '备份', '旧'), { recursive: true });
      await writeFile(join(dir, '备份', 'a.csv'), 'x\n');
      await writeFile(join(dir, '备份', '旧', 'b.csv'), 'x\n');
      await writeFile(join(dir, '.DS_Store'), '');
      await writeFile(join(dir, 'photos', 'Thumbs.db'), '');
    });
    try {
      const { data, problems } = await loadExport(dir);
      expect(data?.files).toEqual(TINY_FILES);
      const stray = problems.filter((problem) => problem.code === 'unknown-file' || problem.code === 'unreferenced-photo');
      expect(stray.map(({ severity, code, file }) => ({ severity, code, file }))).toEqual([
        { severity: 'warning', code: 'unknown-file', file: '139****1234.txt' },
        { severity: 'warning', code: 'unreferenced-photo', file: 'photos/610902********1230.png' },
        { severity: 'warning', code: 'unreferenced-photo', file: 'photos/link.png' },
        { severity: 'warning', code: 'unknown-file', file: '备份/' },
        { severity: 'warning', code: 'unknown-file', file: '联系人名单.txt' },
      ]);
      expect(stray.find((problem) => problem.file === '备份/')?.message.en).toContain('This folder (2 files)');
      expect(stray.find((problem) => problem.file === 'photos/link.png')?.message.en).toContain('It is a link');
      const printed = JSON.stringify(problems);
      expect(printed).not.toContain(ID);
      expect(printed).not.toContain(MOBILE);
    } finally {
      await cleanup();
    }
  });

  it('names an unreadable file in photos/ once, by its own warning', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => writeFile(join(dir, 'photos', 'notes.docx'), 'not an image'));
    try {
      const { data, problems } = await loadExport(dir);
      expect(data?.files).toEqual(TINY_FILES);
      expect(problems.filter((problem) => problem.file === 'photos/notes.docx').map((problem) => problem.code)).toEqual(['photo-not-image']);
    } finally {
      await cleanup();
    }
  });

  it('takes only the boundary file it reads when both are there', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => copyFile(join(dir, 'boundaries.geojson'), join(dir, 'boundaries.topojson')));
    try {
      const { data, problems } = await loadExport(dir);
      expect(data?.files).not.toContain('boundaries.topojson');
      expect(problems.filter((problem) => problem.file === 'boundaries.topojson').map((problem) => problem.code)).toEqual(['ambiguous-file']);
    } finally {
      await cleanup();
    }
  });

  it('refuses a photo honorees.csv names that is a link, and says it was refused rather than missing', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      await copyFile(join(dir, 'photos', 'zhang-minghua.png'), join(dir, 'elsewhere.png'));
      await rm(join(dir, 'photos', 'zhang-minghua.png'));
      await symlink(join(dir, 'elsewhere.png'), join(dir, 'photos', 'zhang-minghua.png'));
    });
    try {
      const { data, problems } = await loadExport(dir);
      expect(data).toBeUndefined();
      const refused = problems.filter((problem) => problem.value === 'zhang-minghua.png');
      expect(refused.map(({ severity, code, file, field }) => ({ severity, code, file, field }))).toEqual([
        { severity: 'error', code: 'photo-link-refused', file: 'honorees.csv', field: 'photo' },
      ]);
      expect(refused[0]!.message.zh).toContain('是一个链接');
      expect(refused[0]!.message.en).toContain('links are refused');
    } finally {
      await cleanup();
    }
  });

  it('lists a data folder without its release store', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      await mkdir(join(dir, 'releases', '2026-11-01'), { recursive: true });
      await writeFile(join(dir, 'releases', 'index.json'), '{}');
    });
    try {
      const entries = await listExportFolder(dir);
      expect(entries.map((entry) => entry.path)).toEqual(TINY_FILES);
      expect(strayFileProblems(entries, new Set(TINY_FILES), new Set())).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
