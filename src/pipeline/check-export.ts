// An export's files → validated, typed data and every problem found: read → decode → parse → validate → privacy →
// cross-file checks. The files come from an ExportSource: a folder on disk (load.ts, for the build and publish) or
// the files a publisher drops on the export checker page — the same checks, in Node and in the browser, so this
// module and what it imports use no Node built-in.
import { readBoundaryValue, type Boundaries, type LocatedBoundary } from './boundaries.ts';
import { runChecks, type ExportTables } from './checks/index.ts';
import { cellAt, type CellLocation } from './checks/tables.ts';
import { strayFileProblems, type FolderEntry } from './format-files.ts';
import { parseJsonFile } from './json-file.ts';
import type { PhotoFile, PhotoFolder } from './photos.ts';
import { problem } from './problems.ts';
import { readTable, tableFromRows, type TableSchema } from './read-table.ts';
import { readRelease, RELEASE_FILE } from './release-file.ts';
import type { Problem } from './report.ts';
import { readWorkbook, REFUSED_WORKBOOKS, sheetRows, type SheetData } from './workbook.ts';
import { isNoteSheet, SHEET_NAMES, tableOfSheetName, tableOfWorkbookName } from './workbook-tables.ts';
import {
  TABLES,
  type FundLineRow,
  type HonoreeRow,
  type IndicatorRow,
  type NoticeRow,
  type PairingRow,
  type ProjectRow,
  type Region,
  type Release,
  type TableName,
  type TargetRow,
} from './schemas/index.ts';

export type { Boundaries, BoundaryFeature, BoundaryProperties } from './boundaries.ts';
export type { PhotoFile } from './photos.ts';

export interface ExportData {
  dir: string;
  release: Release;
  regions: Region[];
  /** County and township outlines in WGS-84 (GCJ-02 input converted). */
  boundaries: Boundaries;
  honorees: HonoreeRow[];
  notices: NoticeRow[];
  projects: ProjectRow[];
  fundLines: FundLineRow[];
  pairings: PairingRow[];
  indicators: IndicatorRow[];
  /** Exit targets per place, year and channel: empty when the export has no targets.csv (it is optional). */
  targets: TargetRow[];
  /** File name in photos/ → the image it really is. */
  photos: Map<string, PhotoFile>;
  /** Honoree id → its photo cell in honorees.csv: a photo that fails to decode later in the build is named there. */
  photoCells: Map<string, CellLocation>;
  /**
   * The files of the format this export holds, as sorted relative paths: the tables, release.json, the boundary file
   * read and the photos honorees.csv names — all `npm run publish` stores. Anything else was named in a warning.
   */
  files: string[];
}

/** `data` is undefined exactly when some problem is an error. */
export interface LoadResult {
  data: ExportData | undefined;
  problems: Problem[];
}

export interface LoadOptions {
  /** Progress lines (the build sends them to stderr); silent by default so tests stay quiet. */
  log?: (message: string) => void;
  /**
   * Tables already read from the very same bytes by the same code (the build keeps them between builds, keyed by
   * both): a rebuild after a correction to one file does not parse and validate the others again.
   */
  tables?: TableCache;
}

/** What a CSV file gave when it was read: its rows and its problems. */
export type TableResult = ReturnType<typeof readTable>;

export interface TableCache {
  get(table: TableName, file: string, bytes: Uint8Array): TableResult | undefined;
  set(table: TableName, file: string, bytes: Uint8Array, result: TableResult): void;
}

const BOUNDARY_FILES = ['boundaries.geojson', 'boundaries.topojson'];

/** Where an export's files come from. */
export interface ExportSource {
  /** The files directly in the export folder, or undefined when there is no such folder. */
  topLevel(): Promise<string[] | undefined>;
  read(name: string): Promise<Uint8Array>;
  /** photos/ and what each file in it really is. */
  photos(): Promise<PhotoFolder>;
  /** Every entry of the export, for naming what is not part of the format. */
  entries(): Promise<FolderEntry[]>;
}

