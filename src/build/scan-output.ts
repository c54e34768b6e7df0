// Build step (child process): the privacy gate again, over every file of the built site.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scanOutput } from '../pipeline/privacy.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, problems: { type: 'string' } } });
if (!values.site || !values.problems) throw new Error('scan-output: --site and --problems are required');
await writeFile(values.problems, JSON.stringify(await scanOutput(values.site)));
