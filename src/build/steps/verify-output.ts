// Build step (child process): the finished site in the staging folder verified as a whole — references, orphans,
// unpublished people (src/build/output/verify.ts) — before it may be swapped in. An incremental build names the
// files it hard-linked from the published site (--reused) and that site's verification state (--previous-state):
// those files are not read again. Every build writes its own state (--state-out) for the next one.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyOutput } from '../output/verify.ts';
import { readVerifyState, writeVerifyState } from '../output/verify-state.ts';
import type { UnpublishedPeople } from '../output/unpublished-people.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    origin: { type: 'string' },
    base: { type: 'string' },
    people: { type: 'string' },
    problems: { type: 'string' },
    'previous-state': { type: 'string' },
    'state-out': { type: 'string' },
    reused: { type: 'string' },
  },
});
if (!values.site || !values.origin || !values.base || !values.people || !values.problems) {
  throw new Error('verify-output: --site, --origin, --base, --people and --problems are required');
}
const log = (message: string) => process.stderr.write(`verify-output: ${message}\n`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

const people = JSON.parse(await readFile(values.people, 'utf8')) as UnpublishedPeople;
let began = performance.now();
// Absent or unreadable (or no --previous-state at all): every file is read, as in a full build, --reused or not.
const previous = values['previous-state'] ? await readVerifyState(values['previous-state']) : undefined;
const reused = values.reused ? (JSON.parse(await readFile(values.reused, 'utf8')) as string[]) : [];
if (values['previous-state']) log(previous ? `previous state read in ${seconds(began)}` : 'no usable previous state: every file is read');

began = performance.now();
const result = await verifyOutput(values.site, { site: { origin: values.origin, base: values.base }, people }, { previous, reused });
if (result.previousIgnored) log(`previous state not used: ${result.previousIgnored}`);
log(`${result.state.files.length} files verified in ${seconds(began)}, ${result.reusedFiles} of them reused from the previous build (references from its state)`);
if (result.unusedAssets.length > 0) log(`removed ${result.unusedAssets.length} bundler asset(s) no page uses: ${result.unusedAssets.join(', ')}`);
await writeFile(values.problems, JSON.stringify(result.problems));
if (values['state-out']) {
  began = performance.now();
  await writeVerifyState(values['state-out'], result.state);
  log(`state written in ${seconds(began)}: ${result.state.strings.length} strings, ${result.state.targets.length} references`);
}