/** `dir`: what the data calls the export (its folder), for messages and the photo step. */
export async function checkExport(source: ExportSource, dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const names = await source.topLevel();
  const listing = names && new Map(names.map((name) => [name.toLowerCase(), name]));
  if (!listing) {
    const missingExport = problem({
      code: 'missing-export',
      file: '.',
      message: { zh: `导出文件夹 ${dir} 不存在或无法读取。`, en: `The export folder ${dir} does not exist or cannot be read.` },
    });
    return { data: undefined, problems: [missingExport] };
  }
  const problems: Problem[] = [];
  // The export's own files (what publish stores), and files some other problem already names.
  const taken = new Set<string>();
  const named = new Set<string>();
  const read = async (name: string): Promise<{ file: string; bytes: Uint8Array } | undefined> => {
    const found = locate(listing, name);
    if (!found) return undefined;
    problems.push(...found.problems);
    taken.add(found.file);
    return { file: found.file, bytes: await source.read(found.file) };
  };

  const releaseFile = await read(RELEASE_FILE);
  const { release, problems: releaseProblems } = releaseFile
    ? readRelease(releaseFile.bytes)
    : { release: undefined, problems: [missingFile(RELEASE_FILE)] };
  problems.push(...releaseProblems);

  const sheets = await readWorkbooks(source, listing, problems, taken, named);

  const tables = {} as Record<TableName, ExportTables[TableName]>;
  for (const name of Object.keys(TABLES) as TableName[]) {
    const started = performance.now();
    // Each table's row type is restored by the ExportTables cast below; the loop itself is generic.
    const table: TableSchema = TABLES[name];
    const found = await read(table.file);
    const inSheets = sheets.get(name) ?? [];
    if (inSheets.length + (found ? 1 : 0) > 1) problems.push(duplicateTable(name, found?.file, inSheets));
    const fromSheet = found ? undefined : inSheets[0];
    const cached = found && !fromSheet ? options.tables?.get(name, found.file, found.bytes) : undefined;
    const result = cached ?? (fromSheet
      ? tableFromRows(table, sheetRows(fromSheet.sheet, fromSheet.file, table.fields), fromSheet.file)
      : readTable(table, found?.bytes, found?.file ?? table.file));
    if (found && !fromSheet && !cached) options.tables?.set(name, found.file, found.bytes, result);
    tables[name] = result.data as ExportTables[TableName];
    problems.push(...result.problems);
    const source = result.data.sheet !== undefined ? `${result.data.file}「${result.data.sheet}」` : result.data.file;
    log(`${source}: ${result.data.rows.length.toLocaleString('en-US')} rows (${seconds(started)}${cached ? ', as read before' : ''})`);
  }
  const checked = tables as unknown as ExportTables;

  const boundaries = await readBoundaries(read, release?.crs ?? 'WGS84', problems);
  const unread = boundaries && [...taken].find((file) => BOUNDARY_FILES.includes(file.toLowerCase()) && file !== boundaries.file);
  if (unread) {
    taken.delete(unread);
    named.add(unread);
  }
  const photos = await source.photos();
  log(`photos/: ${photos.photos.size.toLocaleString('en-US')} images`);

  const started = performance.now();
  problems.push(...runChecks({ tables: checked, release, photos, boundaries }));
  log(`cross-file checks (${seconds(started)})`);

  // Only the photos honorees.csv names are the export's; one named but unusable has its own problem already.
  for (const name of photos.unreadable) named.add(`photos/${name}`);
  for (const { photo } of checked.honorees.rows) {
    if (photo !== undefined) (photos.photos.has(photo) ? taken : named).add(`photos/${photo}`);
  }
  problems.push(...strayFileProblems(await source.entries(), taken, named));

  const sorted = sortProblems(problems);
  const ok = !sorted.some((problem) => problem.severity === 'error');
  if (!ok || !release || !boundaries) return { data: undefined, problems: sorted };
  return {
    data: {
      dir,
      release,
      regions: checked.regions.rows,
      boundaries: { type: 'FeatureCollection', features: boundaries.features.map((located) => located.feature) },
      honorees: checked.honorees.rows,
      notices: checked.notices.rows,
      projects: checked.projects.rows,
      fundLines: checked.fundLines.rows,
      pairings: checked.pairings.rows,
      indicators: checked.indicators.rows,
      targets: checked.targets.rows,
      photos: photos.photos,
      photoCells: photoCells(checked),
      files: [...taken].sort(),
    },
    problems: sorted,
  };
}

/** A sheet that holds a table, and the workbook it is in. */
interface TableSheet {
  file: string;
  sheet: SheetData;
}

/**
 * The export's workbooks, sheet by sheet: each sheet that is a table, by table. Old and macro workbooks are refused
 * with what to do; a sheet that is no table is named (but the template's notes and lists); a workbook used is the export's.
 */
