// Exports for the export checker's tests (unit and browser): folders on disk read into the files a publisher drops
// on the page, and the faulty files planted in them.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DroppedFile } from '../../src/pipeline/dropped-files.ts';
import type { Problem } from '../../src/pipeline/report.ts';
import { encodeGb18030 } from '../pipeline/helpers.ts';

export const SAMPLE_EXPORT = 'data';
export const SAMPLE_WORKBOOK = 'tests/fixtures/sample-workbook/yangguang.xlsx';

/**
 * targets.csv (a table the sample workbook does not hold) as Excel in China saves it — GBK, Chinese headers — with
 * faults: a negative count, a region that does not exist, a year in words and a channel outside its list, a mobile
 * number in a count.
 */
export const BROKEN_TARGETS_CSV = encodeGb18030(
  [
    '年度,区划代码,脱贫人数目标,脱贫户数目标,贫困村退出目标,脱贫渠道',
    '2025,610902,-5,10,2,',
    '2025,610902999999,10,3,,产业发展',
    '二〇二五,610921,10,3,1,种植',
    '2024,610921,13812345678,3,1,',
  ].join('\r\n') + '\r\n',
);

/** The sample export with its tables as the fixture workbook, and the broken targets.csv beside it. */
export async function writeWorkbookExport(dir: string): Promise<void> {
  for (const name of ['release.json', 'boundaries.geojson', 'photos']) await cp(join(SAMPLE_EXPORT, name), join(dir, name), { recursive: true });
  await cp(SAMPLE_WORKBOOK, join(dir, 'yangguang.xlsx'));
  await writeFile(join(dir, 'targets.csv'), BROKEN_TARGETS_CSV);
}

/** Every file of a folder as the browser gives a dropped folder: paths under the folder's own name. */
export async function droppedFolder(dir: string, folderName = 'export'): Promise<DroppedFile[]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(
    names.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const relative = path.slice(dir.length).replace(/^[/\\]+/, '').replaceAll('\\', '/');
      return { path: `${folderName}/${relative}`, file: new File([await readFile(path)], entry.name) };
    }),
  );
}

/** What says where a problem is and what it is: compared between the build and the checker. */
export function problemKey(problem: Problem) {
  return { code: problem.code, severity: problem.severity, file: problem.file, sheet: problem.sheet, row: problem.row, column: problem.column, field: problem.field, recordId: problem.recordId };
}
