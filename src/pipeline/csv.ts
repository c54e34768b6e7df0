// Text → rows: the one Papa Parse wrapper, with the physical line where each row starts and its row in Excel.
import Papa from 'papaparse';
import { problem } from './problems.ts';
import type { RecordLocation, RecordLocator } from './record-location.ts';
import type { Problem } from './report.ts';

/** Why a record's cells cannot be trusted: unbalanced quotes, or more or fewer fields than the header. */
export type Malformation = { kind: 'quotes' } | { kind: 'field-count'; found: number };

export interface ParsedCsv {
  /** Header cells as written (BOM and surrounding spaces removed). */
  header: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  /** The header's row in Excel (1 unless blank rows come first). */
  headerRow: number;
  /** Data rows, blank rows left out; malformed rows are kept so every cell can still be scanned. */
  records: string[][];
  /** 1-based physical line where each record starts. */
  lines: number[];
  /** Each record's row as Excel shows the file: one row per record however many lines it spans, blank rows counted. */
  excelRows: number[];
  /** Indexes into `records` of rows whose quoting or field count is wrong; `malformedRecords` reports them. */
  malformed: Map<number, Malformation>;
  /** Problems of the file as a whole and of its header row. */
  problems: Problem[];
}

/**
 * Parses CSV text whose line breaks are already \n. Array mode rather than `header: true`: it is
 * twice as fast and keeps column positions for reporting. The first non-blank row is the header.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const problems: Problem[] = [];
  const startLines = rowStartLines(result.data);
  const quoteErrors = new Map<number, Papa.ParseError>();
  for (const error of result.errors) if (error.row !== undefined && !quoteErrors.has(error.row)) quoteErrors.set(error.row, error);

  let header: string[] | undefined;
  let headerLine = 1;
  let headerRow = 1;
  const records: string[][] = [];
  const lines: number[] = [];
  const excelRows: number[] = [];
  const malformed = new Map<number, Malformation>();
  result.data.forEach((cells, row) => {
    const line = startLines[row] ?? 1;
    if (isBlank(cells)) return;
    if (!header) {
      header = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
      headerLine = line;
      headerRow = row + 1;
      if (quoteErrors.has(row)) problems.push(quoteProblem({ file, row: headerRow, line }));
      return;
    }
    const index = records.length;
    let shaped = cells;
    if (quoteErrors.has(row)) malformed.set(index, { kind: 'quotes' });
    else if (cells.length !== header.length) {
      shaped = trimEmptyTail(cells, header.length);
      if (shaped.length !== header.length) malformed.set(index, { kind: 'field-count', found: cells.length });
    }
    records.push(shaped);
    lines.push(line);
    // Papa Parse's rows are Excel's: a quoted line break stays inside its row, and blank rows are kept (until here).
    excelRows.push(row + 1);
  });

  if (!header) {
    problems.push(problem({ code: 'missing-header', file, message: { zh: '文件是空的，没有表头行。', en: 'The file is empty: there is no header row.' } }));
  }
  return { header: header ?? [], headerLine, headerRow, records, lines, excelRows, malformed, problems };
}

/** One problem per malformed record, at its row and with its id as far as its cells can be read. */
export function malformedRecords(parsed: ParsedCsv, locate: RecordLocator): Problem[] {
  return [...parsed.malformed].map(([index, malformation]) =>
    malformation.kind === 'quotes'
      ? quoteProblem(locate.record(index))
      : fieldCountProblem(locate.record(index), malformation.found, parsed.header.length),
  );
}

/** Quoted fields may hold line breaks, so a row spans one line plus the breaks inside its cells. */
function rowStartLines(rows: string[][]): number[] {
  const starts = new Array<number>(rows.length);
  let line = 1;
  for (let row = 0; row < rows.length; row++) {
    starts[row] = line;
    line += 1;
    for (const cell of rows[row] ?? []) if (cell.includes('\n')) line += countLineBreaks(cell);
  }
  return starts;
}

export function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Empty lines and rows of empty cells (Excel writes ",,,," for formatted but empty rows). */
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Excel pads rows with empty cells past the last column; only non-empty extra cells are a problem. */
function trimEmptyTail(cells: string[], width: number): string[] {
  if (cells.length < width) return cells;
  return cells.slice(width).every((cell) => cell.trim() === '') ? cells.slice(0, width) : cells;
}

function quoteProblem(at: RecordLocation): Problem {
  return problem({
    code: 'malformed-csv',
    ...at,
    message: {
      zh: '引号不成对：以引号开头的字段必须以引号结束，字段中的引号要写成两个（""）。',
      en: 'Unbalanced quotes: a field that starts with a quote must end with one, and quotes inside it are written twice ("").',
    },
  });
}

function fieldCountProblem(at: RecordLocation, found: number, expected: number): Problem {
  return problem({
    code: 'field-count',
    ...at,
    message: {
      zh: `这一行有 ${found} 个字段，表头有 ${expected} 列。含逗号的内容要用英文引号括起来。`,
      en: `This row has ${found} fields but the header has ${expected} columns. Text containing commas must be in double quotes.`,
    },
  });
}
