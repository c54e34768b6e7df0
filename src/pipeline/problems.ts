// The catalogue of problem codes: each code's severity and what it catches, read by the checks, the report and the README.
import type { Bilingual, Problem } from './report.ts';

export type Severity = 'error' | 'warning';

interface ProblemEntry {
  /** Whether the build stops (error) or goes on and says so (warning). */
  severity: Severity;
  /** What the check catches, in one line: the README's list of checks. */
  summary: Bilingual;
}

/** In the order the build meets them: the folder, each file, its cells, the cross-file checks, privacy, the built site, publishing. */
export const PROBLEMS = {
  'missing-export': {
    severity: 'error',
    summary: { zh: '导出文件夹不存在或无法读取。', en: 'The export folder does not exist or cannot be read.' },
  },
  'missing-file': {
    severity: 'error',
    summary: { zh: '导出文件夹中缺少某个表格、release.json 或边界文件。', en: 'A table, release.json or the boundary file is not in the export folder.' },
  },
  'file-name-case': {
    severity: 'warning',
    summary: { zh: '文件名只是大小写与规定的不同（仍会读取）。', en: 'A file name differs from the expected one only in case (it is read anyway).' },
  },
  'ambiguous-file': {
    severity: 'warning',
    summary: {
      zh: '同时有 boundaries.geojson 和 boundaries.topojson（只读取 GeoJSON）。',
      en: 'Both boundaries.geojson and boundaries.topojson are present (only the GeoJSON is read).',
    },
  },
  encoding: {
    severity: 'error',
    summary: {
      zh: '文件不是 UTF-8 或 GB18030/GBK 文本：UTF-16、Excel 工作簿、含空字节，或文字已在转换中丢失。',
      en: 'A file is not UTF-8 or GB18030/GBK text: UTF-16, an Excel workbook, NUL bytes, or text already lost in a conversion.',
    },
  },
  'invalid-json': {
    severity: 'error',
    summary: { zh: 'release.json 或边界文件不是有效的 JSON。', en: 'release.json or the boundary file is not valid JSON.' },
  },
  'unknown-key': {
    severity: 'warning',
    summary: { zh: 'release.json 中有未知的键（已忽略）。', en: 'release.json has a key the build does not know (it is ignored).' },
  },
  'missing-header': {
    severity: 'error',
    summary: { zh: 'CSV 文件是空的，没有表头行。', en: 'A CSV file is empty: there is no header row.' },
  },
  'malformed-csv': {
    severity: 'error',
    summary: { zh: 'CSV 中引号不成对。', en: 'A CSV row has unbalanced quotes.' },
  },
  'field-count': {
    severity: 'error',
    summary: {
      zh: '某一行的字段数与表头的列数不同（常因含逗号的内容没加引号）。',
      en: 'A row has more or fewer fields than the header has columns (often a comma in unquoted text).',
    },
  },
  'unknown-column': {
    severity: 'warning',
    summary: { zh: '表头中有未知的列（已忽略）。', en: 'A header names an unknown column (it is ignored).' },
  },
  'duplicate-column': {
    severity: 'error',
    summary: { zh: '两列是同一个字段（如英文列名和中文表头各出现一次）。', en: 'Two columns are the same field (e.g. its English name and its Chinese header).' },
  },
  'missing-column': {
    severity: 'error',
    summary: { zh: '缺少必填列。', en: 'A required column is missing.' },
  },
  required: {
    severity: 'error',
    summary: {
      zh: '必填的单元格、release.json 中的键或区划的上级编码为空。',
      en: 'A required cell, release.json key or parent code of a region is empty or missing.',
    },
  },
  'unknown-enum': {
    severity: 'error',
    summary: { zh: '单元格不是可选的值之一。', en: 'A cell is not one of the allowed values.' },
  },
  'invalid-date': {
    severity: 'error',
    summary: { zh: '日期不是 YYYY-MM-DD 格式，或这一天不存在。', en: 'A date is not written YYYY-MM-DD, or is a day that does not exist.' },
  },
  'negative-number': {
    severity: 'error',
    summary: { zh: '数字是负数。', en: 'A number is negative.' },
  },
  'invalid-value': {
    severity: 'error',
    summary: { zh: '单元格或 release.json 中的值不符合要求。', en: 'A cell or release.json value does not have the expected form.' },
  },
  'invalid-boundary': {
    severity: 'error',
    summary: {
      zh: '边界文件不是 GeoJSON 或 TopoJSON，或某个要素的区划代码、几何、坐标无效。',
      en: "The boundary file is not GeoJSON or TopoJSON, or a feature's region code, geometry or coordinates are invalid.",
    },
  },
  'duplicate-id': {
    severity: 'error',
    summary: {
      zh: '编号在表中重复（或同一地方同一年有两行，或同一区划有两个边界）。',
      en: 'An id appears twice in a table (or a place has two rows for one year, or a region two boundaries).',
    },
  },
  'unknown-reference': {
    severity: 'error',
    summary: { zh: '引用的区划代码、公示编号或项目编号不存在。', en: 'A region code, notice id or project id refers to nothing.' },
  },
  'wrong-level': {
    severity: 'error',
    summary: {
      zh: '区划的级别不对（如应填村却填了乡镇，或给村画了边界）。',
      en: 'A region is of the wrong level (e.g. a township where a village is required, a boundary for a village).',
    },
  },
  'village-only': {
    severity: 'error',
    summary: { zh: '贫困村摘帽填在了不是村的区划上。', en: 'Village exited is filled in for a region that is not a village.' },
  },
  'date-order': {
    severity: 'error',
    summary: { zh: '日期先后颠倒（如公示结束早于公示开始）。', en: 'Dates are out of order (e.g. a publicity period that ends before it starts).' },
  },
  'exceeds-total': {
    severity: 'error',
    summary: { zh: '部分大于总数（如满意户数多于电话抽查户数）。', en: 'A part is larger than its total (e.g. more satisfied households than calls made).' },
  },
  'over-disbursed': {
    severity: 'warning',
    summary: { zh: '一笔资金的已拨付金额超过计划金额（在项目页上标出）。', en: 'A fund line has paid out more than was allocated (flagged on the project page).' },
  },
  'missing-photo': {
    severity: 'error',
    summary: { zh: 'honorees.csv 中的照片在 photos/ 中没有（包括文件名大小写不同）。', en: 'A photo named in honorees.csv is not in photos/ (including a name that differs only in case).' },
  },
  'photo-not-image': {
    // The one code with two severities: an unreadable file nobody names is only ignored (see `problem`).
    severity: 'error',
    summary: {
      zh: 'photos/ 中的文件不是可读取的 JPEG、PNG 或 WebP 图片（honorees.csv 未引用的只是警告）。',
      en: 'A file in photos/ is not a readable JPEG, PNG or WebP image (only a warning when honorees.csv does not name it).',
    },
  },
  'missing-boundary': {
    severity: 'warning',
    summary: { zh: '县或乡镇没有边界，地图上不会显示。', en: 'A county or township has no boundary and will not appear on the map.' },
  },
  'privacy-resident-id': {
    severity: 'error',
    summary: { zh: '导出文件或生成的网站中有居民身份证号。', en: 'A resident ID number in the export or the built site.' },
  },
  'privacy-mobile': {
    severity: 'error',
    summary: { zh: '导出文件或生成的网站中有手机号。', en: 'A mobile phone number in the export or the built site.' },
  },
  'privacy-bank-card': {
    severity: 'error',
    summary: { zh: '导出文件或生成的网站中有银行卡号。', en: 'A bank card number in the export or the built site.' },
  },
  'output-broken-reference': {
    severity: 'error',
    summary: { zh: '生成的网站中某个链接或引用指向网站里没有的文件。', en: 'A link or reference in the built site points to a file the site does not have.' },
  },
  'output-orphan-file': {
    severity: 'error',
    summary: { zh: '生成的网站中有文件没有被任何页面、订阅源或清单引用。', en: 'A file of the built site is referred to by no page, feed or manifest.' },
  },
  'output-unpublished-person': {
    severity: 'error',
    summary: {
      zh: '未同意公开或已撤销表彰的人物出现在生成的网站中。',
      en: 'An honoree who did not consent, or whose honour was revoked, appears in the built site.',
    },
  },
  'release-exists': {
    severity: 'error',
    summary: { zh: '这一期已经发布过且内容不同（更正须加 --replace）。', en: 'The release was already published with different content (correct it with --replace).' },
  },
  'release-order': {
    severity: 'error',
    summary: { zh: '发布日期早于最近一期。', en: 'The release date is earlier than the latest release.' },
  },
  'export-inside-data': {
    severity: 'error',
    summary: { zh: '新一期的导出文件夹放在了 data/ 里面。', en: 'The new export folder is inside data/.' },
  },
  'build-step-failed': {
    severity: 'error',
    summary: { zh: '某个构建步骤失败。', en: 'A build step failed.' },
  },
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * A problem with its severity from the catalogue, put first; the other fields keep the order they are
 * given in, which is the order build-report.json shows them. Pass `severity` only where the code's
 * summary says it can be lowered (photo-not-image).
 */
export function problem(fields: Omit<Problem, 'severity'>, severity: Severity = PROBLEMS[fields.code].severity): Problem {
  return { severity, ...fields };
}
