// Excel workbooks (.xlsx) as exports: each sheet becomes the same rows a CSV gives (ParsedCsv), its cells taken as
// Excel shows them — real dates and date serials as YYYY-MM-DD, numbers at the value they hold (never in exponent
// form), formulas by their cached value, a story's line breaks as paragraphs — so every later check, the
// privacy gate included, runs unchanged. Read by exceljs (never by hand); in Node and, bundled, in the browser.
import ExcelJS from 'exceljs';
import { columnLetters } from './column-letters.ts';
import { headerKey } from './columns.ts';
import type { ParsedCsv } from './csv.ts';
import { problem } from './problems.ts';
import type { Problem } from './report.ts';
import { shownValue } from './report.ts';
import type { FieldSpec } from './schemas/index.ts';

/** One cell as read: what its value is, before the column's type decides its text. */
export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; dateFormat: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  /** A formula whose value Excel never computed and stored (a file written by a program, not saved by Excel). */
  | { kind: 'formula-without-value'; formula: string }
  | { kind: 'error'; error: string };

export interface SheetData {
  name: string;
  /** Excel row r (1-based) is rows[r - 1]; column c (1-based) is rows[r - 1][c - 1]. */
  rows: SheetCell[][];
  /** Merged ranges as Excel names them, e.g. "A1:B1". */
  merges: string[];
  hidden: boolean;
}

export interface WorkbookData {
  file: string;
  sheets: SheetData[];
}

/** A workbook file the format does not take, with what to do instead. */
export const REFUSED_WORKBOOKS: Readonly<Record<string, string>> = { xls: 'Excel 97–2003', xlsm: 'macro', xlsb: 'binary', et: 'WPS' };


/** Reads a workbook's sheets; a file that is not a readable .xlsx is one problem naming it. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<{ ok: true; workbook: WorkbookData } | { ok: false; problem: Problem }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type; a Uint8Array is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
    return {
      ok: false,
      problem: problem({
        code: 'workbook-unreadable',
        file,
        message: {
          zh: `${file} 不是可读取的 Excel 工作簿（.xlsx）：${detail}。请在 Excel 中打开并“另存为” Excel 工作簿（*.xlsx）。`,
          en: `${file} is not a readable Excel workbook (.xlsx): ${detail}. Open it in Excel and "Save As" Excel Workbook (*.xlsx).`,
        },
      }),
    };
  }
  const sheets: SheetData[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: SheetCell[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = sheetCell(cell);
      });
      for (let column = 0; column < cells.length; column++) cells[column] ??= { kind: 'empty' };
      rows[rowNumber - 1] = cells;
    });
    for (let row = 0; row < rows.length; row++) rows[row] ??= [];
    const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).slice().sort();
    sheets.push({ name: worksheet.name, rows, merges, hidden: worksheet.state !== 'visible' });
  });
  return { ok: true, workbook: { file, sheets } };
}

function sheetCell(cell: ExcelJS.Cell): SheetCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { kind: 'empty' };
  return valueCell(cell.value, isDateFormat(cell.numFmt));
}

function valueCell(value: ExcelJS.CellValue, dateFormat: boolean): SheetCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value, dateFormat };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if ('error' in value) return { kind: 'error', error: value.error };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { kind: 'text', text: String(value.text ?? '') };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value && value.formula ? value.formula : String((value as ExcelJS.CellSharedFormulaValue).sharedFormula);
    if (value.result === undefined || value.result === null) return { kind: 'formula-without-value', formula };
    return valueCell(value.result as ExcelJS.CellValue, dateFormat);
  }
  return { kind: 'text', text: String(value) };
}

/** Excel's own date formats and any custom one that shows a year, month or day (and is not a duration). */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymd]/i.test(plain) || /年|月|日/.test(format);
}

/** Days since Excel's day 0 (1899-12-30, counting its phantom 1900-02-29) → YYYY-MM-DD. */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return isoDate(date);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A number as Excel shows its value: at most 15 significant digits (what Excel keeps), without binary noise
 * (0.1 + 0.2) and never in exponent form (a region code 610902001003 stays those digits).
 */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  const rounded = Number(value.toPrecision(15));
  if (Math.abs(rounded) >= 1e21 || (rounded !== 0 && Math.abs(rounded) < 1e-6)) return rounded.toFixed(20).replace(/\.?0+$/, '');
  return String(rounded);
}

/** A story typed in Excel: each line break (Alt+Enter) starts a paragraph, which the CSV format writes as a blank line. */
function paragraphText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length === 1) return text;
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** Where a cell of a sheet is, for a problem. */
interface SheetPlace {
  file: string;
  sheet: string;
  row: number;
  column: number;
  field: string;
}

/**
 * One sheet → the rows a CSV of the same table would give: the first non-empty row is the header, every later
 * non-empty row a record. `fields`: the table's fields, so that a date column's serial numbers read as dates.
 */
