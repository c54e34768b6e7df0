// Problems grouped as people read them — by file, and by sheet within a workbook — for the build report page, the
// deploy job's summary and the export checker page alike. Pure, so the browser can import it.
import type { Problem } from './report.ts';

export interface FileProblems {
  file: string;
  sheet?: string;
  problems: Problem[];
}

/** Problems by file and sheet, in the report's order; within one, errors before warnings. */
export function groupByFile(problems: readonly Problem[]): FileProblems[] {
  const groups = new Map<string, FileProblems>();
  for (const problem of problems) {
    const key = `${problem.file}\u0000${problem.sheet ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { file: problem.file, ...(problem.sheet !== undefined ? { sheet: problem.sheet } : {}), problems: [] };
      groups.set(key, group);
    }
    group.problems.push(problem);
  }
  for (const group of groups.values()) group.problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [...groups.values()];
}

/** A group's heading: the file, and the sheet for a workbook's (「export.xlsx 工作表「自强标兵」」). */
export function groupHeading(group: { file: string; sheet?: string }): string {
  return group.sheet !== undefined ? `${group.file} 工作表「${group.sheet}」` : group.file;
}
