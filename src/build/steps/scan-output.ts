// Build step (child process): the privacy gate again, over every file of a built folder. The build scans the
// pages as soon as Astro has written them and the search index once it is complete; `--prefix` names the
// folder's place in the site (`pagefind`), so that problems name files as they will be published. An incremental
// build names the files it hard-linked from the published site (`--reused`, a JSON array of paths relative to
// the scanned folder): the scan is a function of a file's bytes, and those bytes were scanned when that site was built.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scanOutput } from '../output/privacy-scan.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, problems: { type: 'string' }, prefix: { type: 'string' }, reused: { type: 'string' } } });
if (!values.site || !values.problems) throw new Error('scan-output: --site and --problems are required');
const prefix = values.prefix ? `${values.prefix.replace(/\/+$/, '')}/` : '';
const reused = values.reused ? (JSON.parse(await readFile(values.reused, 'utf8')) as string[]) : [];
const problems = (await scanOutput(values.site, { reused })).map((problem) => ({ ...problem, file: `${prefix}${problem.file}` }));
await writeFile(values.problems, JSON.stringify(problems));
