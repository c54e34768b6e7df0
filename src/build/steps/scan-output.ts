// Build step (child process): the privacy gate again, over every file of a built folder. The build scans the
// pages as soon as Astro has written them and the search index once it is complete; `--prefix` names the
// folder's place in the site (`pagefind`), so that problems name files as they will be published.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scanOutput } from '../output/privacy-scan.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, problems: { type: 'string' }, prefix: { type: 'string' } } });
if (!values.site || !values.problems) throw new Error('scan-output: --site and --problems are required');
const prefix = values.prefix ? `${values.prefix.replace(/\/+$/, '')}/` : '';
const problems = (await scanOutput(values.site)).map((problem) => ({ ...problem, file: `${prefix}${problem.file}` }));
await writeFile(values.problems, JSON.stringify(problems));
