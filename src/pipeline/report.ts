// Problems as values → the zh/en text printed by the build and the build-report.json written beside it.
import { maskPersonalData } from './personal-data.ts';
import { columnLetters } from './column-letters.ts';
import { PROBLEM_GROUPS, problemGroup, type ProblemCode, type ProblemGroup, type Severity } from './problems.ts';
import type { Bilingual, TableName } from './schemas/index.ts';

export type { Bilingual } from './schemas/index.ts';

export interface Problem {
  severity: Severity;
  /** Stable machine code from the catalogue in problems.ts, e.g. 'duplicate-id', 'encoding', 'privacy-mobile'. */
  code: ProblemCode;
  /** Path relative to the export folder (or the built site), e.g. 'honorees.csv' or 'export.xlsx'. */
  file: string;
  /** The workbook's sheet, when the file is a workbook: `row` is then the sheet's row and `column` its column (A = 1). */
  sheet?: string;
  /**
   * A CSV record's row as Excel shows it: the header is row 1, the first record row 2. Unlike `line`,
   * a record whose quoted text holds line breaks is still one row. Blank lines count: Excel shows them as empty rows.
   */
  row?: number;
  /** What people call that record: its id (regions: code; fund lines: project id; pairings, indicators: place/year), masked. */
  recordId?: string;
  /** 1-based physical line where the offending row or cell starts (quoted line breaks count). */
  line?: number;
  /** 1-based column index. */
  column?: number;
  /** Header as written in the file (or the canonical name, or a JSON path). */
  field?: string;
  /** The offending value, shortened, personal numbers masked. */
  value?: string;
  /** What a valid value looks like. */
  expected?: Bilingual;
  /** The sentence, in Chinese and English. */
  message: Bilingual;
  /** What the problem is about, so pages can flag warnings. */
  entity?: { table: TableName; id: string };
}

const MAX_VALUE_LENGTH = 40;

/**
 * A value as it may appear in a report: personal numbers masked (never echoed in full),
 * line breaks shown as ↵, cut to about 40 characters.
 */
export function shownValue(value: string): string {
  const oneLine = maskPersonalData(value).replace(/\r\n|\r|\n/g, '↵');
  const chars = [...oneLine];
  return chars.length > MAX_VALUE_LENGTH ? `${chars.slice(0, MAX_VALUE_LENGTH - 1).join('')}…` : oneLine;
}

function locationZh(problem: Problem): string {
  if (problem.sheet !== undefined) return sheetLocationZh(problem, problem.sheet);
  let text = problem.file;
  if (problem.row !== undefined) text += ` Excel 第 ${problem.row} 行`;
  if (problem.recordId !== undefined) text += `（编号 ${problem.recordId}）`;
  // A CSV record: Excel's row first, the line in the file last, for a text editor.
  const line = problem.line !== undefined ? ` 第 ${problem.line} 行` : '';
  if (problem.row === undefined) text += line;
  if (problem.column !== undefined) text += `${problem.recordId !== undefined ? '' : ' '}第 ${problem.column} 列`;
  if (problem.field !== undefined) text += `（${problem.field}）`;
  if (problem.row !== undefined && line) text += `，文件${line.trimStart()}`;
  return text;
}

/** 「honorees.xlsx 工作表「自强标兵」第 12 行（编号 ZQ-1）H 列（主要事迹）」: a sheet's row is its only line. */
function sheetLocationZh(problem: Problem, sheet: string): string {
  let text = `${problem.file} 工作表「${sheet}」`;
  if (problem.row !== undefined) text += `第 ${problem.row} 行`;
  if (problem.recordId !== undefined) text += `（编号 ${problem.recordId}）`;
  if (problem.column !== undefined) text += `${problem.recordId !== undefined || problem.row === undefined ? '' : ' '}${columnLetters(problem.column)} 列`;
  if (problem.field !== undefined) text += `（${problem.field}）`;
  return text;
}

function sheetLocationEn(problem: Problem, sheet: string): string {
  const parts = [`${problem.file} sheet "${sheet}"`];
  if (problem.row !== undefined) parts.push(` row ${problem.row}`);
  if (problem.recordId !== undefined) parts.push(` (id ${problem.recordId})`);
  if (problem.column !== undefined) parts.push(`, column ${columnLetters(problem.column)}`);
  if (problem.field !== undefined) parts.push(` (${problem.field})`);
  return parts.join('');
}

function locationEn(problem: Problem): string {
  if (problem.sheet !== undefined) return sheetLocationEn(problem, problem.sheet);
  const parts = [problem.file];
  if (problem.row !== undefined) parts.push(` Excel row ${problem.row}`);
  if (problem.recordId !== undefined) parts.push(` (id ${problem.recordId})`);
  if (problem.row === undefined && problem.line !== undefined) parts.push(` line ${problem.line}`);
  if (problem.column !== undefined) parts.push(`${parts.length > 1 ? ',' : ''} column ${problem.column}`);
  if (problem.field !== undefined) parts.push(` (${problem.field})`);
  if (problem.row !== undefined && problem.line !== undefined) parts.push(`, file line ${problem.line}`);
  return parts.join('');
}

