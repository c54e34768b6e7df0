// The readable report: every problem of the JSON report on the HTML page (file and sheet, Excel row, record id,
// column, Chinese first), nothing from the data turned into markup, no personal number printed; and as Markdown.
import { describe, expect, it } from 'vitest';
import { htmlReportPath, reportHtml, reportMarkdown, type ReportContent } from '../../src/build/report-files.ts';
import { problem } from '../../src/pipeline/problems.ts';
import { buildReport, problemLocation } from '../../src/pipeline/report.ts';

const problems = [
  problem({ code: 'unknown-enum', file: 'yangguang.xlsx', sheet: '自强标兵', row: 12, recordId: 'ZQ-1', line: 12, column: 6, field: '级别', value: '省级', message: { zh: '级别「省级」不在列表中。', en: 'Level "省级" is not allowed.' } }),
  problem({ code: 'privacy-mobile', file: 'honorees.csv', row: 4, line: 5, column: 10, field: '主要事迹', value: '请打 13992851234', message: { zh: '手机号 13992851234 不能公开。', en: 'Mobile 13992851234 must not be published.' } }),
  problem({ code: 'unknown-column', file: 'notices.csv', row: 1, line: 1, column: 3, field: '<script>alert(1)</script>', message: { zh: '未知的列「<script>」。', en: 'Unknown column "<script>".' } }),
];
const report = buildReport(problems, { exportDir: '/tmp/export', startedAt: '2026-12-07T08:00:00Z', finishedAt: '2026-12-07T08:00:05Z', ok: false }) as ReportContent;

describe('build-report.html', () => {
  it('sits beside build-report.json', () => {
    expect(htmlReportPath('/x/build-report.json')).toBe('/x/build-report.html');
  });

  it('shows every problem of the JSON report, grouped by file and sheet, at its location in Chinese and English', () => {
    const html = reportHtml(report);
    expect(html.match(/<li class="(error|warning)">/g)).toHaveLength(report.problems.length);
    for (const shown of report.problems) {
      const where = problemLocation(shown);
      expect(html).toContain(where.zh.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
    expect(html).toContain('<h2>yangguang.xlsx 工作表「自强标兵」');
    expect(html).toContain('yangguang.xlsx 工作表「自强标兵」第 12 行（编号 ZQ-1）F 列（级别）');
  });

  it('turns nothing from the data into markup and prints no personal number, needing no script', () => {
    const html = reportHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html.replace(/\D/g, '')).not.toContain('13992851234');
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });
});

describe('the job summary', () => {
  it('lists every problem with its location, masked', () => {
    const markdown = reportMarkdown(report);
    for (const shown of report.problems) expect(markdown).toContain(problemLocation(shown).zh.replace(/\|/g, '\\|'));
    expect(markdown).toContain('✗ 构建失败');
    expect(markdown.replace(/\D/g, '')).not.toContain('13992851234');
  });
});
