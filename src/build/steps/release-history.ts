// Build step (child process, after the dataset is written): the release history and past releases' files.
import { parseArgs } from 'node:util';
import { readDatasetPart } from '../../dataset/dataset.ts';
import { writeReleaseHistory } from '../../publish/history.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, dataset: { type: 'string' } } });
if (!values.data || !values.dataset) throw new Error('release-history: --data and --dataset are required');

const [meta, honorees] = await Promise.all([readDatasetPart(values.dataset, 'meta'), readDatasetPart(values.dataset, 'honorees')]);
const history = await writeReleaseHistory({
  dataDir: values.data,
  datasetDir: values.dataset,
  meta,
  honorees,
  log: (message) => process.stderr.write(`${message}\n`),
});
process.stderr.write(`release history: ${history.releases.length} release(s)\n`);
