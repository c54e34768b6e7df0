// The template workbook publishers fill in Excel (/data/yangguang-template.xlsx): made from the schemas, so it can
// never disagree with what the build accepts. One sheet per table with the Chinese headers (a note on each gives
// the English name, what the column holds and whether it is required), drop-down lists for every enumeration,
// date and number formats on their columns, codes and ids as text (so 610902001003 never turns into 6.10902E+11),
// and a 说明 sheet: every column's documentation and the privacy rules. Given rows, it is also how the sample export
// is written as a workbook (scripts/sample-workbook.ts).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { TABLES, type FieldSpec, type TableName } from '../pipeline/schemas/index.ts';
import { SHEET_NAMES } from '../pipeline/workbook-tables.ts';

/** Rows of each table as their CSV cells (text, as the CSV format writes them), by field name. */
export type TemplateRows = Partial<Record<TableName, readonly Record<string, string>[]>>;

/** How far down the drop-down lists and formats reach on an empty template (Excel applies them to these rows). */
const FORMATTED_ROWS = 5000;

const PRIVACY_RULES = [
  '不得填写居民身份证号、手机号、银行卡号（包括加空格、横线、点号或全角数字的写法），构建会拒绝并指出所在的单元格。',
  '联系电话只填单位座机或公开热线；异议邮箱只填一个普通邮箱地址。',
  '未同意公开（同意公开 = 否）的自强标兵只公布姓氏、级别、年度和乡镇，不公布事迹、照片和村。',
  '照片放在导出文件夹的 photos/ 中，照片列填文件名；发布时会重新编码并去掉照片中的全部元数据（拍摄地点、相机等）。',
];

/** The template, empty or holding `rows`, as .xlsx bytes. */
export async function templateWorkbook(rows: TemplateRows = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '阳光公示 Yangguang';
  // Fixed, so the same schemas make the same file (the build's output is compared byte for byte).
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  addNotes(workbook);
  for (const table of Object.keys(TABLES) as TableName[]) addTableSheet(workbook, table, rows[table]);
  return sameBytesEveryTime(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The date every entry of the template's zip carries: exceljs stamps them with the time of writing. */
const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * The workbook re-packed with fixed entry dates, so the same schemas make the same bytes: the site's output is
 * compared file by file (golden test, incremental builds), and a download that changes every build is no help.
 */
async function sameBytesEveryTime(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const repacked = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) repacked.file(entry.name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return repacked.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function fieldsOf(table: TableName): FieldSpec[] {
  return Object.values(TABLES[table].fields) as FieldSpec[];
}

function addNotes(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('说明');
  sheet.columns = [
    { header: '工作表', key: 'sheet', width: 14 },
    { header: '表头', key: 'alias', width: 18 },
    { header: '英文列名', key: 'name', width: 22 },
    { header: '必填', key: 'required', width: 6 },
    { header: '说明', key: 'description', width: 48 },
    { header: '应为', key: 'expected', width: 48 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ sheet: '使用方法', description: '每张表一个工作表，第 1 行是表头，从第 2 行起每行一条记录。不要合并单元格，不要改工作表名。保存为 Excel 工作簿（*.xlsx）。' });
  for (const rule of PRIVACY_RULES) sheet.addRow({ sheet: '隐私', description: rule });
  for (const table of Object.keys(TABLES) as TableName[]) {
    for (const field of fieldsOf(table)) {
      sheet.addRow({
        sheet: SHEET_NAMES[table],
        alias: field.alias,
        name: field.name,
        required: field.required ? '是' : '否',
        description: field.description.zh,
        expected: field.choices && field.choices.join() !== field.enum?.join() ? `${field.expected.zh}（也可写：${field.choices.join('、')}）` : field.expected.zh,
      });
    }
  }
  sheet.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('expected').alignment = { wrapText: true, vertical: 'top' };
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TableName, rows: readonly Record<string, string>[] | undefined): void {
  const fields = fieldsOf(table);
  const sheet = workbook.addWorksheet(SHEET_NAMES[table], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = fields.map((field) => ({ header: field.alias, key: field.name, width: columnWidth(field) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  fields.forEach((field, index) => {
    header.getCell(index + 1).note = `${field.name}${field.required ? '（必填 required）' : '（选填 optional）'}\n${field.description.zh}\n${field.description.en}`;
  });
  const last = Math.max(FORMATTED_ROWS, (rows?.length ?? 0) + 1);
  fields.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    column.numFmt = numberFormat(field);
    if (field.publishedType === 'string' && !field.enum) column.alignment = { wrapText: false, vertical: 'top' };
    const allowed = field.choices ?? field.enum ?? (field.publishedType === 'boolean' ? ['是', '否'] : undefined);
    if (allowed) {
      const letter = column.letter;
      // One rule over the column's range (exceljs 4.4 writes it as one sqref; its typings omit the collection).
      (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: !field.required,
        formulae: [`"${allowed.join(',')}"`],
        showErrorMessage: true,
        errorTitle: field.alias,
        error: `请从列表中选择：${allowed.join('、')}`,
      });
    }
  });
  for (const row of rows ?? []) sheet.addRow(fields.map((field) => typedCell(field, row[field.name] ?? '')));
}

/** Codes, ids and text as text (@): Excel keeps every digit and leading zero; dates and amounts in their formats. */
function numberFormat(field: FieldSpec): string {
  switch (field.publishedType) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'number':
      return '0.00';
    case 'integer':
      return '0';
    default:
      return '@';
  }
}

function columnWidth(field: FieldSpec): number {
  if (field.publishedType !== 'string') return 12;
  return Math.min(40, Math.max(10, field.alias.length * 2 + 4));
}

/** A CSV cell as Excel would hold it: dates as dates, counts and amounts as numbers, everything else as text. */
function typedCell(field: FieldSpec, text: string): ExcelJS.CellValue {
  if (text === '') return null;
  if (field.publishedType === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if ((field.publishedType === 'integer' || field.publishedType === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  // A story's paragraphs as Excel users type them: one line break (Alt+Enter) between them; other text as written.
  const lines = text.replace(/\r\n?/g, '\n');
  return field.paragraphs === 'blank-line' ? lines.replace(/\n\s*\n/g, '\n') : lines;
}
