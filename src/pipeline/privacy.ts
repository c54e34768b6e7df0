// The PIPL gate over the export: no resident ID, mobile or bank card number in any cell or JSON value.
import { countLineBreaks, type ParsedCsv } from './csv.ts';
import { findPersonalData, personalDataProblem } from './personal-data.ts';
import type { RecordLocator } from './record-location.ts';
import type { Problem } from './report.ts';

export {
  findPersonalData,
  maskPersonalData,
  personalDataProblem,
  type PersonalDataHit,
  type PersonalDataKind,
  type PersonalDataLocation,
} from './personal-data.ts';

/** Scans the header and every cell of every row, malformed rows and unknown columns included. */
export function scanRecords(parsed: ParsedCsv, locate: RecordLocator): Problem[] {
  const problems: Problem[] = [];
  /** `index` of the record, or undefined for the header; located only when a number is found. */
  const scanRow = (cells: readonly string[], index?: number) => {
    let linesInto = 0;
    cells.forEach((cell, column) => {
      for (const hit of findPersonalData(cell)) {
        const field = parsed.header[column];
        const record = index === undefined ? locate.header : locate.record(index);
        problems.push(
          personalDataProblem(hit, {
            ...record,
            line: record.line + linesInto + countLineBreaks(cell.slice(0, hit.index)),
            column: column + 1,
            ...(field ? { field } : {}),
          }),
        );
      }
      if (cell.includes('\n')) linesInto += countLineBreaks(cell);
    });
  };
  scanRow(parsed.header);
  parsed.records.forEach((cells, index) => scanRow(cells, index));
  return problems;
}

/**
 * Scans every string and number in a parsed JSON value (release.json, boundary properties), keys included;
 * `field` is the JSON path (contact.address, features[3].properties.name), masked like any text.
 */
export function scanJsonValues(value: unknown, file: string, path = ''): Problem[] {
  if (typeof value === 'string' || typeof value === 'number') {
    return findPersonalData(String(value)).map((hit) => personalDataProblem(hit, { file, ...(path ? { field: path } : {}) }));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => scanJsonValues(item, file, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      return [...findPersonalData(key).map((hit) => personalDataProblem(hit, { file, field: at })), ...scanJsonValues(item, file, at)];
    });
  }
  return [];
}

