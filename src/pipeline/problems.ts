// The catalogue of problem codes: each code's severity and what it catches, read by the checks, the report and the README.
// personal-data.ts makes its own problems with problem(): the two import each other, and neither calls the other at load time.
import { showInvisible } from './invisible-characters.ts';
import { maskPersonalData } from './personal-data.ts';
import type { Bilingual, Problem } from './report.ts';

export type Severity = 'error' | 'warning';

/** What a problem is about, for the counts by kind in the build's closing summary and build-report.json. */
export const PROBLEM_GROUPS = {
  data: { zh: '数据', en: 'data' },
  privacy: { zh: '隐私', en: 'privacy' },
  configuration: { zh: '配置', en: 'configuration' },
  fonts: { zh: '字体', en: 'fonts' },
  output: { zh: '输出', en: 'output' },
  publishing: { zh: '发布', en: 'publishing' },
  build: { zh: '构建', en: 'build' },
} as const satisfies Record<string, Bilingual>;

export type ProblemGroup = keyof typeof PROBLEM_GROUPS;

interface ProblemEntry {
  /** Whether the build stops (error) or goes on and says so (warning). */
  severity: Severity;
  /** What the check catches, in one line: the README's list of checks. */
  summary: Bilingual;
  /** What it is about (default `data`: the export's files and cells). */
  group?: ProblemGroup;
}

