// One export CSV: decode → parse → map the header → validate every cell → scan every cell for personal data.
import type { z } from 'zod';
import { mapColumns, type Column } from './columns.ts';
import { parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { scanRecords } from './privacy.ts';
import { problem } from './problems.ts';
import type { Problem } from './report.ts';
import type { FieldSpec } from './schemas/index.ts';
import { validateRecords } from './validate.ts';

/** A table's good rows, with what later checks need to point back into the file. */
export interface TableData<Row> {
  /** File name inside the export folder. */
  file: string;
  /** False when the file is missing or unreadable: checks against it would only repeat that. */
  present: boolean;
  rows: Row[];
  /** 1-based line where each row starts. */
  lines: number[];
  /** Canonical field → its column in the file. */
  columns: Map<string, Column>;
  /** Primary keys of rows left out for bad cells. */
  rejectedKeys: Set<string>;
}

export interface TableSchema<R extends z.ZodType = z.ZodType> {
  file: string;
  fields: Record<string, FieldSpec>;
  primaryKey: string | undefined;
  row: R;
}

export function emptyTable<Row>(file: string): TableData<Row> {
  return { file, present: false, rows: [], lines: [], columns: new Map(), rejectedKeys: new Set() };
}

/** `bytes` undefined means the file is not in the export, which is itself an error. */
export function readTable<R extends z.ZodType>(
  table: TableSchema<R>,
  bytes: Uint8Array | undefined,
  file = table.file,
): { data: TableData<z.output<R>>; problems: Problem[] } {
  if (!bytes) {
    return {
      data: emptyTable(file),
      problems: [problem({ code: 'missing-file', file, message: { zh: `导出文件夹中没有 ${file}。`, en: `${file} is not in the export folder.` } })],
    };
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { data: emptyTable(file), problems: [decoded.problem] };

  const parsed = parseCsv(decoded.text, file);
  const map = mapColumns(parsed.header, table.fields, file, parsed.headerLine);
  const validated = validateRecords<z.output<R>>(table, parsed, map, file);
  const problems = [...parsed.problems, ...map.problems, ...validated.problems, ...scanRecords(parsed, file)];
  return {
    data: {
      file,
      present: parsed.header.length > 0,
      rows: validated.rows,
      lines: validated.lines,
      columns: map.columns,
      rejectedKeys: validated.rejectedKeys,
    },
    problems,
  };
}
