// node scripts/report-summary.ts [build-report.json] — the report as Markdown for a CI job summary
// ($GITHUB_STEP_SUMMARY): a failed build of bad data explains itself on the run's page. Says so when there is no report.
import { existsSync, readFileSync } from 'node:fs';
import { reportMarkdown, type ReportContent } from '../src/build/report-files.ts';

const path = process.argv[2] ?? 'build-report.json';
if (!existsSync(path)) {
  process.stdout.write(`## 没有构建报告 No build report\n\n${path} 不存在：构建之前的步骤（安装或测试）已失败，见上方日志。 ${path} does not exist: a step before the build (install or tests) failed; see the log.\n`);
} else {
  process.stdout.write(reportMarkdown(JSON.parse(readFileSync(path, 'utf8')) as ReportContent));
}