/** In the order the build meets them: the folder, each file, its cells, the cross-file checks, privacy, the photos, the release history, the URL and the font, the built site, publishing. */
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
  'unknown-file': {
    severity: 'warning',
    summary: {
      zh: '导出文件夹中有不属于导出格式的文件（不读取，不保存，不发布）。',
      en: 'A file in the export folder is not part of the export format (it is not read, stored or published).',
    },
  },
  encoding: {
    severity: 'error',
    summary: {
      zh: '文件不是 UTF-8 或 GB18030/GBK 文本：UTF-16、Excel 工作簿、含空字节，或文字已在转换中丢失。',
      en: 'A file is not UTF-8 or GB18030/GBK text: UTF-16, an Excel workbook, NUL bytes, or text already lost in a conversion.',
    },
  },
  'workbook-refused': {
    severity: 'error',
    summary: {
      zh: '旧式或带宏的工作簿（.xls、.xlsm、.xlsb、.et）：请另存为 Excel 工作簿（*.xlsx）。',
      en: 'An old or macro workbook (.xls, .xlsm, .xlsb, .et): save it as an Excel Workbook (*.xlsx).',
    },
  },
  'workbook-unreadable': {
    severity: 'error',
    summary: { zh: '.xlsx 文件无法作为 Excel 工作簿读取。', en: 'An .xlsx file cannot be read as an Excel workbook.' },
  },
  'workbook-duplicate-table': {
    severity: 'error',
    summary: {
      zh: '同一张表既有 CSV 又有工作簿（或在两个工作表中）：只能有一份。',
      en: 'One table comes both as a CSV and in a workbook (or in two sheets): there may be only one.',
    },
  },
  'workbook-unknown-sheet': {
    severity: 'warning',
    summary: { zh: '工作簿中有不对应任何表格的工作表（不读取）。', en: 'A workbook has a sheet that is no table of the format (it is not read).' },
  },
  'workbook-merged-cells': {
    severity: 'error',
    summary: { zh: '工作表中有合并的单元格（只有左上角一格有值）。', en: 'A sheet has merged cells (only the top-left cell holds a value).' },
  },
  'workbook-formula-without-value': {
    severity: 'error',
    summary: {
      zh: '公式没有保存的计算结果（文件不是由 Excel 保存的）。',
      en: 'A formula has no stored result (the file was not saved by Excel).',
    },
  },
  'workbook-cell-error': {
    severity: 'error',
    summary: { zh: '单元格显示错误值（#N/A、#REF! 等）。', en: 'A cell shows an error value (#N/A, #REF! …).' },
  },
  'workbook-cell-outside-table': {
    severity: 'warning',
    summary: { zh: '没有表头的列中有值（已忽略）。', en: 'A cell holds a value in a column without a header (it is ignored).' },
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
  'invisible-character': {
    severity: 'error',
    summary: {
      zh: '名称、编号或联系方式中有看不见的字符（双向控制符、零宽字符、换行等控制字符），可能让名单显示成别的名字或搜索不到。',
      en: 'A name, id or contact holds an invisible character (a bidi control, zero-width or control character such as a line break) that could make a list show another name or defeat search.',
    },
  },
  'bidi-control-removed': {
    severity: 'warning',
    summary: {
      zh: '文字（事迹、正文、标题等）中有双向控制符，会颠倒显示顺序：已删除后再公开。',
      en: 'Free text (a story, body, title …) holds bidi controls, which reverse how it is shown: they are removed before publishing.',
    },
  },
  'invalid-id': {
    severity: 'error',
    summary: {
      zh: '编号不能用作网址中的一段：含有 /、\\、..、?、#、%、空格等，或不以字母数字开头。',
      en: 'An id cannot be one segment of a web address: it holds /, \\, .., ?, #, %, a space or the like, or does not start with a letter or digit.',
    },
  },
  'reserved-id': {
    severity: 'error',
    summary: {
      zh: '编号与网站在同一文件夹下自己使用的名称相同（如 index.html、page、feed.xml），会与该页面冲突。',
      en: 'An id is a name the site itself uses in the same folder (e.g. index.html, page, feed.xml) and would collide with that page.',
    },
  },
  'invalid-contact': {
    severity: 'error',
    summary: {
      zh: '异议或联系用的邮箱不是单纯的一个地址（如带 ?bcc= 抄送他人），或电话不是固定电话、公共服务热线。',
      en: 'A contact e-mail is not one plain address (e.g. ?bcc= copying someone else), or a phone is not a landline or public hotline.',
    },
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
  'village-target-on-village': {
    severity: 'error',
    summary: { zh: '贫困村退出目标填在了村上（只适用于县和乡镇）。', en: 'A poor-village exit target is given for a village (it applies to counties and townships only).' },
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
  'target-exceeds-poor': {
    severity: 'warning',
    summary: { zh: '脱贫目标超过该地当年（或此前最近一年）建档立卡的贫困人口或贫困户数。', en: 'An exit target is larger than the registered poor people or households of the place that year (or the latest year before).' },
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
  'unreferenced-photo': {
    severity: 'warning',
    summary: { zh: 'photos/ 中有 honorees.csv 没有引用的照片（不保存，不发布）。', en: 'A photo in photos/ is named by no honoree in honorees.csv (it is not stored or published).' },
  },
  'photo-link-refused': {
    severity: 'error',
    summary: {
      zh: 'honorees.csv 中的照片在 photos/ 中是链接（快捷方式），不是文件本身（链接一律拒绝读取）。',
      en: 'A photo named in honorees.csv is a link (shortcut) in photos/, not the file itself (links are refused).',
    },
  },
  'photo-too-large': {
    severity: 'error',
    summary: {
      zh: 'honorees.csv 中的照片超过 4000 万像素或 20 MB（从文件头读出，不解码）。',
      en: 'A photo named in honorees.csv has over 40 megapixels or over 20 MB (read from its header, before any decoding).',
    },
  },
  'missing-boundary': {
    severity: 'warning',
    summary: { zh: '县或乡镇没有边界，地图上不会显示。', en: 'A county or township has no boundary and will not appear on the map.' },
  },
  'privacy-resident-id': {
    severity: 'error',
    group: 'privacy',
    summary: { zh: '导出文件或生成的网站中有居民身份证号。', en: 'A resident ID number in the export or the built site.' },
  },
  'privacy-mobile': {
    severity: 'error',
    group: 'privacy',
    summary: { zh: '导出文件或生成的网站中有手机号。', en: 'A mobile phone number in the export or the built site.' },
  },
  'privacy-bank-card': {
    severity: 'error',
    group: 'privacy',
    summary: { zh: '导出文件或生成的网站中有银行卡号。', en: 'A bank card number in the export or the built site.' },
  },
  'photo-corrupt': {
    severity: 'error',
    summary: {
      zh: '要公开的照片已损坏或不完整（如文件被截断），无法解码。',
      en: 'A photo to be published is damaged or incomplete (e.g. a truncated file) and cannot be decoded.',
    },
  },
  'release-not-recorded': {
    severity: 'warning',
    group: 'publishing',
    summary: {
      zh: '导出文件夹与 releases/ 中最近一期的记录不一致（本期没有更新记录，请用 npm run publish 发布）。',
      en: 'The export folder differs from the latest release recorded in releases/ (no changelog for it; publish with npm run publish).',
    },
  },
  'release-store-damaged': {
    severity: 'error',
    group: 'publishing',
    summary: {
      zh: '发布记录（releases/index.json 或某一期的记录文件）已损坏，无法读取。',
      en: 'The release store (releases/index.json or a release file) is damaged and cannot be read.',
    },
  },
  'site-url-missing': {
    severity: 'warning',
    group: 'configuration',
    summary: {
      zh: '没有配置网站的公开地址（release.json 的 site_url 或 --site）：二维码、嵌入代码和订阅源指向占位地址。',
      en: 'No public URL is configured (site_url in release.json, or --site): QR codes, embed codes and feeds point at a placeholder.',
    },
  },
  'chart-font-missing': {
    severity: 'error',
    group: 'fonts',
    summary: {
      zh: '缺少图表 PNG 所需的中文字体（npm 包 @expo-google-fonts/noto-sans-sc）。',
      en: 'The CJK font for chart PNGs (npm package @expo-google-fonts/noto-sans-sc) is not installed.',
    },
  },
  'output-broken-reference': {
    severity: 'error',
    group: 'output',
    summary: { zh: '生成的网站中某个链接或引用指向网站里没有的文件。', en: 'A link or reference in the built site points to a file the site does not have.' },
  },
  'output-orphan-file': {
    severity: 'error',
    group: 'output',
    summary: { zh: '生成的网站中有文件没有被任何页面、订阅源或清单引用。', en: 'A file of the built site is referred to by no page, feed or manifest.' },
  },
  'output-unpublished-person': {
    severity: 'error',
    group: 'output',
    summary: {
      zh: '未同意公开或已撤销表彰的人物出现在生成的网站中。',
      en: 'An honoree who did not consent, or whose honour was revoked, appears in the built site.',
    },
  },
  'release-exists': {
    severity: 'error',
    group: 'publishing',
    summary: { zh: '这一期已经发布过且内容不同（更正须加 --replace）。', en: 'The release was already published with different content (correct it with --replace).' },
  },
  'release-order': {
    severity: 'error',
    group: 'publishing',
    summary: { zh: '发布日期早于最近一期。', en: 'The release date is earlier than the latest release.' },
  },
  'export-inside-data': {
    severity: 'error',
    group: 'publishing',
    summary: { zh: '新一期的导出文件夹放在了 data/ 里面。', en: 'The new export folder is inside data/.' },
  },
  'publish-in-progress': {
    severity: 'error',
    group: 'publishing',
    summary: { zh: '另一个发布正在进行（一次只能有一个发布）。', en: 'Another publish is in progress (one publish at a time).' },
  },
  'release-not-live': {
    severity: 'error',
    group: 'publishing',
    summary: {
      zh: '发布完成后检查时，data/ 中的当前一期不是这次发布的一期。',
      en: 'Checked after the switch, the release live in data/ is not the one just published.',
    },
  },
  'site-url-required': {
    severity: 'error',
    group: 'configuration',
    summary: {
      zh: '发布时没有配置网站的公开地址（除非加 --allow-placeholder-url）。',
      en: 'Publishing without a configured public URL (unless --allow-placeholder-url is given).',
    },
  },
  'build-step-failed': {
    severity: 'error',
    group: 'build',
    summary: {
      zh: '某个构建步骤意外失败（写明步骤、出错的文件和该怎么做）。',
      en: 'A build step failed unexpectedly (the problem names the step, the file and what to do).',
    },
  },
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The kind of problem a code is, from the catalogue. */
export function problemGroup(code: ProblemCode): ProblemGroup {
  const entry: ProblemEntry = PROBLEMS[code];
  return entry.group ?? 'data';
}

/**
 * A problem with its severity from the catalogue, put first; the other fields keep the order they are
 * given in, which is the order build-report.json shows them. Pass `severity` only where the code's
 * summary says it can be lowered (photo-not-image).
 *
 * Whatever a check echoes (an id, a reference, a header, a file name, the record's id) goes through here, so a
 * personal number typed into any cell is masked in every problem, not only in the privacy gate's own.
 */
export function problem(fields: Omit<Problem, 'severity'>, severity: Severity = PROBLEMS[fields.code].severity): Problem {
  const made: Problem = { severity, ...fields };
  for (const key of ['file', 'sheet', 'recordId', 'field', 'value'] as const) {
    const text = made[key];
    if (text !== undefined) made[key] = printable(text);
  }
  made.message = { zh: printable(fields.message.zh), en: printable(fields.message.en) };
  // An id that is a personal number already fails the privacy gate, so no page looks a warning up by it.
  if (fields.entity) made.entity = { table: fields.entity.table, id: maskPersonalData(fields.entity.id) };
  return made;
}

/**
 * Echoed text as a report may print it: personal numbers masked, then invisible characters shown as ⟨U+202E⟩, so a
 * bidi control in a cell cannot reorder the report's line in a terminal, a CI log or a browser, nor an escape drive the terminal.
 */
function printable(text: string): string {
  return showInvisible(maskPersonalData(text));
}
