// Header row → the table's fields: English name or Chinese alias, however the spreadsheet spelled it.
import { problem } from './problems.ts';
import type { RecordLocation } from './record-location.ts';
import type { Problem } from './report.ts';
import type { FieldSpec } from './schemas/index.ts';

/** Where a field sits in the file. */
export interface Column {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file. */
  header: string;
}

export interface ColumnMap {
  /** Canonical field name → its column, for the fields the file has. */
  columns: Map<string, Column>;
  /** Required fields with no column: every row lacks them. */
  missingRequired: string[];
  problems: Problem[];
}

/**
 * Compares headers the way a person reads them: NFKC (全角括号 = half-width), case, spaces,
 * underscores and hyphens ignored, so "Project ID", "project_id" and "计划金额(元)" all match.
 */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** `headerAt`: where the header row is, for problems about a column. */
export function mapColumns(header: readonly string[], fields: Record<string, FieldSpec>, headerAt: RecordLocation): ColumnMap {
  const byKey = new Map<string, string>();
  for (const field of Object.values(fields)) {
    byKey.set(headerKey(field.name), field.name);
    byKey.set(headerKey(field.alias), field.name);
  }
  const columns = new Map<string, Column>();
  const problems: Problem[] = [];
  const at = (index: number, written: string) => ({ ...headerAt, column: index + 1, field: written });

  header.forEach((written, index) => {
    if (written === '') return; // Excel's trailing empty header cells
    const name = byKey.get(headerKey(written));
    if (!name) {
      problems.push(
        problem({
          code: 'unknown-column',
          ...at(index, written),
          message: { zh: `未知的列「${written}」，已忽略。`, en: `Unknown column "${written}" is ignored.` },
        }),
      );
      return;
    }
    const first = columns.get(name);
    if (first) {
      problems.push(
        problem({
          code: 'duplicate-column',
          ...at(index, written),
          message: {
            zh: `列「${written}」与第 ${first.index + 1} 列「${first.header}」是同一列（${name}）。`,
            en: `Column "${written}" is the same field (${name}) as column ${first.index + 1} "${first.header}".`,
          },
        }),
      );
      return;
    }
    columns.set(name, { index, header: written });
  });

  const missingRequired: string[] = [];
  for (const field of Object.values(fields)) {
    if (columns.has(field.name) || !field.required) continue;
    missingRequired.push(field.name);
    problems.push(
      problem({
        code: 'missing-column',
        ...headerAt,
        field: field.name,
        message: {
          zh: `缺少必填列「${field.name}」（中文表头「${field.alias}」）。`,
          en: `Required column "${field.name}" (Chinese header "${field.alias}") is missing.`,
        },
      }),
    );
  }
  return { columns, missingRequired, problems };
}
