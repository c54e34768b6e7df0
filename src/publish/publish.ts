// Publishing an export as named steps: validate → record beside the current data → build the site beside the
// published one → commit (journal) → switch data, then site, by rename → check what is live. Before the commit
// nothing published has changed; after it the publish is completed by whoever runs next (recoverPublish), so every
// step is restartable. The whole of it holds the publish lock: one publish at a time.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { diffAsSeenNow, type ReleaseChanges } from '../open-data/derive/changes.ts';
import { loadExport } from '../pipeline/load.ts';
import { problem } from '../pipeline/problems.ts';
import { writeReportFiles } from '../build/report-files.ts';
import { buildReport, formatProblems, type Problem } from '../pipeline/report.ts';
import { HOW_TO_SET_SITE_URL, resolveSiteUrl } from '../site/site-url.ts';
import { exportDigest, listExportFiles, listTree, placeFiles } from './export-files.ts';
import { acquirePublishLock } from './publish-lock.ts';
import { placeRelease } from './release-order.ts';
import { publishableRelease } from './snapshot.ts';
import { DamagedStoreError, readSnapshot, readStoreIndex, writeSnapshot, writeStoreIndex } from './store.ts';
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
  /** The public URL the builder is given (`--site`); else the export's release.json `site_url`. */
  site?: string;
  /**
   * Build a site whose QR codes, embed codes and feeds point at the placeholder URL. Without it a publish that builds
   * the site refuses an export that configures no URL (site-url-required); `build: null` builds nothing and is not checked.
   */
  allowPlaceholderUrl?: boolean;
  /** Called after each step; tests throw here to simulate a crash. */
  afterStep?: (step: PublishStep) => void | Promise<void>;
  log?: (message: string) => void;
}

export type PublishOutcome =
  | { status: 'published'; release: string; changes: ReleaseChanges | undefined }
  | { status: 'unchanged'; release: string }
  | { status: 'rejected'; problems: Problem[] }
  | { status: 'build-failed'; release: string }
  /** Another publish holds the lock: nothing was touched, not even the report. */
  | { status: 'busy'; problem: Problem }
  /** Switched, but what data/ holds afterwards is not this release: it must not be reported as published. */
  | { status: 'not-live'; release: string; problem: Problem };

export async function publish(options: PublishOptions): Promise<PublishOutcome> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const [dataDir, outDir] = [options.dataDir, options.outDir].map((path) => resolve(path)) as [string, string];
  const { lock } = publishPaths(dataDir, outDir);
  await mkdir(dirname(lock), { recursive: true });
  const held = await acquirePublishLock(lock);
  if (!held.held) {
    log(`✗ ${held.problem.message.zh}\n  ${held.problem.message.en}`);
    return { status: 'busy', problem: held.problem };
  }
  try {
    return await publishLocked(options, log);
  } finally {
    await held.release();
  }
}

