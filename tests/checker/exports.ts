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
 * pairings.csv as Excel in China saves it — GBK, Chinese headers — beside a workbook that holds the same table (a
 * sheet saved as CSV as well), with faults: a negative count, a village that does not exist, a year in words, more
 * satisfied than called, a mobile number in a name.
 */
export const BROKEN_PAIRINGS_CSV = encodeGb18030(
  [
    '年度,村编码,帮扶单位,第一书记,结对干部数,结对户数,贫困户数,单位进村次数,干部入户次数,交友确认数,电话回访数,满意数',
    '2023,610902001003,汉滨区财政局,康永红,-7,20,20,12,41,18,2,2',
    '2023,610902001999,汉滨区人民法院,赖建华,3,9,9,10,32,8,2,2',
    '二〇二三,610902001005,安康市卫生健康委员会,马洪,3,7,7,11,11,6,2,2',
    '2023,610902001004,汉滨区财政局,马洪 13812345678,3,7,7,11,11,6,2,5',
  ].join('\r\n') + '\r\n',
);

/** The sample export with its tables as the fixture workbook, and the broken pairings.csv beside it. */
export async function writeWorkbookExport(dir: string): Promise<void> {
  for (const name of ['release.json', 'boundaries.geojson', 'photos']) await cp(join(SAMPLE_EXPORT, name), join(dir, name), { recursive: true });
  await cp(SAMPLE_WORKBOOK, join(dir, 'yangguang.xlsx'));
  await writeFile(join(dir, 'pairings.csv'), BROKEN_PAIRINGS_CSV);
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
