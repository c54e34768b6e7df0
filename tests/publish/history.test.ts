// The release history as the build writes it: an export in data/ that is not the release recorded in its store is
// reported as a problem (release-not-recorded) for the build's report, not only printed.
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteMeta } from '../../src/dataset/dataset.ts';
import { writeReleaseHistory } from '../../src/publish/history.ts';
import { publish } from '../../src/publish/publish.ts';
import { novemberExport, workFolder } from './fixture.ts';

let work: string;
let dataDir: string;
const meta = { release: { release: '2026-11-01' } } as SiteMeta;

beforeAll(async () => {
  work = await workFolder('history');
  dataDir = join(work, 'data');
  const outcome = await publish({ exportDir: await novemberExport(work), dataDir, outDir: join(work, 'dist'), reportPath: join(work, 'report.json'), build: null, log: () => {} });
  if (outcome.status !== 'published') throw new Error(`the tiny export must publish, got ${outcome.status}`);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writeReleaseHistory', () => {
  it('has nothing to report for the export as recorded', async () => {
    const datasetDir = join(work, 'dataset-recorded');
    await mkdir(datasetDir, { recursive: true });
    const { history, problems } = await writeReleaseHistory({ dataDir, datasetDir, meta, honorees: [] });
    expect(problems).toEqual([]);
    expect(history.releases.map(({ release, recorded }) => ({ release, recorded }))).toEqual([{ release: '2026-11-01', recorded: true }]);
  });

  it('reports an export edited after it was recorded as a warning, and leaves it without a changelog', async () => {
    await appendFile(join(dataDir, 'notices.csv'), '\n');
    const datasetDir = join(work, 'dataset-edited');
    await mkdir(datasetDir, { recursive: true });
    const { history, problems } = await writeReleaseHistory({ dataDir, datasetDir, meta, honorees: [] });
    expect(problems.map(({ severity, code, file, value }) => ({ severity, code, file, value }))).toEqual([
      { severity: 'warning', code: 'release-not-recorded', file: 'releases/index.json', value: '2026-11-01' },
    ]);
    expect(problems[0]?.message.en).toContain('npm run publish');
    expect(history.releases.map(({ release, recorded }) => ({ release, recorded }))).toEqual([{ release: '2026-11-01', recorded: false }]);
  });

  it.each([
    ['releases/index.json', '{"format": 1, "releases": [{"release": "2026-11-01",', 'not valid JSON'],
    ['releases/index.json', '{"format": 7, "releases": []}', 'unknown store format 7'],
    ['releases/2026-11-01/published/honorees.json', '[{"id": "H2025-001"', 'not valid JSON'],
  ])('reports a damaged %s (%s) as an error naming the file and what to do, never a parser error', async (file, text, reason) => {
    const root = await workFolder('history-damaged');
    const damaged = join(root, 'data');
    await publish({ exportDir: await novemberExport(root), dataDir: damaged, outDir: join(root, 'dist'), reportPath: join(root, 'report.json'), build: null, log: () => {} });
    await writeFile(join(damaged, file), text);
    const datasetDir = join(root, 'dataset');
    await mkdir(datasetDir, { recursive: true });
    const { problems } = await writeReleaseHistory({ dataDir: damaged, datasetDir, meta, honorees: [] });
    expect(problems.map(({ severity, code, file }) => ({ severity, code, file }))).toEqual([{ severity: 'error', code: 'release-store-damaged', file: join(damaged, file) }]);
    expect(problems[0]?.message.en).toContain(reason);
    expect(problems[0]?.message.en).toContain('restore it from version control');
    expect(problems[0]?.message.zh).toContain('git checkout --');
    await rm(root, { recursive: true, force: true });
  });
});
