// The PIPL gate over the export: no resident ID, mobile or bank card number in any cell or JSON value.
import { countLineBreaks, type ParsedCsv } from './csv.ts';
import { findPersonalData, personalDataProblem } from './personal-data.ts';
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
export function scanRecords(parsed: ParsedCsv, file: string): Problem[] {
  const problems: Problem[] = [];
  const scanRow = (cells: readonly string[], line: number) => {
    let lineOfCell = line;
    cells.forEach((cell, index) => {
      for (const hit of findPersonalData(cell)) {
        const field = parsed.header[index];
        problems.push(
          personalDataProblem(hit, {
            file,
            line: lineOfCell + countLineBreaks(cell.slice(0, hit.index)),
            column: index + 1,
            ...(field ? { field } : {}),
          }),
        );
      }
      if (cell.includes('\n')) lineOfCell += countLineBreaks(cell);
    });
  };
  scanRow(parsed.header, parsed.headerLine);
  parsed.records.forEach((cells, index) => scanRow(cells, parsed.lines[index] ?? 1));
  return problems;
}

/** Scans every string in a parsed JSON value (release.json, boundary properties); `field` is the JSON path. */
export function scanJsonValues(value: unknown, file: string, path = ''): Problem[] {
  if (typeof value === 'string' || typeof value === 'number') {
    return findPersonalData(String(value)).map((hit) => personalDataProblem(hit, { file, ...(path ? { field: path } : {}) }));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => scanJsonValues(item, file, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...findPersonalData(key).map((hit) => personalDataProblem(hit, { file, field: path || key })),
      ...scanJsonValues(item, file, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
