// One worker thread of `validatePages`: validates its share of the pages (`workerData`, file paths) and posts
// back every error.
import { parentPort, workerData } from 'node:worker_threads';
import { Severity } from 'html-validate';
import { projectValidator, type PageError } from './validate-pages.ts';

const validator = projectValidator();
const errors: PageError[] = [];
for (const page of workerData as string[]) {
  const report = await validator.validateFile(page);
  for (const result of report.results) {
    for (const message of result.messages) {
      if (message.severity !== Severity.ERROR) continue;
      errors.push({ page, rule: message.ruleId, line: message.line, column: message.column, message: message.message });
    }
  }
}
parentPort?.postMessage(errors);
