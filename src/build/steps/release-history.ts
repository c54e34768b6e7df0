// Build step (child process, after the dataset is written): the release history and past releases' files; what it
// has to report (an export that is not the recorded release) goes to --problems for the orchestrator.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readDatasetPart } from '../../dataset/dataset.ts';
import { writeReleaseHistory } from '../../publish/history.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, dataset: { type: 'string' }, problems: { type: 'string' } } });
if (!values.data || !values.dataset || !values.problems) throw new Error('release-history: --data, --dataset and --problems are required');

const [meta, honorees] = await Promise.all([readDatasetPart(values.dataset, 'meta'), readDatasetPart(values.dataset, 'honorees')]);
const { history, problems } = await writeReleaseHistory({ dataDir: values.data, datasetDir: values.dataset, meta, honorees });
await writeFile(values.problems, JSON.stringify(problems));
process.stderr.write(`release history: ${history.releases.length} release(s)\n`);
