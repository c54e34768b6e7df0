// One export CSV: decode → parse → map the header → validate every cell → scan every cell for personal data.
import type { z } from 'zod';
import { mapColumns, type Column } from './columns.ts';
import { malformedRecords, parseCsv, type ParsedCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { scanRecords } from './privacy.ts';
import { problem } from './problems.ts';
import { locateRecords } from './record-location.ts';
import type { Problem } from './report.ts';
import type { FieldSpec } from './schemas/index.ts';
import { validateRecords } from './validate.ts';

/** A table's good rows, with what later checks need to point back into the file. */
export interface TableData<Row> {
  /** File name inside the export folder. */
  file: string;
  /** The sheet, when the table was read from a workbook. */
  sheet?: string;
  /** False when the file is missing or unreadable: checks against it would only repeat that. */
  present: boolean;
  rows: Row[];
  /** 1-based line where each row starts. */
  lines: number[];
  /** Each row's row in Excel (header 1): what a problem about the row names first. */
  excelRows: number[];
  /** Fields whose values name a row in problems (its id; see `recordKey` in schemas/fields.ts). */
  recordKey: readonly string[];
  /** Canonical field → its column in the file. */
  columns: Map<string, Column>;
  /** Primary keys of rows left out for bad cells. */
  rejectedKeys: Set<string>;
}

export interface TableSchema<R extends z.ZodType = z.ZodType> {
  file: string;
  fields: Record<string, FieldSpec>;
  primaryKey: string | undefined;
  recordKey: readonly string[];
  /** An optional table may be left out of the export: absent, it is an empty table and no problem. */
  optional?: boolean;
  row: R;
}

export function emptyTable<Row>(file: string, recordKey: readonly string[]): TableData<Row> {
  return { file, present: false, rows: [], lines: [], excelRows: [], recordKey, columns: new Map(), rejectedKeys: new Set() };
}

/** `bytes` undefined means the file is not in the export, which is itself an error unless the table is optional. */
export function readTable<R extends z.ZodType>(
  table: TableSchema<R>,
  bytes: Uint8Array | undefined,
  file = table.file,
): { data: TableData<z.output<R>>; problems: Problem[] } {
  if (!bytes && table.optional) return { data: emptyTable(file, table.recordKey), problems: [] };
  if (!bytes) {
    return {
      data: emptyTable(file, table.recordKey),
      problems: [problem({ code: 'missing-file', file, message: { zh: `导出文件夹中没有 ${file}。`, en: `${file} is not in the export folder.` } })],
    };
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { data: emptyTable(file, table.recordKey), problems: [decoded.problem] };
  return tableFromRows(table, parseCsv(decoded.text, file), file);
}

/**
 * Rows of a CSV, or of a workbook's sheet (src/pipeline/workbook.ts) → the table: header mapped, every cell
 * validated and scanned for personal data, every problem at its row (and sheet) and column.
 */
export function tableFromRows<R extends z.ZodType>(
  table: TableSchema<R>,
  parsed: ParsedCsv & { sheet?: string },
  file: string,
): { data: TableData<z.output<R>>; problems: Problem[] } {
  const map = mapColumns(parsed.header, table.fields, locateRecords(parsed, file, []).header);
  const keyColumns = table.recordKey.flatMap((name) => map.columns.get(name)?.index ?? []);
  const locate = locateRecords(parsed, file, keyColumns);
  const validated = validateRecords<z.output<R>>(table, parsed, map, locate);
  const problems = [...parsed.problems, ...malformedRecords(parsed, locate), ...map.problems, ...validated.problems, ...scanRecords(parsed, locate)];
  return {
    data: {
      file,
      ...(parsed.sheet !== undefined ? { sheet: parsed.sheet } : {}),
      present: parsed.header.length > 0,
      rows: validated.rows,
      lines: validated.lines,
      excelRows: validated.excelRows,
      recordKey: table.recordKey,
      columns: map.columns,
      rejectedKeys: validated.rejectedKeys,
    },
    problems,
  };
}
