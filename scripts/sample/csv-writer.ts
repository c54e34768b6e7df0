// RFC 4180 CSV written to disk in chunks, so a million fund lines never sit in one string.

import { closeSync, openSync, writeSync } from 'node:fs';

/** One column of an export file: its English name, its Chinese alias (PRODUCT.md §4) and how to read it off a row. */
export interface CsvColumn<Row> {
  en: string;
  zh: string;
  value: (row: Row) => string | number;
}

export type HeaderLanguage = 'en' | 'zh';

/** How the bytes look: Excel in China saves UTF-8 with a BOM and CRLF; scripts write plain UTF-8 and LF. */
export interface CsvDialect {
  bom: boolean;
  lineEnding: '\r\n' | '\n';
}

export const excelDialect: CsvDialect = { bom: true, lineEnding: '\r\n' };
export const plainDialect: CsvDialect = { bom: false, lineEnding: '\n' };

/**
 * Quotes a field when it holds a delimiter, a quote, a line break or edge spaces,
 * doubling inner quotes. Line breaks inside a field stay as written (LF), as Excel does.
 */
export function formatCsvField(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

export interface CsvFileWriter<Row> {
  write(row: Row): void;
  /** Flushes and closes the file; returns the number of data rows written. */
  close(): number;
}

const CHUNK_CHARS = 1 << 20;

export function openCsvFile<Row>(
  path: string,
  columns: readonly CsvColumn<Row>[],
  language: HeaderLanguage,
  dialect: CsvDialect,
): CsvFileWriter<Row> {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingChars = 0;
  let rows = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  const push = (line: string): void => {
    pending.push(line);
    pendingChars += line.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  };
  const header = columns.map((c) => formatCsvField(c[language])).join(',');
  push((dialect.bom ? '\uFEFF' : '') + header + dialect.lineEnding);
  return {
    write(row) {
      push(columns.map((c) => formatCsvField(String(c.value(row)))).join(',') + dialect.lineEnding);
      rows += 1;
    },
    close() {
      flush();
      closeSync(fd);
      return rows;
    },
  };
}

/** Writes all rows of an iterable and returns the row count. */
export function writeCsvFile<Row>(
  path: string,
  columns: readonly CsvColumn<Row>[],
  language: HeaderLanguage,
  dialect: CsvDialect,
  rows: Iterable<Row>,
): number {
  const writer = openCsvFile(path, columns, language, dialect);
  for (const row of rows) writer.write(row);
  return writer.close();
}
