// Which table a workbook's sheet is: by its name (the file's name without .csv, the table's Chinese title, or the
// short Chinese name the template gives it), or, in a workbook named after one table, its only sheet.
import { headerKey } from './columns.ts';
import { TABLES, type TableName } from './schemas/index.ts';

/** The Chinese sheet name of each table: what the template calls its sheets, and what people call the lists. */
export const SHEET_NAMES: Readonly<Record<TableName, string>> = {
  regions: '行政区划',
  notices: '公示',
  honorees: '自强标兵',
  projects: '扶贫项目',
  fundLines: '资金明细',
  pairings: '结对帮扶',
  indicators: '脱贫指标',
  targets: '脱贫目标',
};

/** Sheets that explain, not data: the template's 说明 and its hidden lists; never a table, never a warning. */
export const NOTE_SHEETS = ['说明', '填写说明', 'readme', '下拉列表', 'lists'];

/** `fund_lines.csv` → `fund_lines`. */
export function tableStem(table: TableName): string {
  return TABLES[table].file.replace(/\.csv$/i, '');
}

const BY_NAME = new Map<string, TableName>();
for (const table of Object.keys(TABLES) as TableName[]) {
  for (const name of [tableStem(table), TABLES[table].file, TABLES[table].title.zh, TABLES[table].title.en, SHEET_NAMES[table], table]) {
    BY_NAME.set(headerKey(name), table);
  }
}

/** The table a sheet holds by its name, if any. */
export function tableOfSheetName(sheet: string): TableName | undefined {
  return BY_NAME.get(headerKey(sheet));
}

/** The table a workbook is named after (`honorees.xlsx`, `自强标兵.xlsx`), if any. */
export function tableOfWorkbookName(file: string): TableName | undefined {
  return BY_NAME.get(headerKey(file.replace(/\.xlsx$/i, '')));
}

export function isNoteSheet(sheet: string): boolean {
  return NOTE_SHEETS.includes(headerKey(sheet));
}