/** One block: the Chinese sentence, then the English one indented beneath it. */
/** Where a problem is, as the terminal says it: 「honorees.csv Excel 第 12 行（编号 ZQ-1）第 10 列（主要事迹）」. */
export function problemLocation(problem: Problem): Bilingual {
  return { zh: locationZh(problem), en: locationEn(problem) };
}

export function formatProblem(problem: Problem): string {
  const mark = problem.severity === 'error' ? '✗' : '⚠';
  const expectedZh = problem.expected ? `应为：${withStop(problem.expected.zh, '。')}` : '';
  const expectedEn = problem.expected ? ` Expected: ${withStop(problem.expected.en, '.')}` : '';
  return [
    `${mark} ${locationZh(problem)}：${problem.message.zh}${expectedZh}`,
    `  ${locationEn(problem)}: ${problem.message.en}${expectedEn}`,
  ].join('\n');
}

function withStop(sentence: string, stop: string): string {
  return /[。.！!？?]$/.test(sentence) ? sentence : sentence + stop;
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

export function summarize(problems: readonly Problem[]): Bilingual {
  const { errors, warnings } = countProblems(problems);
  if (errors === 0 && warnings === 0) return { zh: '没有发现问题。', en: 'No problems found.' };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    zh: `共 ${errors} 个错误，${warnings} 个警告。`,
    en: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  };
}

/**
 * Human text for the console: errors first (each group in the order found), one block per problem,
 * then the counts. `limit` caps the blocks printed; the rest are counted, never dropped silently.
 */
export function formatProblems(problems: Problem[], options: { limit?: number } = {}): string {
  const ordered = [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity === 'warning'),
  ];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const blocks = ordered.slice(0, limit).map(formatProblem);
  const hidden = ordered.length - blocks.length;
  if (hidden > 0) blocks.push(`… 另有 ${hidden} 个问题未列出，见 build-report.json。\n  … ${hidden} more not shown; see build-report.json.`);
  const summary = summarize(problems);
  blocks.push(`${summary.zh}\n${summary.en}`);
  return blocks.join('\n');
}

/** Errors, warnings and the codes found, for each kind of problem that occurs, in the catalogue's order of kinds. */
export function countByGroup(problems: readonly Problem[]): { group: ProblemGroup; error: number; warning: number; codes: Map<ProblemCode, number> }[] {
  const groups = new Map<ProblemGroup, { group: ProblemGroup; error: number; warning: number; codes: Map<ProblemCode, number> }>();
  for (const problem of problems) {
    const group = problemGroup(problem.code);
    let counts = groups.get(group);
    if (!counts) groups.set(group, (counts = { group, error: 0, warning: 0, codes: new Map() }));
    counts[problem.severity]++;
    counts.codes.set(problem.code, (counts.codes.get(problem.code) ?? 0) + 1);
  }
  return (Object.keys(PROBLEM_GROUPS) as ProblemGroup[]).flatMap((group) => groups.get(group) ?? []);
}

/**
 * The closing lines of a build or publish: the counts of every problem found by any step, then one line per kind
 * (数据 data, 配置 configuration, 字体 fonts, 输出 output, …) with its codes, so that a warning printed early is
 * still counted at the end.
 */
export function formatGroupedSummary(problems: readonly Problem[]): string {
  const summary = summarize(problems);
  const lines = [`${summary.zh} ${summary.en}`];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const { group, error, warning, codes } of countByGroup(problems)) {
    const zh = [error > 0 ? `${error} 个错误` : '', warning > 0 ? `${warning} 个警告` : ''].filter(Boolean).join('、');
    const en = [error > 0 ? plural(error, 'error') : '', warning > 0 ? plural(warning, 'warning') : ''].filter(Boolean).join(', ');
    const list = [...codes].map(([code, count]) => (count > 1 ? `${code} ×${count}` : code)).join(', ');
    lines.push(`  ${error > 0 ? '✗' : '⚠'} ${PROBLEM_GROUPS[group].zh} ${PROBLEM_GROUPS[group].en}: ${zh} ${en} (${list})`);
  }
  return lines.join('\n');
}

export interface ReportMeta {
  exportDir: string;
  release?: string;
  startedAt: string;
  finishedAt: string;
  ok: boolean;
}

/** The JSON written as build-report.json: meta, counts by severity, by code and by kind, every problem in both languages. */
export function buildReport(problems: Problem[], meta: ReportMeta) {
  const { errors, warnings } = countProblems(problems);
  const byCode: Record<string, number> = {};
  for (const problem of problems) byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
  return {
    format: 'yangguang-build-report/1',
    ok: meta.ok,
    exportDir: meta.exportDir,
    ...(meta.release !== undefined ? { release: meta.release } : {}),
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    counts: { error: errors, warning: warnings },
    byCode: Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : 1))),
    byGroup: Object.fromEntries(countByGroup(problems).map(({ group, error, warning }) => [group, { error, warning }])),
    summary: summarize(problems),
    problems,
  };
}