async function readWorkbooks(
  source: ExportSource,
  listing: Map<string, string>,
  problems: Problem[],
  taken: Set<string>,
  named: Set<string>,
): Promise<Map<TableName, TableSheet[]>> {
  const byTable = new Map<TableName, TableSheet[]>();
  const names = [...listing.values()].filter((name) => !name.startsWith('~$')).sort();
  for (const file of names) {
    const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
    if (extension in REFUSED_WORKBOOKS) {
      named.add(file);
      problems.push(refusedWorkbook(file, REFUSED_WORKBOOKS[extension]!));
      continue;
    }
    if (extension !== 'xlsx') continue;
    named.add(file);
    const read = await readWorkbook(await source.read(file), file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const visible = read.workbook.sheets.filter((sheet) => !sheet.hidden && !isNoteSheet(sheet.name));
    const namedAfter = tableOfWorkbookName(file);
    for (const sheet of visible) {
      // In a workbook named after one table, its one sheet is that table whatever the sheet is called (Sheet1).
      const table = tableOfSheetName(sheet.name) ?? (namedAfter !== undefined && visible.length === 1 ? namedAfter : undefined);
      if (table === undefined) {
        problems.push(unknownSheet(file, sheet.name));
        continue;
      }
      byTable.set(table, [...(byTable.get(table) ?? []), { file, sheet }]);
      taken.add(file);
    }
  }
  return byTable;
}

function refusedWorkbook(file: string, kind: string): Problem {
  return problem({
    code: 'workbook-refused',
    file,
    message: {
      zh: `${file} 是 ${kind} 格式的工作簿，不能读取。请在 Excel 中打开，“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再放入导出文件夹。`,
      en: `${file} is a workbook in ${kind} format, which is not read. Open it in Excel, choose File → Save As, pick "Excel Workbook (*.xlsx)", and put that file in the export folder.`,
    },
  });
}

function unknownSheet(file: string, sheet: string): Problem {
  const known = Object.values(SHEET_NAMES).join('、');
  return problem({
    code: 'workbook-unknown-sheet',
    file,
    sheet,
    message: {
      zh: `工作表「${sheet}」不对应任何表格，没有读取。工作表应以表格命名：${known}（或 honorees 等英文文件名）。`,
      en: `Sheet "${sheet}" is no table of the format and was not read. Name sheets after their tables: ${known} (or the file names such as honorees).`,
    },
  });
}

function duplicateTable(table: TableName, csv: string | undefined, sheets: readonly TableSheet[]): Problem {
  const sources = [...(csv ? [csv] : []), ...sheets.map(({ file, sheet }) => `${file}「${sheet.name}」`)];
  const sourcesEn = [...(csv ? [csv] : []), ...sheets.map(({ file, sheet }) => `${file} sheet "${sheet.name}"`)];
  const first = csv ? { file: csv } : { file: sheets[0]!.file, sheet: sheets[0]!.sheet.name };
  return problem({
    code: 'workbook-duplicate-table',
    ...first,
    message: {
      zh: `表格「${SHEET_NAMES[table]}」（${TABLES[table].file}）出现了 ${sources.length} 次：${sources.join('、')}。只能保留一份，请删除其余的。`,
      en: `The table ${TABLES[table].title.en} (${TABLES[table].file}) is given ${sources.length} times: ${sourcesEn.join(', ')}. Keep one and remove the others.`,
    },
  });
}

function photoCells(tables: ExportTables): Map<string, CellLocation> {
  const cells = new Map<string, CellLocation>();
  tables.honorees.rows.forEach((row, index) => {
    if (row.photo !== undefined) cells.set(row.id, cellAt(tables.honorees, index, 'photo'));
  });
  return cells;
}

type Reader = (name: string) => Promise<{ file: string; bytes: Uint8Array } | undefined>;

async function readBoundaries(read: Reader, crs: Release['crs'], problems: Problem[]) {
  const [geojson, topojson] = await Promise.all(BOUNDARY_FILES.map(read));
  const found = geojson ?? topojson;
  if (!found) {
    problems.push(missingFile(BOUNDARY_FILES.join(' / ')));
    return undefined;
  }
  if (geojson && topojson) {
    problems.push(
      problem({
        code: 'ambiguous-file',
        file: topojson.file,
        message: {
          zh: `同时有 ${geojson.file} 和 ${topojson.file}，只读取 ${geojson.file}。`,
          en: `Both ${geojson.file} and ${topojson.file} are present; only ${geojson.file} is read.`,
        },
      }),
    );
  }
  const parsed = parseJsonFile(found.bytes, found.file);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  const result = readBoundaryValue(parsed.value, found.file, crs);
  problems.push(...result.problems);
  return { file: found.file, features: result.boundaries as readonly LocatedBoundary[] };
}

/** Windows does not care about case, web servers and this build do: a near match is read, with a warning. */
function locate(listing: Map<string, string>, name: string): { file: string; problems: Problem[] } | undefined {
  const actual = listing.get(name.toLowerCase());
  if (actual === undefined) return undefined;
  if (actual === name) return { file: name, problems: [] };
  return {
    file: actual,
    problems: [
      problem({
        code: 'file-name-case',
        file: actual,
        message: { zh: `文件名应为 ${name}（大小写不同），已按 ${name} 读取。`, en: `The file should be named ${name} (different case); it was read as ${name}.` },
      }),
    ],
  };
}

function missingFile(file: string): Problem {
  return problem({ code: 'missing-file', file, message: { zh: `导出文件夹中没有 ${file}。`, en: `${file} is not in the export folder.` } });
}

const FILE_ORDER = [RELEASE_FILE, ...Object.values(TABLES).map((table) => table.file), ...BOUNDARY_FILES];

/** Problems in reading order: file by file as the export lists them, then line and column. */
function sortProblems(problems: Problem[]): Problem[] {
  const rank = (file: string) => {
    const index = FILE_ORDER.indexOf(file.toLowerCase());
    return index === -1 ? FILE_ORDER.length : index;
  };
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        rank(a.problem.file) - rank(b.problem.file) ||
        (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : 0) ||
        sheetRank(a.problem.sheet) - sheetRank(b.problem.sheet) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

const TABLE_ORDER = Object.keys(TABLES) as TableName[];

/** A workbook's sheets in the order of the tables they hold (the file's own problems first, unknown sheets last). */
function sheetRank(sheet: string | undefined): number {
  if (sheet === undefined) return -1;
  const table = tableOfSheetName(sheet);
  return table === undefined ? TABLE_ORDER.length : TABLE_ORDER.indexOf(table);
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}
