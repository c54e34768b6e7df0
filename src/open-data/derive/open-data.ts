// The open data of a release: every export table as the public may see it — honorees filtered and masked
// exactly as on the site, revoked ones left out — one record per row, keyed by the schemas' field names.
import { csvChunks, fenToYuanText, type CsvCell } from '../../site/csv-out.ts';
import { TABLES, type FieldSpec, type TableName } from '../../pipeline/schemas/index.ts';
import type { SiteDataset } from '../../dataset/dataset.ts';
import type { PublishedHonoree } from '../../honorees/derive/honorees.ts';
import { publishedPhotoPath } from '../../honorees/derive/honoree-photos.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';

/** A published cell: JSON types only; amounts in yuan (two decimals), absent values null. */
export type OpenValue = string | number | boolean | null;
export type OpenRow = Record<string, OpenValue>;
export type OpenTables = Record<TableName, OpenRow[]>;

/** The tables in the order the export format lists them. */
export const OPEN_TABLES = Object.keys(TABLES) as TableName[];

/** What the open data is made from: the derived dataset, so it can never show more than the pages do. */
export type OpenDataSource = Pick<SiteDataset, 'regions' | 'honorees' | 'notices' | 'projects' | 'pairings' | 'indicators' | 'targets'>;

const FIELDS = new Map(OPEN_TABLES.map((table) => [table, Object.values(TABLES[table].fields) as FieldSpec[]]));

/** The table's fields in published order. */
export function fieldsOf(table: TableName): FieldSpec[] {
  return FIELDS.get(table) ?? [];
}

/** `fund_lines.csv` → `fund_lines`; the published files keep the export's names. */
export function fileStem(table: TableName): string {
  return TABLES[table].file.replace(/\.csv$/, '');
}

export function openDataTables(source: OpenDataSource): OpenTables {
  return Object.fromEntries(OPEN_TABLES.map((table) => [table, openDataTable(source, table)])) as OpenTables;
}

/** One table, made on its own: a page writing one file never holds the others (1,000,000 fund lines at scale). */
export function openDataTable(source: OpenDataSource, table: TableName): OpenRow[] {
  return table === 'fundLines' ? [...openDataRows(source, table)] : tableRows(source, table);
}

/**
 * One table's rows, made as they are read where a table is large: the fund lines one project at a time, so that
 * writing fund_lines.csv never holds 1,000,000 row objects at once (openDataTable's rows, in the same order).
 */
export function openDataRows(source: OpenDataSource, table: TableName): Iterable<OpenRow> {
  return table === 'fundLines' ? fundLines(source.projects) : tableRows(source, table);
}

function* fundLines(projects: readonly PublishedProject[]): Generator<OpenRow> {
  for (const project of projects) yield* fundLineRows(project);
}

/** How many rows openDataTable gives, without making them. */
export function openDataCount(source: OpenDataSource, table: TableName): number {
  switch (table) {
    case 'fundLines':
      return source.projects.reduce((sum, project) => sum + project.fundLines.length, 0);
    case 'targets':
      return (source.targets ?? []).length;
    default:
      return source[table].length;
  }
}

function tableRows(source: OpenDataSource, table: TableName): OpenRow[] {
  switch (table) {
    case 'regions':
      return source.regions.map((region) => ({
        code: region.code,
        name: region.name,
        level: region.level,
        parent_code: region.parentCode ?? null,
        population: region.population ?? null,
      }));
    case 'notices':
      return source.notices.map((notice) => completeRow('notices', notice));
    case 'honorees':
      return source.honorees.map(honoreeRow);
    case 'projects':
      return source.projects.map((project) => completeRow('projects', project));
    case 'fundLines':
      return source.projects.flatMap(fundLineRows);
    case 'pairings':
      return source.pairings.map((row) => completeRow('pairings', row));
    case 'indicators':
      return source.indicators.map((row) => completeRow('indicators', row));
    case 'targets':
      // Optional in the export: a release without targets.csv publishes the table empty.
      return (source.targets ?? []).map((row) => completeRow('targets', row));
  }
}

/** An honoree as published: in full with consent, otherwise masked name, kind, level, year and township only. */
export function honoreeRow(honoree: PublishedHonoree): OpenRow {
  if (!honoree.consent) {
    return completeRow('honorees', {
      id: honoree.id,
      kind: honoree.kind,
      name: honoree.name,
      year: honoree.year,
      level: honoree.level,
      region_code: honoree.townshipCode,
      consent: false,
      notice_id: honoree.noticeId,
      status: honoree.status,
    });
  }
  return completeRow('honorees', {
    id: honoree.id,
    kind: honoree.kind,
    name: honoree.name,
    gender: honoree.gender,
    year: honoree.year,
    level: honoree.level,
    region_code: honoree.villageCode ?? honoree.townshipCode,
    category: honoree.category,
    summary: honoree.summary,
    story: honoree.paragraphs.join('\n\n'),
    // The published photo on this site, never the export's file name (which may name a person or a number).
    photo: honoree.photo ? publishedPhotoPath(honoree.id) : null,
    consent: true,
    notice_id: honoree.noticeId,
    status: honoree.status,
    award: honoree.award,
  });
}

function fundLineRows(project: PublishedProject): OpenRow[] {
  return project.fundLines.map((line) => ({
    project_id: project.id,
    source: line.source,
    allocated: line.allocated / 100,
    disbursed: line.disbursed / 100,
    date: line.date ?? null,
  }));
}

/** Every field of the table in schema order; whatever the record lacks is null, whatever else it has is dropped. */
function completeRow(table: TableName, record: object): OpenRow {
  const values = record as Record<string, unknown>;
  const row: OpenRow = {};
  for (const field of fieldsOf(table)) {
    const value = values[field.name];
    row[field.name] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  }
  return row;
}

/** A yuan amount back in whole fen; the JSON number is fen / 100, so rounding recovers it exactly. */
function yuanText(value: number): string {
  return fenToYuanText(Math.round(value * 100));
}

/** UTF-8 CSV with BOM for Excel, header = field names, amounts as two-decimal yuan, formula injection neutralised. */
export function openCsv(table: TableName, rows: Iterable<OpenRow>): string {
  return [...openCsvChunks(table, rows)].join('');
}

/** openCsv's text in pieces (csvChunks): a file of 1,000,000 rows is never one string, nor its cells all made at once. */
export function openCsvChunks(table: TableName, rows: Iterable<OpenRow>): Generator<string> {
  const fields = fieldsOf(table);
  function* cells(): Generator<CsvCell[]> {
    for (const row of rows) {
      yield fields.map((field): CsvCell => {
        const value = row[field.name] ?? null;
        return field.publishedType === 'number' && typeof value === 'number' ? yuanText(value) : value;
      });
    }
  }
  return csvChunks(fields.map((field) => field.name), cells());
}

/** A JSON array with one record per line: small, and still readable and diffable. */
export function openJson(rows: Iterable<OpenRow>): string {
  return [...openJsonChunks(rows)].join('');
}

/** openJson's text in pieces of about `chunkRows` records. */
export function* openJsonChunks(rows: Iterable<OpenRow>, chunkRows = 10_000): Generator<string> {
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += `${count === 0 ? '[\n' : ',\n'}${JSON.stringify(row)}`;
    if (++count % chunkRows === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield count === 0 ? '[]\n' : `${chunk}\n]\n`;
}
