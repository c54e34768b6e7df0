// Typed rows back to an export folder (format v1): English headers, plain UTF-8, amounts in yuan, 是/否 —
// what the loader reads back to the same rows.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fenToYuanText } from '../../src/site/csv-out.ts';
import type { ExportData } from '../../src/pipeline/load.ts';
import { TABLES, type FieldSpec, type Release, type TableName } from '../../src/pipeline/schemas/index.ts';
import { formatCsvField } from './csv-writer.ts';

export type ExportRows = Pick<ExportData, 'regions' | 'notices' | 'honorees' | 'projects' | 'fundLines' | 'pairings' | 'indicators' | 'targets'>;

function cellText(field: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field.publishedType === 'number' && typeof value === 'number') return fenToYuanText(value);
  return String(value);
}

function tableText(table: TableName, rows: readonly object[]): string {
  const fields: FieldSpec[] = Object.values(TABLES[table].fields);
  const lines = [fields.map((field) => field.name).join(',')];
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    lines.push(fields.map((field) => formatCsvField(cellText(field, values[field.name]))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `rows` as an export into `dir` (which must not exist yet), with release.json, the boundaries file
 * of `from` and the photos its honorees name.
 */
export function writeExportFolder(dir: string, release: Release, rows: ExportRows, from: ExportData, boundariesFile: string): void {
  mkdirSync(join(dir, 'photos'), { recursive: true });
  writeFileSync(join(dir, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
  for (const table of Object.keys(TABLES) as TableName[]) {
    // An optional table without rows is left out, as an export made before it existed would.
    if (TABLES[table].optional && rows[table].length === 0) continue;
    writeFileSync(join(dir, TABLES[table].file), tableText(table, rows[table]));
  }
  copyFileSync(join(from.dir, boundariesFile), join(dir, basename(boundariesFile)));
  for (const honoree of rows.honorees) {
    const photo = honoree.photo ? from.photos.get(honoree.photo) : undefined;
    if (honoree.photo && photo) copyFileSync(photo.path, join(dir, 'photos', honoree.photo));
  }
}
