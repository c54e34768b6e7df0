// Build step (child process): the finished site in the staging folder verified as a whole — references, orphans,
// unpublished people (src/build/output/verify.ts) — before it may be swapped in.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyOutput } from '../output/verify.ts';
import type { UnpublishedPeople } from '../output/unpublished-people.ts';

const { values } = parseArgs({
  options: { site: { type: 'string' }, origin: { type: 'string' }, base: { type: 'string' }, people: { type: 'string' }, problems: { type: 'string' } },
});
if (!values.site || !values.origin || !values.base || !values.people || !values.problems) {
  throw new Error('verify-output: --site, --origin, --base, --people and --problems are required');
}
const people = JSON.parse(await readFile(values.people, 'utf8')) as UnpublishedPeople;
const { problems, unusedAssets } = await verifyOutput(values.site, { site: { origin: values.origin, base: values.base }, people });
if (unusedAssets.length > 0) process.stderr.write(`removed ${unusedAssets.length} bundler asset(s) no page uses: ${unusedAssets.join(', ')}\n`);
await writeFile(values.problems, JSON.stringify(problems));
