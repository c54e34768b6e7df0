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
const { site, origin, base } = values;
const log = (message: string) => process.stderr.write(`output verification: ${message}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const began = performance.now();
  return [await run(), performance.now() - began];
};

const people = JSON.parse(await readFile(values.people, 'utf8')) as UnpublishedPeople;
// Absent or unreadable (or no --previous-state at all): every file is read, as in a full build, --reused or not.
const statePath = values['previous-state'];
const [previous, readMs] = await timed(async () => (statePath ? readVerifyState(statePath) : undefined));
const reused = values.reused ? (JSON.parse(await readFile(values.reused, 'utf8')) as string[]) : [];
const [result, verifyMs] = await timed(() => verifyOutput(site, { site: { origin, base }, people }, { previous, reused }));
await writeFile(values.problems, JSON.stringify(result.problems));
const stateOut = values['state-out'];
const [, writeMs] = await timed(async () => (stateOut ? writeVerifyState(stateOut, result.state) : undefined));

const ignored = statePath && !previous ? 'no usable previous state' : result.previousIgnored ? `previous state not used: ${result.previousIgnored}` : undefined;
log(
  `${result.state.files.length} files, ${result.reusedFiles} of them reused (references from the previous state${statePath && previous ? `, read in ${seconds(readMs)}` : ''}), ` +
    `verified in ${seconds(verifyMs)}${stateOut ? `; state written in ${seconds(writeMs)}` : ''}${ignored ? `; ${ignored}: every file read` : ''}`,
);
if (result.unusedAssets.length > 0) log(`removed ${result.unusedAssets.length} bundler asset(s) no page uses: ${result.unusedAssets.join(', ')}`);
