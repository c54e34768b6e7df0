// Where a problem about a CSV record points: the row Excel shows, the record's id, and the physical line.
import type { Column } from './columns.ts';
import type { ParsedCsv } from './csv.ts';
import { shownValue } from './report.ts';

/**
 * The part of a problem that names one record of a CSV file (or its header). Staff fix the export
 * in Excel, where a record whose story holds line breaks is one row: `row` is that row, `line` the
 * physical line a text editor shows.
 */
export interface RecordLocation {
  file: string;
  /** The sheet, when the file is a workbook (`line` is then the sheet's row). */
  sheet?: string;
  /** The row as Excel numbers it: header 1, first record 2; blank lines count, Excel shows them as empty rows. */
  row: number;
  /** The record's id (see `recordKey` in the schemas), masked and shortened like any value; absent when its cells are empty. */
  recordId?: string;
  /** 1-based physical line where the record (or, for a cell, the cell) starts. */
  line: number;
}

/** One cell of a record: its column and its header as the file wrote it (or the field's name when the file lacks the column). */
export interface CellLocation extends RecordLocation {
  column?: number;
  field: string;
}

/** The id shown for a record: its key values (raw cells or typed values) joined by "/", e.g. 610902100201/2023. */
export function recordIdOf(values: readonly unknown[]): string | undefined {
  const parts = values.map((value) => (value === undefined || value === null ? '' : String(value).trim())).filter((part) => part !== '');
  return parts.length > 0 ? shownValue(parts.join('/')) : undefined;
}

/** Points into a parsed file. Records are located only when a problem needs them: a million clean fund lines cost nothing. */
export interface RecordLocator {
  /** The header row, for problems about a column. */
  header: RecordLocation;
  /** Record `index` of `ParsedCsv.records` (blank rows left out). */
  record(index: number): RecordLocation;
}

/** `keyColumns`: 0-based columns of the table's record key that the file has, in key order. */
export function locateRecords(parsed: ParsedCsv & { sheet?: string }, file: string, keyColumns: readonly number[]): RecordLocator {
  const sheet = parsed.sheet !== undefined ? { sheet: parsed.sheet } : {};
  return {
    header: { file, ...sheet, row: parsed.headerRow, line: parsed.headerLine },
    record(index) {
      const cells = parsed.records[index] ?? [];
      const recordId = recordIdOf(keyColumns.map((column) => cells[column]));
      return { file, ...sheet, row: parsed.excelRows[index] ?? 1, ...(recordId !== undefined ? { recordId } : {}), line: parsed.lines[index] ?? 1 };
    },
  };
}

/** What a validated table keeps to point back into its file: each row's line and Excel row, and which fields name a row. */
export interface LocatedRows {
  file: string;
  sheet?: string;
  rows: readonly unknown[];
  lines: readonly number[];
  excelRows: readonly number[];
  recordKey: readonly string[];
}

/** Row `index` of a validated table, named by its typed key values (the same text as the cells, trimmed). */
export function recordAt(table: LocatedRows, index: number): RecordLocation {
  const row = (table.rows[index] ?? {}) as Record<string, unknown>;
  const recordId = recordIdOf(table.recordKey.map((key) => row[key]));
  const sheet = table.sheet !== undefined ? { sheet: table.sheet } : {};
  return { file: table.file, ...sheet, row: table.excelRows[index] ?? 1, ...(recordId !== undefined ? { recordId } : {}), line: table.lines[index] ?? 1 };
}

/** A cell of `record`; `linesInto` counts the line breaks in the record's cells before it. */
export function cellOf(record: RecordLocation, column: Column | undefined, field: string, linesInto = 0): CellLocation {
  return { ...record, line: record.line + linesInto, ...(column ? { column: column.index + 1, field: column.header } : { field }) };
}
