// The build's and the publish's report as files: build-report.json for programs, and beside it build-report.html for
// the people who publish — problems grouped by file (and sheet) and kind, each with its Excel row, record id and
// column, Chinese first, readable without JavaScript in any browser; and the same summary as Markdown for the
// deploy workflow's job summary, so a push of bad data explains itself on the run's page.
import { writeFile } from 'node:fs/promises';
import { PROBLEMS, type ProblemCode } from '../pipeline/problems.ts';
import { problemLocation, type Problem } from '../pipeline/report.ts';
import { groupByFile, groupHeading as heading } from '../pipeline/report-groups.ts';
import { escapeXml } from '../site/escape.ts';

export { groupByFile } from '../pipeline/report-groups.ts';

/** What both files show: the JSON report's fields that matter to a reader. */
export interface ReportContent {
  ok: boolean;
  exportDir: string;
  release?: string;
  finishedAt: string;
  counts: { error: number; warning: number };
  summary: { zh: string; en: string };
  problems: Problem[];
}

/** `build-report.json` → `build-report.html` beside it. */
export function htmlReportPath(jsonPath: string): string {
  return jsonPath.replace(/\.json$/i, '') + '.html';
}

/** Writes the JSON report and the HTML page beside it; returns the page's path. */
export async function writeReportFiles(jsonPath: string, report: ReportContent & Record<string, unknown>): Promise<string> {
  const htmlPath = htmlReportPath(jsonPath);
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(htmlPath, reportHtml(report));
  return htmlPath;
}

export function reportHtml(report: ReportContent): string {
  const e = escapeXml;
  const verdict = report.ok ? '构建成功 Build succeeded' : '构建失败，已发布的网站未改动 Build failed; the published site was not touched';
  const sections = groupByFile(report.problems).map((group) => {
    const items = group.problems.map((problem) => {
      const where = problemLocation(problem);
      const expected = problem.expected ? `<p class="expected">应为：${e(problem.expected.zh)}<br><span lang="en">Expected: ${e(problem.expected.en)}</span></p>` : '';
      const value = problem.value !== undefined ? `<p class="value">单元格内容 Value: <code>${e(problem.value)}</code></p>` : '';
      return `<li class="${problem.severity}">
<p class="where"><strong>${problem.severity === 'error' ? '错误' : '警告'}</strong> ${e(where.zh)} <code>${e(problem.code)}</code></p>
<p>${e(problem.message.zh)}</p>
<p lang="en">${e(where.en)}: ${e(problem.message.en)}</p>${value}${expected}
</li>`;
    });
    const errors = group.problems.filter((problem) => problem.severity === 'error').length;
    return `<section>
<h2>${e(heading(group))} <small>${errors} 个错误，${group.problems.length - errors} 个警告</small></h2>
<ol>
${items.join('\n')}
</ol>
</section>`;
  });
  const kinds = Object.entries(countCodes(report.problems))
    .map(([code, count]) => `<li><code>${e(code)}</code> ×${count}：${e(PROBLEMS[code as ProblemCode].summary.zh)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.ok ? '构建报告' : '构建失败'} · 阳光公示</title>
<style>
body { font: 16px/1.6 system-ui, "Noto Sans SC", "Microsoft YaHei", sans-serif; margin: 0 auto; padding: 1rem; max-width: 60rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; margin-top: 2rem; }
small { font-weight: normal; color: #555; }
ol { padding-left: 1.5rem; } li { margin: .75rem 0; padding-left: .5rem; border-left: 4px solid #b00020; }
li.warning { border-left-color: #8a6d00; } li p { margin: .15rem 0; overflow-wrap: anywhere; }
.where strong { color: #b00020; } li.warning .where strong { color: #6b5500; }
[lang="en"] { color: #444; } code { background: #f2f2f2; padding: 0 .2rem; }
</style>
</head>
<body>
<h1>${e(verdict)}</h1>
<p>${e(report.summary.zh)}<br><span lang="en">${e(report.summary.en)}</span></p>
<p>导出文件夹 Export: <code>${e(report.exportDir)}</code>${report.release ? ` · 发布日期 Release: ${e(report.release)}` : ''} · ${e(report.finishedAt)}</p>
${kinds ? `<h2>问题种类 Kinds of problem</h2>\n<ul>\n${kinds}\n</ul>` : ''}
${sections.join('\n')}
</body>
</html>
`;
}

function countCodes(problems: readonly Problem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of problems) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
  return counts;
}

/** The report as GitHub-flavoured Markdown for a job summary: verdict, counts, then each file's problems (at most `limit`). */
export function reportMarkdown(report: ReportContent, limit = 200): string {
  const lines = [`## ${report.ok ? '✓ 构建成功 Build succeeded' : '✗ 构建失败，已发布的网站未改动 Build failed; the published site was not touched'}`, '', `${report.summary.zh} ${report.summary.en}`, ''];
  let shown = 0;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  for (const group of groupByFile(report.problems)) {
    lines.push(`### ${cell(heading(group))}`, '', '| | 位置 Where | 问题 Problem |', '| --- | --- | --- |');
    for (const problem of group.problems) {
      if (shown++ >= limit) break;
      const where = problemLocation(problem);
      lines.push(`| ${problem.severity === 'error' ? '✗' : '⚠'} | ${cell(where.zh)} | ${cell(problem.message.zh)}<br>${cell(problem.message.en)} |`);
    }
    lines.push('');
  }
  if (shown > limit) lines.push(`… 另有 ${report.problems.length - limit} 个问题，见 build-report.html。 ${report.problems.length - limit} more in build-report.html.`);
  return `${lines.join('\n')}\n`;
}
