// The sample export written into the template workbook (npm run sample:workbook → tests/fixtures/sample-workbook/)
// derives to exactly the dataset the CSVs give: every page and every published figure is made from that dataset,
// so the two sites have the same pages and figures. A workbook with a fault fails the build and leaves the site as it was.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { TABLES } from '../../src/pipeline/schemas/index.ts';
import { treeDigest } from './tree-digest.ts';

const SAMPLE = 'data';
const WORKBOOK = 'tests/fixtures/sample-workbook/yangguang.xlsx';
const NOT_TABLES = ['release.json', 'boundaries.geojson', 'photos'];

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-workbook-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** An export folder of the sample's release.json, boundaries and photos, plus `tables` (file → source path). */
async function exportOf(name: string, tables: Record<string, string>): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const file of NOT_TABLES) await cp(join(SAMPLE, file), join(dir, file), { recursive: true });
  for (const [file, source] of Object.entries(tables)) await cp(source, join(dir, file));
  return dir;
}

async function prepare(dataDir: string, name: string): Promise<string> {
  const datasetDir = join(work, `${name}-dataset`);
  const result = await buildSite({ dataDir, outDir: join(work, `${name}-site`), reportPath: join(work, `${name}-report.json`), today: '2026-11-03', prepareOnly: true, datasetDir, quiet: true, log: () => {} });
  expect(result.ok, `${name} must prepare`).toBe(true);
  return datasetDir;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

describe('the sample export as a workbook', () => {
  it('derives to the same dataset as its CSVs, file for file (if not, rerun npm run sample:workbook after changing the sample)', async () => {
    const csvTables = Object.fromEntries(Object.values(TABLES).map(({ file }) => [file, join(SAMPLE, file)]));
    const fromCsv = await prepare(await exportOf('csv', csvTables), 'csv');
    const fromWorkbook = await prepare(await exportOf('workbook', { 'yangguang.xlsx': WORKBOOK }), 'workbook');
    const names = await files(fromCsv);
    expect(await files(fromWorkbook)).toEqual(names);
    expect(names.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(join(fromCsv, name)), readFile(join(fromWorkbook, name))]);
      if (!b.equals(a)) differing.push(name);
    }
    expect(differing).toEqual([]);
  });

  it('a workbook with a fault fails the build and leaves the published site as it was', async () => {
    const dir = await exportOf('broken', {});
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(WORKBOOK);
    workbook.getWorksheet('自强标兵')!.getCell('F2').value = '省级';
    await writeFile(join(dir, 'yangguang.xlsx'), new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const site = join(work, 'published');
    await mkdir(site, { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>last good site</title>');
    const before = await treeDigest(site);
    const reportPath = join(work, 'broken-report.json');
    const result = await buildSite({ dataDir: dir, outDir: site, reportPath, today: '2026-11-03', quiet: true, log: () => {} });
    expect(result.ok).toBe(false);
    expect(await treeDigest(site)).toEqual(before);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { problems: { code: string; file: string; sheet?: string; row?: number; column?: number }[] };
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'unknown-enum', file: 'yangguang.xlsx', sheet: '自强标兵', row: 2, column: 6 }));
    // The readable page beside it, with the same problems.
    const html = await readFile(join(work, 'broken-report.html'), 'utf8');
    expect(html.match(/<li class="(error|warning)">/g)).toHaveLength(report.problems.length);
    expect(html).toContain('yangguang.xlsx 工作表「自强标兵」第 2 行');
  });
});
