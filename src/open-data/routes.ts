// The files of a release's open data — every table as CSV and JSON, and datapackage.json — and their contents.
import { dataPackage } from './derive/open-data-package.ts';
import { fileStem, OPEN_TABLES, openCsvChunks, openJsonChunks, type OpenRow } from './derive/open-data.ts';
import type { Release, TableName } from '../pipeline/schemas/index.ts';

export const PACKAGE_FILE = 'datapackage.json';

export interface OpenDataFile {
  file: string;
  table?: TableName;
  format: 'csv' | 'json';
}

export const OPEN_DATA_FILES: OpenDataFile[] = [
  ...OPEN_TABLES.flatMap((table): OpenDataFile[] => [
    { file: `${fileStem(table)}.csv`, table, format: 'csv' },
    { file: `${fileStem(table)}.json`, table, format: 'json' },
  ]),
  { file: PACKAGE_FILE, format: 'json' },
];

export interface FileSource {
  release: Omit<Release, 'contact'>;
  rows: (table: TableName) => Promise<Iterable<OpenRow>>;
  /** Absolute address of the page that lists these files. */
  homepage: string;
}

/** The dataset part each open table is made from (fund lines come with their projects). */
export const TABLE_PARTS: Record<TableName, string> = {
  regions: 'regions', notices: 'notices', honorees: 'honorees', projects: 'projects', fundLines: 'projects',
  pairings: 'pairings', indicators: 'indicators', targets: 'targets',
};

export async function openDataFileResponse(file: string, source: FileSource): Promise<Response> {
  const entry = OPEN_DATA_FILES.find((candidate) => candidate.file === file);
  if (!entry) return new Response(null, { status: 404 });
  if (!entry.table) {
    const body = `${JSON.stringify(dataPackage({ release: source.release, homepage: source.homepage }), null, 2)}\n`;
    return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const rows = await source.rows(entry.table);
  return entry.format === 'csv'
    ? new Response(encodedStream(openCsvChunks(entry.table, rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(encodedStream(openJsonChunks(rows)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * A file's text as a stream of UTF-8 pieces, each made when the reader asks for it: at 100,000 honorees the
 * largest file (fund_lines.json, 110 MB) was one string of twice that in memory beside its 1,000,000 rows and
 * their 1,000,000 lines, ~0.7 GB at the top of the Astro step's peak memory; now only the bytes are held.
 */
function encodedStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
