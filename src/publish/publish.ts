// Publishing an export as named steps: validate → record beside the current data → build the site beside the
// published one → commit (journal) → switch data, then site, by rename. Before the commit nothing published has
// changed; after it the publish is completed by whoever runs next (recoverPublish), so every step is restartable.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { diffAsSeenNow, type ReleaseChanges } from '../open-data/derive/changes.ts';
import { loadExport } from '../pipeline/load.ts';
import { problem } from '../pipeline/problems.ts';
import { buildReport, formatProblems, type Problem } from '../pipeline/report.ts';
import { exportDigest, listExportFiles, listTree, placeFiles } from './export-files.ts';
import { placeRelease } from './release-order.ts';
import { publishableRelease } from './snapshot.ts';
import { readSnapshot, readStoreIndex, writeSnapshot, writeStoreIndex } from './store.ts';
import { publishPaths, STORE_FORMAT, storePaths, type StoredRelease } from './store-layout.ts';
import { recoverPublish, switchIn } from './switch.ts';

/** The points between steps; a test may crash the publish at any of them. */
export const PUBLISH_STEPS = ['validated', 'staged-data', 'built-site', 'committed', 'installed-data', 'installed-site'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** Builds the site from a data folder into a new folder; true when it succeeded. */
export type SiteBuilder = (dataDir: string, outDir: string) => Promise<boolean>;

export interface PublishOptions {
  /** The new export folder. */
  exportDir: string;
  /** The current export and its release store (`data/`). */
  dataDir: string;
  /** The published site (`dist/`). */
  outDir: string;
  /** Where the validation report is written (the build writes the same report). */
  reportPath: string;
  /** Correct the latest release: an export with the latest release's id replaces it. */
  replace?: boolean;
  /** Builds the next site; null records and installs the data only (the site is built elsewhere, e.g. CI). */
  build: SiteBuilder | null;
  /** Called after each step; tests throw here to simulate a crash. */
  afterStep?: (step: PublishStep) => void | Promise<void>;
  log?: (message: string) => void;
}

export type PublishOutcome =
  | { status: 'published'; release: string; changes: ReleaseChanges | undefined }
  | { status: 'unchanged'; release: string }
  | { status: 'rejected'; problems: Problem[] }
  | { status: 'build-failed'; release: string };

export async function publish(options: PublishOptions): Promise<PublishOutcome> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const step = async (name: PublishStep) => options.afterStep?.(name);
  const [exportDir, dataDir, outDir] = [options.exportDir, options.dataDir, options.outDir].map((path) => resolve(path)) as [string, string, string];
  const paths = publishPaths(dataDir, outDir);
  const startedAt = new Date().toISOString();

  const recovered = await recoverPublish(dataDir, outDir);
  if (recovered !== 'nothing to recover') log(`上次发布中断，已${recovered === 'rolled forward' ? '完成' : '撤销'}。 The interrupted publish was ${recovered}.`);

  // 1. Validate: the build's own loader and report, plus the place of this release in the store.
  const { data, problems } = await loadExport(exportDir);
  if (isInside(exportDir, dataDir)) problems.push(insideDataProblem(dataDir));
  const files = data ? await listExportFiles(exportDir) : [];
  const digest = data ? await exportDigest(exportDir, files) : '';
  const index = await readStoreIndex(dataDir);
  const place = data ? placeRelease(index, data.release.release, digest, options.replace ?? false) : undefined;
  if (place && 'severity' in place) problems.push(place);
  const ok = data !== undefined && !problems.some((problem) => problem.severity === 'error');
  const report = buildReport(problems, {
    exportDir,
    ...(data ? { release: data.release.release } : {}),
    startedAt,
    finishedAt: new Date().toISOString(),
    ok,
  });
  await writeFile(options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  if (problems.length > 0) log(formatProblems(problems, { limit: 50 }));
  if (!ok || !data || !place || 'severity' in place) {
    log('✗ 数据未通过校验，没有发布；已发布的数据和网站未改动。The export was rejected; nothing published was touched.');
    return { status: 'rejected', problems };
  }
  const release = data.release.release;
  await step('validated');

  const installed = existsSync(dataDir) ? await exportDigest(dataDir, await listExportFiles(dataDir)) : '';
  const siteInPlace = options.build === null || existsSync(outDir);
  if (place.kind === 'same' && installed === digest && siteInPlace) {
    log(`✓ ${release} 已是当前发布，没有变化。Release ${release} is already published; nothing changed.`);
    return { status: 'unchanged', release };
  }

  // 2. The next data folder: the export, the store's earlier releases (hard links), this release recorded.
  await rm(paths.dataNext, { recursive: true, force: true });
  await mkdir(paths.dataNext, { recursive: true });
  await placeFiles(exportDir, paths.dataNext, files, 'copy');
  const earlier = index.releases.filter((entry) => entry.release !== release);
  for (const entry of earlier) {
    const from = storePaths(dataDir).release(entry.release).dir;
    await placeFiles(from, storePaths(paths.dataNext).release(entry.release).dir, await listTree(from), 'link');
  }
  const publishable = publishableRelease(data, problems);
  // A copy, not a link: editing data/ in place must never change the record of what was published.
  await placeFiles(exportDir, storePaths(paths.dataNext).release(release).export, files, 'copy');
  await writeSnapshot(paths.dataNext, publishable.snapshot);
  const { contact: _contact, ...meta } = data.release;
  const entry: StoredRelease = { release, digest, meta, counts: publishable.counts };
  await writeStoreIndex(paths.dataNext, { format: STORE_FORMAT, releases: [...earlier, entry] });
  const previous = earlier.at(-1);
  const changes = previous
    ? diffAsSeenNow(await readSnapshot(dataDir, previous.release), publishable.snapshot, publishable.visibility)
    : undefined;
  await step('staged-data');

  // 3. The next site, built from the next data folder by the ordinary build, beside the published site.
  if (options.build) {
    const built = await options.build(paths.dataNext, paths.siteNext);
    if (!built) {
      await recoverPublish(dataDir, outDir);
      log('✗ 网站生成失败，没有发布；已发布的数据和网站未改动。The site did not build; nothing published was touched.');
      return { status: 'build-failed', release };
    }
  }
  await step('built-site');

  // 4. Commit: from here on a crash is completed, not undone.
  await writeFile(`${paths.journal}.tmp`, `${JSON.stringify({ release, digest })}\n`);
  await rename(`${paths.journal}.tmp`, paths.journal);
  await step('committed');

  // 5. Switch data, then site.
  await switchIn(dataDir, paths.dataNext, paths.dataReplaced);
  await step('installed-data');
  if (options.build) await switchIn(outDir, paths.siteNext, paths.siteReplaced);
  await step('installed-site');
  await rm(paths.journal, { force: true });
  log(`✓ 已发布 ${release}。Published release ${release}.`);
  return { status: 'published', release, changes };
}

/** An export inside data/ (other than data/ itself) would become part of the current export, then vanish with it. */
function isInside(exportDir: string, dataDir: string): boolean {
  const path = relative(dataDir, exportDir);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function insideDataProblem(dataDir: string): Problem {
  return problem({
    code: 'export-inside-data',
    file: '.',
    message: {
      zh: `新一期的导出文件夹不能放在 ${dataDir} 里面，请放在别处再发布。`,
      en: `The new export folder must not be inside ${dataDir}; put it elsewhere and publish again.`,
    },
  });
}
