// What the cross-file checks look at: every table's good rows, and how to point a problem at one of their cells.
import type { TableData } from '../read-table.ts';
import { cellOf, recordAt, type CellLocation } from '../record-location.ts';
import type {
  FundLineRow,
  HonoreeRow,
  IndicatorRow,
  NoticeRow,
  PairingRow,
  ProjectRow,
  Region,
  RegionLevel,
  TableName,
  TargetRow,
} from '../schemas/index.ts';

export interface ExportTables {
  regions: TableData<Region>;
  notices: TableData<NoticeRow>;
  honorees: TableData<HonoreeRow>;
  projects: TableData<ProjectRow>;
  fundLines: TableData<FundLineRow>;
  pairings: TableData<PairingRow>;
  indicators: TableData<IndicatorRow>;
  targets: TableData<TargetRow>;
}

export type { CellLocation };

/** The cell of row `index` in column `field`: the row in Excel, the row's id, its line, its column and its header as the file wrote it. */
export function cellAt(table: TableData<unknown>, index: number, field: string): CellLocation {
  return cellOf(recordAt(table, index), table.columns.get(field), field);
}

/** Level names for sentences, as the export's 级别 column writes them. */
export const LEVEL_NAMES: Record<RegionLevel, { zh: string; en: string }> = {
  city: { zh: '市', en: 'city' },
  county: { zh: '县', en: 'county' },
  township: { zh: '乡镇', en: 'township' },
  village: { zh: '村', en: 'village' },
};

export function levelList(levels: readonly RegionLevel[]): { zh: string; en: string } {
  return {
    zh: levels.map((level) => LEVEL_NAMES[level].zh).join('或'),
    en: levels.map((level) => LEVEL_NAMES[level].en).join(' or '),
  };
}

/** Amounts are whole fen; reports show yuan the way the publisher typed them: 1,234.50. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = String(Math.abs(fen % 100)).padStart(2, '0');
  return `${yuan.toLocaleString('en-US')}.${rest}`;
}

export type { TableName };
