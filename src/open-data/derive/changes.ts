// What changed from one release to the next, table by table: records added, changed (field by field) and
// removed. It compares the publishable records only, so the changelog can never show what the site may not.
import type { TableName } from '../../pipeline/schemas/index.ts';
import { maskName } from '../../honorees/derive/honorees.ts';
import { fieldsOf, OPEN_TABLES, type OpenRow, type OpenTables, type OpenValue } from './open-data.ts';
import { MASKED_HONOREE_FIELDS, maskHonoreeRow, redactHonorees, townshipResolver, type SeenNow } from './open-data-privacy.ts';

/** A release's publishable records, plus its revoked honorees (masked) so that a revocation reads as a change. */
export interface ReleaseSnapshot {
  release: string;
  tables: OpenTables;
  revokedHonorees: OpenRow[];
}

export interface RecordRef {
  /** Stable across releases; see RECORD_KEYS. */
  key: string;
  /** What a person recognises the record by: a name, a title, a place and year. */
  label: string;
}

export interface FieldChange {
  field: string;
  before: OpenValue;
  after: OpenValue;
}

export interface ChangedRecord extends RecordRef {
  fields: FieldChange[];
}

export interface TableChanges {
  table: TableName;
  added: RecordRef[];
  changed: ChangedRecord[];
  removed: RecordRef[];
}

export interface ReleaseChanges {
  release: string;
  previous: string;
  /** Every table, in the export's order, even when nothing changed in it. */
  tables: TableChanges[];
}

/**
 * The fields that identify a record across releases. Fund lines have no id: a line is known by its project and
 * source, and lines of one project from the same source are matched in file order — the second is `…#2`.
 * Any other key that repeats is numbered the same way.
 */
export const RECORD_KEYS: Record<TableName, readonly string[]> = {
  regions: ['code'],
  notices: ['id'],
  honorees: ['id'],
  projects: ['id'],
  fundLines: ['project_id', 'source'],
  pairings: ['village_code', 'year'],
  indicators: ['region_code', 'year'],
  targets: ['region_code', 'year', 'channel'],
};

export function recordKeys(table: TableName, rows: readonly OpenRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = RECORD_KEYS[table].map((field) => String(row[field] ?? '')).join('/');
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return occurrence === 1 ? base : `${base}#${occurrence}`;
  });
}

export function diffReleases(previous: ReleaseSnapshot, next: ReleaseSnapshot): ReleaseChanges {
  const label = labeller(previous, next);
  const townships = { before: townshipResolver(previous.tables.regions), after: townshipResolver(next.tables.regions) };
  const tables = OPEN_TABLES.map((table): TableChanges => {
    const rowsOf = (snapshot: ReleaseSnapshot) =>
      table === 'honorees' ? [...snapshot.tables.honorees, ...snapshot.revokedHonorees] : snapshot.tables[table];
    const before = keyed(table, rowsOf(previous));
    const after = keyed(table, rowsOf(next));
    const changes: TableChanges = { table, added: [], changed: [], removed: [] };
    // A revoked honour is news only where it had been published: one added and revoked between two releases, or
    // revoked before and gone now, appears nowhere (the contract: revoked honorees appear nowhere).
    const revoked = new Set([...previous.revokedHonorees, ...next.revokedHonorees]);
    for (const [key, row] of after) {
      const old = before.get(key);
      if (!old) {
        if (!revoked.has(row)) changes.added.push({ key, label: label(table, key, row) });
        continue;
      }
      const fields = table === 'honorees' ? honoreeFieldChanges(old, row, townships) : fieldChanges(table, old, row);
      if (fields.length > 0) changes.changed.push({ key, label: label(table, key, row), fields });
    }
    for (const [key, row] of before) if (!after.has(key) && !revoked.has(row)) changes.removed.push({ key, label: label(table, key, row) });
    return changes;
  });
  return { release: next.release, previous: previous.release, tables };
}

/**
 * The changelog as it may be published today: both releases are first reduced to what the current release
 * lets anyone see of each honoree (see redactHonorees), then compared.
 */
