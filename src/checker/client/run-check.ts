// The export checker's engine, loaded once the page is up: the build's own checks (check-export.ts: decode, parse,
// workbooks, schemas, privacy gate, cross-file checks, stray files) over the dropped files, and the problems shaped
// for the page — grouped by file and sheet, each with its location in Chinese and English. Nothing leaves the page.
import { checkExport } from '../../pipeline/check-export.ts';
import { droppedFilesSource, type DroppedFile } from '../../pipeline/dropped-files.ts';
import { PROBLEMS } from '../../pipeline/problems.ts';
import { countProblems, problemLocation, summarize, type Bilingual, type Problem } from '../../pipeline/report.ts';
import { groupByFile, groupHeading } from '../../pipeline/report-groups.ts';

export interface ShownProblem {
  problem: Problem;
  where: Bilingual;
  /** The kind of problem in one line, from the catalogue. */
  kind: Bilingual;
}

export interface CheckOutcome {
  errors: number;
  warnings: number;
  summary: Bilingual;
  groups: { heading: string; errors: number; warnings: number; problems: ShownProblem[] }[];
  /** The export's own files as the build would store them (undefined when some problem is an error). */
  files?: string[];
}

export async function checkDroppedFiles(files: readonly DroppedFile[], name: string): Promise<CheckOutcome> {
  const { data, problems } = await checkExport(droppedFilesSource(files), name);
  const { errors, warnings } = countProblems(problems);
  return {
    errors,
    warnings,
    summary: summarize(problems),
    groups: groupByFile(problems).map((group) => {
      const counts = countProblems(group.problems);
      return {
        heading: groupHeading(group),
        ...counts,
        problems: group.problems.map((problem) => ({ problem, where: problemLocation(problem), kind: PROBLEMS[problem.code].summary })),
      };
    }),
    ...(data ? { files: data.files } : {}),
  };
}
