// Rows of cells → typed rows: every cell parsed by its field's schema, every failing cell a problem.
import type { Column, ColumnMap } from './columns.ts';
import type { ParsedCsv } from './csv.ts';
import { countLineBreaks } from './csv.ts';
import { problem } from './problems.ts';
import { cellOf, type CellLocation, type RecordLocator } from './record-location.ts';
import { shownValue, type Problem } from './report.ts';
import type { CellFault, FieldSpec } from './schemas/index.ts';

export interface ValidatedRows<Row> {
  rows: Row[];
  /** 1-based line where each row starts. */
  lines: number[];
  /** Each row's row in Excel. */
  excelRows: number[];
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
export function validateRecords<Row>(table: TableFields, parsed: ParsedCsv, map: ColumnMap, locate: RecordLocator): ValidatedRows<Row> {
  const fields = Object.values(table.fields);
  const present = fields.map((field) => map.columns.get(field.name));
  const parsers = fields.map((field) => memoized(field));
  const keyColumn = table.primaryKey !== undefined ? map.columns.get(table.primaryKey) : undefined;
  const rows: Row[] = [];
  const lines: number[] = [];
  const excelRows: number[] = [];
  const rejectedKeys = new Set<string>();
  const problems: Problem[] = [];
  const cellAt = (index: number, cells: string[], column: Column | undefined, field: FieldSpec): CellLocation =>
    cellOf(locate.record(index), column, field.name, column ? linesBefore(cells, column.index) : 0);

  parsed.records.forEach((cells, index) => {
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
        const caution = field.caution?.(cell.trim());
        if (caution) problems.push(faultProblem(field, cell, caution, cellAt(index, cells, column, field)));
        continue;
      }
      ok = false;
      problems.push(cellProblem(field, cell, cellAt(index, cells, column, field)));
    }
    if (ok) {
      rows.push(row as Row);
      lines.push(parsed.lines[index] ?? 1);
      excelRows.push(parsed.excelRows[index] ?? 1);
    } else rejectKey();
  });
  return { rows, lines, excelRows, rejectedKeys, problems };
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

export function cellProblem(field: FieldSpec, cell: string, at: CellLocation): Problem {
  const value = cell.trim();
  const shown = shownValue(value);
  const base = { ...at, expected: field.expected };
  const label = fieldLabel(field);
  if (value === '') {
    return problem({ ...base, code: 'required', message: { zh: `${field.alias}不能为空。`, en: `${capitalize(label)} must not be empty.` } });
  }
  const fault = field.fault?.(value);
  if (fault) return faultProblem(field, cell, fault, at);
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

/** A cell refused or changed for a reason its field gives: the value, then why. */
function faultProblem(field: FieldSpec, cell: string, fault: CellFault, at: CellLocation): Problem {
  const shown = shownValue(cell.trim());
  return problem({
    ...at,
    expected: field.expected,
    value: shown,
    code: fault.code,
    message: { zh: `${field.alias}「${shown}」${fault.reason.zh}`, en: `${capitalize(fieldLabel(field))} "${shown}" ${fault.reason.en}` },
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
