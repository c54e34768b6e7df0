// node scripts/sample-releases.ts [--data data] [--earlier 2026-10-01]
// Writes the sample's release history into data/releases/: an earlier release derived from the current sample
// (scripts/sample/earlier-release.ts), then the current one, both recorded with `npm run publish`'s own steps
// (--no-build). data/ itself ends byte-identical to before. Run it again after `npm run generate:sample`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExport } from '../src/pipeline/load.ts';
import { formatProblems } from '../src/pipeline/report.ts';
import { listExportFiles, placeFiles } from '../src/publish/export-files.ts';
import { publish } from '../src/publish/publish.ts';
import { storePaths } from '../src/publish/store-layout.ts';
import { earlierRelease } from './sample/earlier-release.ts';
import { writeExportFolder } from './sample/typed-export.ts';

const SEED = 20261101;
const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, earlier: { type: 'string', default: '2026-10-01' } } });
const log = (message: string) => process.stderr.write(`${message}\n`);

const { data: current, problems } = await loadExport(values.data);
if (!current) {
  log(formatProblems(problems));
  throw new Error(`sample-releases: ${values.data} is not a valid export`);
}
const boundaries = ['boundaries.geojson', 'boundaries.topojson'].find((file) => existsSync(join(values.data, file)));
if (!boundaries) throw new Error(`sample-releases: no boundaries file in ${values.data}`);

const earlier = earlierRelease(current, values.earlier, SEED);
const work = await mkdtemp(join(tmpdir(), 'yangguang-sample-releases-'));
const earlierDir = join(work, earlier.release);
const currentDir = join(work, current.release.release);
// targets.csv came with the current release: the earlier one was recorded before the format had it.
writeExportFolder(earlierDir, { ...current.release, release: earlier.release }, { ...current, targets: [], ...earlier }, current, boundaries);
// The current export is published from a byte-for-byte copy, since publishing replaces data/ itself.
await placeFiles(values.data, currentDir, await listExportFiles(values.data), 'copy');
log(`earlier release ${earlier.release}: ${JSON.stringify(earlier.planted, (key, value) => (Array.isArray(value) && key !== 'revoked' ? value.length : value))}`);

// Between the two publishes data/ holds the earlier export; if this stops there, regenerate the sample.
await rm(storePaths(values.data).root, { recursive: true, force: true });
const common = { dataDir: values.data, outDir: join(work, 'site'), reportPath: join(work, 'report.json'), build: null, log };
for (const exportDir of [earlierDir, currentDir]) {
  const outcome = await publish({ ...common, exportDir });
  if (outcome.status !== 'published') throw new Error(`sample-releases: publishing ${exportDir} ended ${outcome.status}`);
  if (outcome.changes) log(JSON.stringify(outcome.changes.tables.map((table) => [table.table, table.added.length, table.changed.length, table.removed.length])));
}
await rm(work, { recursive: true, force: true });