export function sheetRows(sheet: SheetData, file: string, fields: Record<string, FieldSpec>): ParsedCsv & { sheet: string } {
  const problems: Problem[] = [];
  const byKey = new Map<string, FieldSpec>();
  for (const field of Object.values(fields)) {
    byKey.set(headerKey(field.name), field);
    byKey.set(headerKey(field.alias), field);
  }
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cell.kind !== 'empty'));
  const headerCells = headerIndex === -1 ? [] : sheet.rows[headerIndex]!;
  const header = headerCells.map((cell) => (cell.kind === 'text' ? cell.text.trim() : cell.kind === 'empty' ? '' : plainText(cell)));
  while (header.length > 0 && header.at(-1) === '') header.pop();
  const types = header.map((written) => byKey.get(headerKey(written)));
  const headerRow = headerIndex + 1;

  for (const range of sheet.merges) {
    problems.push(
      problem({
        code: 'workbook-merged-cells',
        file,
        sheet: sheet.name,
        row: rangeStartRow(range),
        line: rangeStartRow(range),
        field: range,
        message: {
          zh: `合并的单元格 ${range}：合并后只有左上角的格子有值，其余各格读作空白。请取消合并，每行每列各填一个值。`,
          en: `Merged cells ${range}: only the top-left cell of a merge holds a value, the others read as empty. Unmerge them and fill one value per row and column.`,
        },
      }),
    );
  }

  const records: string[][] = [];
  const excelRows: number[] = [];
  for (let index = headerIndex + 1; index > 0 && index < sheet.rows.length; index++) {
    const row = sheet.rows[index]!;
    if (!row.some((cell) => cell.kind !== 'empty')) continue;
    const excelRow = index + 1;
    const record = header.map((written, column) => {
      const place = { file, sheet: sheet.name, row: excelRow, column: column + 1, field: written || columnLetters(column + 1) };
      return recordCell(row[column] ?? { kind: 'empty' }, types[column], place, problems);
    });
    // Cells beyond the header are a malformed record in a CSV; in a sheet they are named here.
    row.slice(header.length).forEach((cell, offset) => {
      if (cell.kind === 'empty') return;
      const column = header.length + offset + 1;
      problems.push(
        problem({
          code: 'workbook-cell-outside-table',
          file,
          sheet: sheet.name,
          row: excelRow,
          line: excelRow,
          column,
          field: columnLetters(column),
          value: shownValue(plainText(cell)),
          message: {
            zh: `${columnLetters(column)} 列没有表头，这一格的值无处可放，已忽略。请删除它，或为这一列加上表头。`,
            en: `Column ${columnLetters(column)} has no header, so this cell's value belongs to no field and is ignored. Delete it, or give the column a header.`,
          },
        }),
      );
    });
    records.push(record);
    excelRows.push(excelRow);
  }
  return {
    sheet: sheet.name,
    header,
    headerLine: headerRow,
    headerRow,
    records,
    lines: excelRows,
    excelRows,
    malformed: new Map(),
    problems,
  };
}

function rangeStartRow(range: string): number {
  return Number(/\d+/.exec(range)?.[0] ?? 1);
}

/** A cell's text for a header or a message. */
function plainText(cell: SheetCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return numberText(cell.value);
    case 'date':
      return isoDate(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'formula-without-value':
      return `=${cell.formula}`;
    case 'error':
      return cell.error;
  }
}

function recordCell(cell: SheetCell, field: FieldSpec | undefined, place: SheetPlace, problems: Problem[]): string {
  const type = field?.publishedType;
  const at = { file: place.file, sheet: place.sheet, row: place.row, line: place.row, column: place.column, field: place.field };
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return field?.paragraphs === 'blank-line' ? paragraphText(cell.text) : cell.text.replace(/\r\n?/g, '\n');
    case 'number':
      if (type === 'date' || (cell.dateFormat && type !== 'number' && type !== 'integer')) {
        const date = excelSerialDate(cell.value);
        if (date !== undefined) return date;
      }
      return numberText(cell.value);
    case 'date':
      return isoDate(cell.value);
    case 'boolean':
      // The format's yes/no columns (同意公开) take 是/否.
      return cell.value ? '是' : '否';
    case 'formula-without-value':
      problems.push(
        problem({
          code: 'workbook-formula-without-value',
          ...at,
          value: shownValue(`=${cell.formula}`),
          message: {
            zh: `公式「=${shownValue(cell.formula)}」没有保存计算结果（文件不是由 Excel 保存的）。请在 Excel 中打开、保存后再导出，或把公式换成数值。`,
            en: `The formula "=${shownValue(cell.formula)}" has no stored result (the file was not saved by Excel). Open and save it in Excel, or replace the formula with its value.`,
          },
        }),
      );
      return '';
    case 'error':
      problems.push(
        problem({
          code: 'workbook-cell-error',
          ...at,
          value: cell.error,
          message: {
            zh: `这一格显示错误值 ${cell.error}，不是数据。请改正公式或填写数值。`,
            en: `The cell shows the error ${cell.error}, not data. Fix the formula or enter the value.`,
          },
        }),
      );
      return '';
  }
}
