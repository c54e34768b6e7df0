// Rows of cells → typed rows: every cell parsed by its field's schema, every failing cell a problem.
import type { ColumnMap } from './columns.ts';
import type { ParsedCsv } from './csv.ts';
import { countLineBreaks } from './csv.ts';
import { problem } from './problems.ts';
import { shownValue, type Problem } from './report.ts';
import type { FieldSpec } from './schemas/index.ts';

export interface ValidatedRows<Row> {
  rows: Row[];
  /** 1-based line where each row starts. */
  lines: number[];
  /**
   * Primary-key values of rows left out for a bad cell. References to them are not reported a
   * second time as "does not exist": the row's own problem already says what is wrong.
   */
  rejectedKeys: Set<string>;
  problems: Problem[];
}

interface TableFields {
  fields: Record<string, FieldSpec>;
  primaryKey: string | undefined;
}

/** Validates each well-formed record. A row with any bad cell is reported cell by cell and left out. */
export function validateRecords<Row>(table: TableFields, parsed: ParsedCsv, map: ColumnMap, file: string): ValidatedRows<Row> {
  const fields = Object.values(table.fields);
  const present = fields.map((field) => map.columns.get(field.name));
  const parsers = fields.map((field) => memoized(field));
  const keyColumn = table.primaryKey !== undefined ? map.columns.get(table.primaryKey) : undefined;
  const rows: Row[] = [];
  const lines: number[] = [];
  const rejectedKeys = new Set<string>();
  const problems: Problem[] = [];

  parsed.records.forEach((cells, index) => {
    const line = parsed.lines[index] ?? 1;
    const rejectKey = () => {
      const key = keyColumn ? cells[keyColumn.index]?.trim() : undefined;
      if (key) rejectedKeys.add(key);
    };
    if (parsed.malformed.has(index) || map.missingRequired.length > 0) return rejectKey();

    const row: Record<string, unknown> = {};
    let ok = true;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const column = present[f];
      const cell = column ? (cells[column.index] ?? '') : '';
      const value = parsers[f]!(cell);
      if (value !== INVALID) {
        row[field.name] = value;
        continue;
      }
      ok = false;
      const cellLine = column ? line + linesBefore(cells, column.index) : line;
      problems.push(cellProblem(field, cell, { file, line: cellLine, ...(column ? { column: column.index + 1, field: column.header } : { field: field.name }) }));
    }
    if (ok) {
      rows.push(row as Row);
      lines.push(line);
    } else rejectKey();
  });
  return { rows, lines, rejectedKeys, problems };
}

/** What a parser returns for a cell its schema rejects (undefined is a valid value: an empty optional cell). */
const INVALID = Symbol('invalid cell');

/**
 * A field's parser with a memo: enumerations, ids and dates repeat across a million fund lines,
 * and a Map lookup is cheaper than a schema run. Columns whose values hardly repeat (amounts,
 * stories) stop using the memo once it is full, since hashing them only adds cost.
 */
function memoized(field: FieldSpec): (cell: string) => unknown {
  const memo = new Map<string, unknown>();
  let lookups = 0;
  let hits = 0;
  let useMemo = true;
  const parse = (cell: string) => {
    const parsed = field.schema.safeParse(cell);
    return parsed.success ? parsed.data : INVALID;
  };
  return (cell) => {
    if (!useMemo) return parse(cell);
    lookups++;
    const known = memo.get(cell);
    if (known !== undefined || memo.has(cell)) {
      hits++;
      return known;
    }
    const value = parse(cell);
    if (memo.size < MEMO_SIZE) memo.set(cell, value);
    else if (hits < lookups / 2) {
      useMemo = false;
      memo.clear();
    }
    return value;
  };
}

const MEMO_SIZE = 20_000;

function linesBefore(cells: string[], column: number): number {
  let count = 0;
  for (let i = 0; i < column; i++) {
    const cell = cells[i] ?? '';
    if (cell.includes('\n')) count += countLineBreaks(cell);
  }
  return count;
}

/** How a field is named in English sentences: region_code → region code. */
export function fieldLabel(field: FieldSpec): string {
  return field.name.replaceAll('_', ' ');
}

interface CellLocation {
  file: string;
  line: number;
  column?: number;
  field: string;
}

export function cellProblem(field: FieldSpec, cell: string, at: CellLocation): Problem {
  const value = cell.trim();
  const shown = shownValue(value);
  const base = { ...at, expected: field.expected };
  const label = fieldLabel(field);
  if (value === '') {
    return problem({ ...base, code: 'required', message: { zh: `${field.alias}不能为空。`, en: `${capitalize(label)} must not be empty.` } });
  }
  const withValue = { ...base, value: shown };
  if (field.enum) {
    return problem({
      ...withValue,
      code: 'unknown-enum',
      message: { zh: `${field.alias}「${shown}」不是可选的值。`, en: `${capitalize(label)} "${shown}" is not one of the allowed values.` },
    });
  }
  if (field.publishedType === 'date') {
    const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
    return problem({
      ...withValue,
      code: 'invalid-date',
      message: shaped
        ? { zh: `${field.alias}「${shown}」这一天不存在。`, en: `${capitalize(label)} "${shown}" is a date that does not exist.` }
        : { zh: `${field.alias}「${shown}」不是 YYYY-MM-DD 格式的日期。`, en: `${capitalize(label)} "${shown}" is not a date written YYYY-MM-DD.` },
    });
  }
  if ((field.publishedType === 'integer' || field.publishedType === 'number') && /^-\s*[\d,.]+$/.test(value)) {
    return problem({
      ...withValue,
      code: 'negative-number',
      message: { zh: `${field.alias}「${shown}」是负数。`, en: `${capitalize(label)} "${shown}" is negative.` },
    });
  }
  return problem({
    ...withValue,
    code: 'invalid-value',
    message: { zh: `${field.alias}「${shown}」不符合要求。`, en: `${capitalize(label)} "${shown}" is not valid.` },
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
