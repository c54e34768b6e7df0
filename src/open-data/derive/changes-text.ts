// The changelog in words: field names and values as people read them, a one-line summary, and the full list as CSV.
import { fenToYuanText, toCsv, type CsvCell } from '../../site/csv-out.ts';
import { TABLES, type TableName } from '../../pipeline/schemas/index.ts';
import { changeCounts, type ChangedRecord, type ReleaseChanges, type TableChanges } from './changes.ts';
import { fieldsOf, fileStem, type OpenValue } from './open-data.ts';

export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = { added: '新增', changed: '修改', removed: '删除' };

/** Fields holding a division code, shown with the region's name. */
const REGION_FIELDS = new Set(['code', 'region_code', 'village_code', 'parent_code']);

/** The Chinese header of a field (its alias in the export format). */
export function fieldTitle(table: TableName, field: string): string {
  return fieldsOf(table).find((spec) => spec.name === field)?.alias ?? field;
}

const isYuan = (table: TableName, field: string) => fieldsOf(table).some((spec) => spec.name === field && spec.publishedType === 'number');

/** A value as the published CSV writes it: yuan with two decimals, 是/否, empty for nothing. */
export function valueCell(table: TableName, field: string, value: OpenValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && isYuan(table, field)) return fenToYuanText(Math.round(value * 100));
  return String(value);
}

/** A value for the changelog page: region codes named, yuan marked, long text cut (the CSV has it whole). */
export function valueText(table: TableName, field: string, value: OpenValue, regionName: (code: string) => string | undefined, maxLength = 80): string {
  const cell = valueCell(table, field, value);
  if (cell === '') return '（空）';
  if (REGION_FIELDS.has(field)) {
    const name = regionName(cell);
    return name ? `${name}（${cell}）` : cell;
  }
  if (isYuan(table, field)) return `${cell} 元`;
  const chars = [...cell.replace(/\s*\n\s*/g, ' ')];
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : chars.join('');
}

export function tableTitle(table: TableName): string {
  return TABLES[table].title.zh;
}

export function hasChanges(table: TableChanges): boolean {
  return table.added.length + table.changed.length + table.removed.length > 0;
}

/** 新增 12 条、修改 3 条、删除 1 条记录 */
export function changeSummary(changes: ReleaseChanges): string {
  const counts = changeCounts(changes);
  if (counts.added + counts.changed + counts.removed === 0) return '没有记录变化';
  return `新增 ${counts.added} 条、修改 ${counts.changed} 条、删除 ${counts.removed} 条记录`;
}

/** Every change, one row per added or removed record and one per changed field, values as in the CSV files. */
export function changesCsv(changes: ReleaseChanges): string {
  const rows: CsvCell[][] = [];
  for (const table of changes.tables) {
    const stem = fileStem(table.table);
    for (const record of table.added) rows.push([stem, CHANGE_KIND_LABELS.added, record.key, record.label, '', '', '']);
    for (const record of table.changed) {
      for (const field of record.fields) {
        rows.push([stem, CHANGE_KIND_LABELS.changed, record.key, record.label, field.field, valueCell(table.table, field.field, field.before), valueCell(table.table, field.field, field.after)]);
      }
    }
    for (const record of table.removed) rows.push([stem, CHANGE_KIND_LABELS.removed, record.key, record.label, '', '', '']);
  }
  return toCsv(['数据表', '变化', '记录', '名称', '字段', '原值', '新值'], rows);
}

export interface FieldChangeCount {
  field: string;
  /** Records in which the field changed. */
  count: number;
  /** For enumerations and yes/no fields: how often each change from one value to another happened. */
  transitions?: { before: OpenValue; after: OpenValue; count: number }[];
}

/** Which fields changed how often — 状态 公示中 → 已表彰 143, 奖励 3 — in the order fields are published. */
export function fieldChangeCounts(changes: TableChanges): FieldChangeCount[] {
  const counts = new Map<string, FieldChangeCount>();
  const enumerated = new Set(fieldsOf(changes.table).filter((spec) => spec.enum || spec.publishedType === 'boolean').map((spec) => spec.name));
  for (const record of changes.changed) {
    for (const change of record.fields) {
      let entry = counts.get(change.field);
      if (!entry) counts.set(change.field, (entry = { field: change.field, count: 0, ...(enumerated.has(change.field) ? { transitions: [] } : {}) }));
      entry.count += 1;
      if (!entry.transitions) continue;
      const transition = entry.transitions.find((known) => known.before === change.before && known.after === change.after);
      if (transition) transition.count += 1;
      else entry.transitions.push({ before: change.before, after: change.after, count: 1 });
    }
  }
  const order = fieldsOf(changes.table).map((spec) => spec.name);
  return [...counts.values()]
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .map((entry) => (entry.transitions ? { ...entry, transitions: entry.transitions.sort((a, b) => b.count - a.count) } : entry));
}

/** Changed records in reading order: a revoked honour first — it is what the public most needs to see. */
export function changedForReading(changes: TableChanges): ChangedRecord[] {
  const revoked = (record: ChangedRecord) => record.fields.some((field) => field.field === 'status' && field.after === '已撤销');
  return [...changes.changed.filter(revoked), ...changes.changed.filter((record) => !revoked(record))];
}