export function diffAsSeenNow(previous: ReleaseSnapshot, next: ReleaseSnapshot, visibility: SeenNow): ReleaseChanges {
  return diffReleases(seenNow(previous, visibility), seenNow(next, visibility));
}

export function seenNow(snapshot: ReleaseSnapshot, visibility: SeenNow): ReleaseSnapshot {
  const honorees = redactHonorees(snapshot.tables.honorees, visibility, townshipResolver(snapshot.tables.regions), 'mask');
  return { ...snapshot, tables: { ...snapshot.tables, honorees } };
}

function keyed(table: TableName, rows: readonly OpenRow[]): Map<string, OpenRow> {
  const keys = recordKeys(table, rows);
  return new Map(rows.map((row, index) => [keys[index] ?? '', row]));
}

function fieldChanges(table: TableName, before: OpenRow, after: OpenRow): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { name } of fieldsOf(table)) {
    const [was, is] = [before[name] ?? null, after[name] ?? null];
    if (was !== is) changes.push({ field: name, before: was, after: is });
  }
  return changes;
}

/**
 * Between two full records every field is compared. When either side is masked, only what a masked record
 * shows is compared (the full side masked first), so a withdrawal of consent or a revocation reads as
 * 同意公开 是 → 否 or 状态 已表彰 → 已撤销 without repeating the name, story or village it withdraws.
 */
function honoreeFieldChanges(
  before: OpenRow,
  after: OpenRow,
  townships: { before: (code: string) => string; after: (code: string) => string },
): FieldChange[] {
  if (before['consent'] === true && after['consent'] === true) return fieldChanges('honorees', before, after);
  const was = maskHonoreeRow(before, townships.before);
  const is = maskHonoreeRow(after, townships.after);
  const changes: FieldChange[] = [];
  for (const name of MASKED_HONOREE_FIELDS) {
    const [from, to] = name === 'consent' ? [before[name] ?? null, after[name] ?? null] : [was[name] ?? null, is[name] ?? null];
    if (from !== to) changes.push({ field: name, before: from, after: to });
  }
  return changes;
}

/** Labels read from the records themselves, with region and project names from either release. */
function labeller(previous: ReleaseSnapshot, next: ReleaseSnapshot) {
  const names = (table: 'regions' | 'projects', key: string, name: string) => {
    const map = new Map<string, string>();
    for (const snapshot of [previous, next]) for (const row of snapshot.tables[table]) map.set(String(row[key]), String(row[name]));
    return (code: OpenValue | undefined) => map.get(String(code)) ?? String(code);
  };
  const region = names('regions', 'code', 'name');
  const project = names('projects', 'id', 'name');
  return (table: TableName, key: string, row: OpenRow): string => {
    switch (table) {
      case 'regions':
        return String(row['name']);
      case 'notices':
        return String(row['title']);
      case 'honorees': {
        const name = row['consent'] === true ? String(row['name']) : maskName(String(row['name']));
        return `${name}（${row['year']} 年${row['level']}${row['kind']}）`;
      }
      case 'projects':
        return String(row['name']);
      case 'fundLines': {
        const ordinal = /#(\d+)$/.exec(key)?.[1];
        return `${project(row['project_id'])} · ${row['source']}${ordinal ? `（第 ${ordinal} 笔）` : ''}`;
      }
      case 'pairings':
        return `${region(row['village_code'])} · ${row['year']} 年`;
      case 'indicators':
        return `${region(row['region_code'])} · ${row['year']} 年`;
      case 'targets':
        return `${region(row['region_code'])} · ${row['year']} 年${row['channel'] ? ` · ${row['channel']}` : ''}目标`;
    }
  };
}

/** Added, changed and removed records across all tables. */
export function changeCounts(changes: ReleaseChanges): { added: number; changed: number; removed: number } {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const table of changes.tables) {
    counts.added += table.added.length;
    counts.changed += table.changed.length;
    counts.removed += table.removed.length;
  }
  return counts;
}