async function publishLocked(options: PublishOptions, log: (message: string) => void): Promise<PublishOutcome> {
  const step = async (name: PublishStep) => options.afterStep?.(name);
  const [exportDir, dataDir, outDir] = [options.exportDir, options.dataDir, options.outDir].map((path) => resolve(path)) as [string, string, string];
  const paths = publishPaths(dataDir, outDir);
  const startedAt = new Date().toISOString();

  const recovered = await recoverPublish(dataDir, outDir);
  if (recovered !== 'nothing to recover') log(`上次发布中断，已${recovered === 'rolled forward' ? '完成' : '撤销'}。 The interrupted publish was ${recovered}.`);

  // 1. Validate: the build's own loader and report, plus the place of this release in the store. Only the export's
  // own files (the format's, ExportData.files) are hashed, recorded and installed; the loader named any others.
  const { data, problems } = await loadExport(exportDir);
  if (isInside(exportDir, dataDir)) problems.push(insideDataProblem(dataDir));
  const files = data?.files ?? [];
  const digest = data ? await exportDigest(exportDir, files) : '';
  const index = (await readStore(() => readStoreIndex(dataDir), problems)) ?? { format: STORE_FORMAT, releases: [] };
  const place = data ? placeRelease(index, data.release.release, digest, options.replace ?? false) : undefined;
  if (place && 'severity' in place) problems.push(place);
  const earlier = data ? index.releases.filter((entry) => entry.release !== data.release.release) : [];
  const previous = earlier.at(-1);
  const previousSnapshot = previous && (await readStore(() => readSnapshot(dataDir, previous.release), problems));
  if (data && options.build && !options.allowPlaceholderUrl) {
    const site = resolveSiteUrl(options.site, data.release.site_url);
    if (site.source === 'placeholder') problems.push(siteUrlRequired(site.url));
  }
  const ok = data !== undefined && !problems.some((problem) => problem.severity === 'error');
  const report = buildReport(problems, {
    exportDir,
    ...(data ? { release: data.release.release } : {}),
    startedAt,
    finishedAt: new Date().toISOString(),
    ok,
  });
  const htmlReport = await writeReportFiles(options.reportPath, report);
  if (problems.length > 0) log(formatProblems(problems, { limit: 50 }));
  if (!ok || !data || !place || 'severity' in place) {
    log('✗ 数据未通过校验，没有发布；已发布的数据和网站未改动。The export was rejected; nothing published was touched.');
    log(`  报告（网页）Report (page): ${resolve(htmlReport)}`);
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

  // 2. The next data folder: the export's files, the store's earlier releases (hard links), this release recorded.
  await rm(paths.dataNext, { recursive: true, force: true });
  await mkdir(paths.dataNext, { recursive: true });
  await placeFiles(exportDir, paths.dataNext, files, 'copy');
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
  const changes = previousSnapshot ? diffAsSeenNow(previousSnapshot, publishable.snapshot, publishable.visibility) : undefined;
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

  // 6. Success is said only of what is live: data/ read back after the switch.
  const notLive = await liveProblem(dataDir, release, digest);
  if (notLive) {
    log(`✗ ${notLive.message.zh}\n  ${notLive.message.en}`);
    return { status: 'not-live', release, problem: notLive };
  }
  log(`✓ 已发布 ${release}。Published release ${release}.`);
  return { status: 'published', release, changes };
}

/** A read of the store; a damaged one is a problem of the publish (nothing is touched), never a parser's stack trace. */
async function readStore<T>(read: () => Promise<T>, problems: Problem[]): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof DamagedStoreError)) throw error;
    problems.push(error.problem);
    return undefined;
  }
}

/** Undefined when data/ holds `release` (its release.json) and its store's latest release is this one, by digest. */
async function liveProblem(dataDir: string, release: string, digest: string): Promise<Problem | undefined> {
  const installed = await readFile(join(dataDir, 'release.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { release?: unknown }).release,
    () => undefined,
  );
  const latest = await readStoreIndex(dataDir).then((index) => index.releases.at(-1), () => undefined);
  if (installed === release && latest?.release === release && latest.digest === digest) return undefined;
  const live = typeof installed === 'string' ? installed : '?';
  return problem({
    code: 'release-not-live',
    file: join(dataDir, 'release.json'),
    value: live,
    message: {
      zh: `发布 ${release} 没有生效：切换后 data/ 中是 ${live}，发布记录的最近一期是 ${latest?.release ?? '?'}。可能有人同时改动了 data/；请检查 data/ 和 data/releases/index.json，再重新发布。`,
      en: `Release ${release} is not live: after the switch data/ holds ${live} and the latest recorded release is ${latest?.release ?? '?'}. Something else may have changed data/ meanwhile; check data/ and data/releases/index.json, then publish again.`,
    },
  });
}

/** An export inside data/ (other than data/ itself) would become part of the current export, then vanish with it. */
function isInside(exportDir: string, dataDir: string): boolean {
  const path = relative(dataDir, exportDir);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function siteUrlRequired(placeholder: string): Problem {
  return problem({
    code: 'site-url-required',
    file: 'release.json',
    field: 'site_url',
    message: {
      zh: `没有配置网站的公开地址，未发布：打印公示上的二维码、嵌入代码和订阅源会指向占位地址 ${placeholder}。${HOW_TO_SET_SITE_URL.zh}；确实要用占位地址（如试用）时加 --allow-placeholder-url。`,
      en: `Not published: no public URL is configured, so QR codes on printed notices, embed codes and feeds would point at the placeholder ${placeholder}. To fix it, ${HOW_TO_SET_SITE_URL.en}; to publish on the placeholder anyway (e.g. a trial), add --allow-placeholder-url.`,
    },
  });
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
