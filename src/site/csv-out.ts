// CSV for people to download: UTF-8 with BOM so Excel in China opens it, CRLF, RFC 4180 quoting,
// and cells that a spreadsheet would run as a formula neutralised.

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
/** Leading characters that make Excel, WPS or LibreOffice treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe; numbers are written as numbers. */
export function neutraliseCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map((name) => quote(neutraliseCell(name))).join(',')];
  for (const row of rows) lines.push(csvLine(row));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One row of toCsv's output, without its line break. */
export function csvLine(row: readonly CsvCell[]): string {
  return row.map((cell) => quote(neutraliseCell(cell))).join(',');
}

/**
 * toCsv's text in pieces of about `chunkLines` lines, for a file too large to be one string (1,000,000 fund lines
 * at scale): the pieces joined are toCsv's text, character for character.
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvCell[]>, chunkLines = 10_000): Generator<string> {
  let chunk = `${BOM}${csvLine(header)}\r\n`;
  let lines = 0;
  for (const row of rows) {
    chunk += `${csvLine(row)}\r\n`;
    if (++lines === chunkLines) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

/** Fen as yuan with two decimals, the way amounts are published (12345 → "123.45"). */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
