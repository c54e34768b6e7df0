// Build step 1 (child process): read → decode → parse → validate → privacy gate → derive → write the dataset, and
// the list of photos to publish for the photo step.
import { rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { deriveDataset, writeDataset } from '../../dataset/dataset.ts';
import { photoSources } from '../../honorees/derive/honoree-photos.ts';
import { loadExport } from '../../pipeline/load.ts';
import { TableFileCache } from '../table-cache.ts';
import { unpublishedPeople } from '../output/unpublished-people.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    dataset: { type: 'string' },
    photos: { type: 'string' },
    problems: { type: 'string' },
    today: { type: 'string' },
    unpublished: { type: 'string' },
    /** Tables read by earlier builds (src/build/table-cache.ts), with the code fingerprint they are keyed by. */
    'table-cache': { type: 'string' },
    code: { type: 'string' },
  },
});
if (!values.data || !values.dataset || !values.photos || !values.problems || !values.today) {
  throw new Error('prepare: --data, --dataset, --photos, --problems and --today are required');
}

const tables = values['table-cache'] && values.code ? new TableFileCache(values['table-cache'], values.code) : undefined;
const { data, problems } = await loadExport(values.data, { log: (message) => process.stderr.write(`${message}\n`), ...(tables ? { tables } : {}) });
tables?.prune();
await writeFile(values.problems, JSON.stringify(problems));
if (data) {
  const dataset = deriveDataset(data, problems, values.today);
  await rm(values.dataset, { recursive: true, force: true });
  await writeDataset(dataset, values.dataset);
  // Only the photos of published, consenting honorees leave the export, re-encoded by the photo step; beside the
  // dataset, never in it (the list names export files and paths).
  await writeFile(values.photos, JSON.stringify(photoSources(dataset.honorees, data.photos, data.photoCells)));
  // Who must not appear in the output, for its verification; beside the dataset, never in it (pages read the dataset).
  if (values.unpublished) {
    const officials = [...data.pairings.map((row) => row.first_secretary), ...data.projects.map((row) => row.responsible)];
    await writeFile(values.unpublished, JSON.stringify(unpublishedPeople(data.honorees, officials)));
  }
}
process.exitCode = data ? 0 : 2;
