// The whole build as named steps; the site in `outDir` is replaced only when every step succeeded.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjkFontFiles, MISSING_FONT_MESSAGE } from '../charts/font.ts';
import { problem } from '../pipeline/problems.ts';
import { writeReportFiles } from './report-files.ts';
import { buildReport, formatGroupedSummary, formatProblem, formatProblems, type Problem } from '../pipeline/report.ts';
import { treeUsage, watchTree, type StepTiming } from './measure.ts';
import { HOW_TO_SET_SITE_URL, resolveSiteUrl, type ResolvedSiteUrl } from '../site/site-url.ts';
import { StepRunner, stepFailed, succeeded, type Stage, type StepRun } from './stages.ts';
import { recoverInterruptedSwap, swapIn, swapPaths } from './swap.ts';
import { removeAbandonedWorkFolders, workFolder } from './work-folders.ts';
import { linkFiles, siteChanges, type SiteChanges } from './incremental/assemble.ts';
import { codeFingerprint, datasetDigests, exportFolderDigest, inputsFingerprint, listFiles } from './incremental/fingerprints.ts';
import { hasPrepared, keepPrepared, preparedKey, restorePrepared } from './incremental/prepared-cache.ts';
import { keepSiteState, pruneStates, readSiteState, STAGED_STATE, STATE_FILES, stateRootOf, type SiteState } from './incremental/site-state.ts';
import { INCREMENTAL_ENV, outputFileOf } from '../site/incremental.ts';

export interface BuildOptions {
  /** Export folder (format v1). */
  dataDir: string;
  /** Where the finished site goes; replaced atomically on success, untouched on failure. */
  outDir: string;
  /** Where build-report.json is written. */
  reportPath: string;
  /** "Today" for build-time publicity states, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  /**
   * Public URL of the site (canonical links, QR codes, embed codes, oEmbed, feeds): overrides release.json's
   * `site_url`; with neither the build uses a placeholder and warns (site-url-missing).
   */
  site?: string;
  /** Path the site is served under, e.g. `/yangguang/` for a GitHub Pages project site (default `/`). */
  base?: string;
  /** Stop after the dataset is written (for `npm run dev`). */
  prepareOnly?: boolean;
  /** Dataset folder; a private one per build unless given. */
  datasetDir?: string;
  /** Messages for the person running the build (stderr by default). */
  log?: (message: string) => void;
  /** Hide the child steps' own output (tests). */
  quiet?: boolean;
  /**
   * The published site this build may reuse (default `outDir`): pages whose inputs did not change are linked from
   * it rather than rendered again (src/build/incremental/). `npm run publish` builds beside the live site.
   */
  previousDir?: string;
  /** Render everything, reusing nothing (the state for the next build is still written). */
  full?: boolean;
  /** Where the manifest of files added, changed and removed is written (default: build-changes.json beside the report). */
  changesPath?: string;
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  timings: StepTiming[];
  /** The whole build: wall time from start to finish, and the highest memory of the build's whole process tree. */
  total: BuildTotal;
  /** The public URL every page, feed, QR code and embed code uses, and where it came from (once the export was read). */
  site?: ResolvedSiteUrl;
  /** How much of the published site was reused, and what the new one changed. */
  incremental?: IncrementalSummary;
}

export interface IncrementalSummary {
  /** `unchanged`: the code, export and options were those of the published site, so nothing was done. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Why a build with a published site at hand reused nothing of it. */
  fullBecause?: string;
  /** Keyed paths (pages and files of routes with getStaticPaths) rendered, and reused from the published site. */
  rendered: number;
  reused: number;
  /** The manifest's counts (build-changes.json), and the files of the new site that were written rather than linked. */
  added: number;
  changed: number;
  removed: number;
  files: number;
  written: number;
}

export interface BuildTotal {
  wallMs: number;
  peakRssBytes: number;
  /** CPU time (user + system) of every process of the build; more than the wall time when both cores work. */
  cpuMs: number;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const stepScript = (name: string) => join(projectRoot, 'src/build/steps', name);
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Today's date in China, where the notices' publicity periods run. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** One build: its options, folders, steps and problems, shared by the named steps below. */
interface Build {
  options: BuildOptions;
  log: (message: string) => void;
  steps: StepRunner;
  problems: Problem[];
  /** The published site, and the staging folder the new one is built in. */
  outDir: string;
  staging: string;
  /** This build's private folder (dataset, indexes, step reports), removed when it finishes. */
  workDir: string;
  datasetDir: string;
  /** The export's release id and its configured public URL (release.json `site_url`), once read. */
  release?: string;
  releaseSiteUrl?: string;
  /** The public URL resolved from --site, release.json and the placeholder: the one Astro and the verification use. */
  site?: ResolvedSiteUrl;
  /** The published site this build may reuse, its state, and this build's own digests. */
  previousDir: string;
  stateRoot: string;
  previous?: { folder: string; state: SiteState };
  fullBecause?: string;
  code: string;
  /** The export folder's digest (fingerprints.ts exportFolderDigest), once read. */
  exportDigest?: string;
  inputs: string;
  /** The state for the next build, written here and kept once the new site is swapped in. */
  stagedState: string;
  /** Keyed paths rendered and reused. */
  rendered: number;
  reused: number;
  /** Every file of the new site linked from the published one (pages, search bundles, name index). */
  reusedFiles: string[];
  changes?: SiteChanges;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const startedAt = new Date().toISOString();
  const began = performance.now();
  const cpuBefore = treeUsage(process.pid).cpuMs;
  const watch = watchTree(process.pid);
  const outDir = resolve(options.outDir);
  const workDir = workFolder(resolve(projectRoot, '.yangguang'));
  await removeAbandonedWorkFolders(dirname(workDir));
  const build: Build = {
    options,
    log: options.log ?? ((message: string) => process.stderr.write(`${message}\n`)),
    steps: new StepRunner({ cwd: projectRoot, quiet: options.quiet ?? false, crashReports: workDir }),
    problems: [],
    outDir,
    staging: swapPaths(outDir).staging,
    workDir,
    datasetDir: resolve(options.datasetDir ?? join(workDir, 'dataset')),
    previousDir: resolve(options.previousDir ?? outDir),
    stateRoot: stateRootOf(INCREMENTAL_ROOT, resolve(options.previousDir ?? outDir)),
    code: '',
    inputs: '',
    stagedState: join(workDir, STAGED_STATE),
    rendered: 0,
    reused: 0,
    reusedFiles: [],
  };

  const { previousRemoved } = await recoverInterruptedSwap(outDir);
  // Awaited before any return, so that a failed build leaves nothing deleting in the background.
  const finishRemoving = previousRemoved.then(() => undefined, () => undefined);
  const ran = await runSteps(build, previousRemoved);
  const ok = ran !== false;
  await finishRemoving;

  // Every step has ended and been waited for: this process's children's time holds all of theirs.
  const total = { wallMs: Math.round(performance.now() - began), peakRssBytes: watch.stop().peakRssBytes, cpuMs: treeUsage(process.pid).cpuMs - cpuBefore };
  const { problems, steps: { timings }, log } = build;
  const report = buildReport(problems, {
    exportDir: resolve(options.dataDir),
    ...(build.release ? { release: build.release } : {}),
    startedAt,
    finishedAt: new Date().toISOString(),
    ok,
  });
  const { site } = build;
  const incremental = ran === false || options.prepareOnly ? undefined : incrementalSummary(build, ran);
  const htmlReport = await writeReportFiles(options.reportPath, { ...report, ...(site ? { site } : {}), ...(incremental ? { incremental } : {}), timings, total });
  if (!options.prepareOnly) await rm(build.staging, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
  log(ok ? `✓ 构建成功 Build succeeded → ${outDir}` : `✗ 构建失败，已发布的网站未改动。Build failed; the published site was not touched.`);
  if (incremental) log(`  ${formatIncremental(incremental)}`);
  // Every problem of every step, counted by kind: a warning printed early is not lost above the steps' output.
  log(formatGroupedSummary(problems).replace(/^/gm, '  '));
  if (site) log(`  网址 Site URL: ${site.url}（${SITE_URL_SOURCES[site.source].zh}）(${SITE_URL_SOURCES[site.source].en})`);
  log(`  报告 Report: ${resolve(options.reportPath)}`);
  // Last, so that it is what a publisher sees: the page to open.
  log(`  报告（网页）Report (page): ${resolve(htmlReport)}`);
  return { ok, problems, timings, total, ...(site ? { site } : {}), ...(incremental ? { incremental } : {}) };
}

/** Where the states of published sites are kept (src/build/incremental/site-state.ts). */
const INCREMENTAL_ROOT = join(projectRoot, '.yangguang', 'incremental');

function incrementalSummary(build: Build, mode: IncrementalSummary['mode']): IncrementalSummary {
  const { changes } = build;
  return {
    mode,
    ...(build.fullBecause ? { fullBecause: build.fullBecause } : {}),
    rendered: build.rendered,
    reused: build.reused,
    added: changes?.added.length ?? 0,
    changed: changes?.changed.length ?? 0,
    removed: changes?.removed.length ?? 0,
    files: changes?.files ?? 0,
    written: changes ? changes.files - changes.linked : 0,
  };
}

export function formatIncremental(summary: IncrementalSummary): string {
  if (summary.mode === 'unchanged') return '代码、导出数据和选项都与已发布的网站相同，未重新生成。 Code, export and options are those of the published site: nothing to do.';
  const how = summary.mode === 'incremental'
    ? `增量构建：生成 ${summary.rendered} 个页面和文件，沿用 ${summary.reused} 个。 Incremental: ${summary.rendered} pages and files rendered, ${summary.reused} reused.`
    : `完整构建 Full build${summary.fullBecause ? `（${summary.fullBecause}）` : ''}: ${summary.rendered} pages and files rendered.`;
  return `${how} 变更 Changes: +${summary.added} ~${summary.changed} -${summary.removed} (of ${summary.files} files).`;
}

const SITE_URL_SOURCES = {
  option: { zh: '来自 --site', en: 'from --site' },
  release: { zh: '来自 release.json 的 site_url', en: "from release.json's site_url" },
  placeholder: { zh: '占位地址，未配置', en: 'a placeholder: not configured' },
} as const;

/** The build's steps in order; false as soon as one fails, else whether it reused the published site. */
async function runSteps(build: Build, previousRemoved: Promise<unknown>): Promise<IncrementalSummary['mode'] | false> {
  await mkdir(build.workDir, { recursive: true });
  if (!build.options.prepareOnly && (await build.steps.inline('published site: fingerprints and state', () => publishedSite(build))) === 'unchanged') {
    await writeChanges(build);
    return 'unchanged';
  }
  if (!(await prepareDataset(build))) return false;
  if (!(await honoreePhotos(build))) return false;
  publicUrl(build);
  if (build.previous && (build.previous.state.site !== build.site?.url || build.previous.state.base !== basePath(build))) {
    reuseNothing(build, '网址或路径变了 the public URL or base path changed');
  }
  if (!chartFont(build)) return false;
  // The search index is made from the derived records alone: it starts now, at a lower priority, beside the share
  // images and the release history, which leave a core idle on a rebuild.
  const search = build.options.prepareOnly ? undefined : startSearchRecords(build);
  const stopSearch = async (): Promise<false> => {
    if (!search) return false;
    search.stage.abort();
    await Promise.allSettled([search.records, search.recordsScanned]);
    search.stage.close();
    return false;
  };
  if (!(await shareImages(build))) return stopSearch();
  if (!(await releaseHistory(build))) return stopSearch();
  if (!search) return 'full';
  if (!(await pagesAndSearchIndex(build, search))) return false;
  if (!(await verifyOutput(build))) return false;
  await build.steps.inline('manifest of changes', async () => {
    build.changes = siteChanges(existsSync(build.previousDir) ? build.previousDir : undefined, build.staging, new Set(build.reusedFiles));
    await writeChanges(build);
  });
  await previousRemoved;
  await build.steps.inline('swap in and keep state', async () => {
    await swapIn(build.outDir);
    await keepSiteState(build.stateRoot, build.outDir, build.stagedState, {
      version: 1,
      code: build.code,
      site: build.site?.url ?? '',
      base: basePath(build),
      inputs: build.inputs,
      builtAt: new Date().toISOString(),
      published: build.previousDir,
    });
  });
  return build.previous ? 'incremental' : 'full';
}

/**
 * 0. The published site and what it was built from: with the same code, export and options nothing is done; with
 * the same code it may be reused page by page; otherwise (or with --full, or no state for it) the build is full.
 */
async function publishedSite(build: Build): Promise<'unchanged' | 'changed'> {
  const { options } = build;
  build.code = codeFingerprint(projectRoot);
  build.exportDigest = exportFolderDigest(resolve(options.dataDir));
  build.inputs = inputsFingerprint(build.exportDigest, { code: build.code, today: options.today, site: options.site, base: basePath(build) });
  await mkdir(build.stagedState, { recursive: true });
  await pruneStates(INCREMENTAL_ROOT);
  const previous = await readSiteState(build.stateRoot, build.previousDir);
  if (!previous) {
    if (existsSync(build.previousDir)) build.fullBecause = '没有上次构建的记录 no record of the published site\'s build';
    return 'changed';
  }
  if (previous.state.inputs === build.inputs && build.previousDir === build.outDir && (await untouched(previous.folder, build.previousDir))) return 'unchanged';
  if (options.full) return reuseNothing(build, '--full'), 'changed';
  if (previous.state.code !== build.code) return reuseNothing(build, '代码或依赖变了 the code or its dependencies changed'), 'changed';
  build.previous = previous;
  return 'changed';
}

function reuseNothing(build: Build, because: string): void {
  delete build.previous;
  build.fullBecause = because;
}

/** The manifest of the files a host must upload or delete, beside the report. */
async function writeChanges(build: Build): Promise<void> {
  const path = build.options.changesPath ?? join(dirname(resolve(build.options.reportPath)), 'build-changes.json');
  const { added = [], changed = [], removed = [] } = build.changes ?? {};
  await writeFile(path, `${JSON.stringify({ site: build.outDir, added, changed, removed }, null, 1)}\n`);
}

/**
 * 1. read → decode → parse → validate → privacy gate → derive: the dataset the pages are made from. When the code and
 * the export are those of a recent build (the nightly refresh), its results are taken from the prepared cache with
 * today's date instead (src/build/incremental/prepared-cache.ts); --full always runs the step.
 */
async function prepareDataset(build: Build): Promise<boolean> {
  const { options, datasetDir, problems } = build;
  const inputProblems = join(build.workDir, 'input-problems.json');
  const files = { dataset: datasetDir, problems: inputProblems, photos: photoSourcesFile(build), unpublished: unpublishedPeopleFile(build) };
  const key = build.code && build.exportDigest ? preparedKey(build.code, resolve(options.dataDir), build.exportDigest) : undefined;
  const restored = key !== undefined && !options.full && hasPrepared(PREPARED_ROOT, key) && (await build.steps.inline('read, validate and derive: as the last build of this export (prepared cache)', () => restorePrepared(PREPARED_ROOT, key, files, options.today)));
  const prepared = restored ? undefined : await build.steps.run('read, validate and derive', stepScript('prepare.ts'), [
    '--data', resolve(options.dataDir), '--dataset', datasetDir, '--problems', inputProblems, '--today', options.today,
    '--unpublished', files.unpublished, '--photos', files.photos,
    ...(build.code ? ['--table-cache', join(projectRoot, '.yangguang', 'table-cache'), '--code', build.code] : []),
  ]);
  if (restored) build.log('read, validate and derive: the export is as the last build read it; its dataset taken from the prepared cache with today\'s date');
  // One by one: an export with hundreds of thousands of problems would overflow push(...)'s arguments.
  if (existsSync(inputProblems)) for (const found of JSON.parse(await readFile(inputProblems, 'utf8')) as Problem[]) problems.push(found);
  if (problems.length > 0) build.log(formatProblems(problems));
  if (existsSync(join(datasetDir, 'meta.json'))) {
    const { release } = JSON.parse(await readFile(join(datasetDir, 'meta.json'), 'utf8')) as { release: { release: string; site_url?: string } };
    build.release = release.release;
    if (release.site_url !== undefined) build.releaseSiteUrl = release.site_url;
  }
  if (restored) return true;
  if (prepared?.exitCode === 0) {
    if (key !== undefined) await build.steps.inline('prepared cache kept', () => keepPrepared(PREPARED_ROOT, key, files));
    return true;
  }
  if (prepared && !problems.some((problem) => problem.severity === 'error')) problems.push(stepFailed('read, validate and derive', prepared));
  return false;
}

/** Where the prepare step's results are kept between builds. */
const PREPARED_ROOT = join(projectRoot, '.yangguang', 'prepared');

const unpublishedPeopleFile = (build: Build) => join(build.workDir, 'unpublished-people.json');

/**
 * 1b. The public URL, resolved once: --site, else release.json's site_url, else the placeholder with a warning. Astro
 * gets it as --site (Astro.site: canonical links, QR codes, embed codes, oEmbed, feeds) and the verification as the
 * site's origin.
 */
function publicUrl(build: Build): void {
  build.site = resolveSiteUrl(build.options.site, build.releaseSiteUrl);
  if (build.site.source === 'placeholder') addProblems(build, [siteUrlMissing(build.site.url)]);
}

export function siteUrlMissing(placeholder: string): Problem {
  return problem({
    code: 'site-url-missing',
    file: 'release.json',
    field: 'site_url',
    message: {
      zh: `没有配置网站的公开地址：打印公示上的二维码、嵌入代码、oEmbed、订阅源和规范链接都指向占位地址 ${placeholder}。${HOW_TO_SET_SITE_URL.zh}。`,
      en: `No public URL is configured: QR codes on printed notices, embed codes, oEmbed, feeds and canonical links point at the placeholder ${placeholder}; ${HOW_TO_SET_SITE_URL.en}.`,
    },
  });
}

/**
 * 1a. Each published honoree photo decoded and re-encoded at the widths the profile uses (src/build/photos/), only
 * new or changed ones: the others come from the photo cache, kept between builds in .yangguang/photo-cache/.
 */
async function honoreePhotos(build: Build): Promise<boolean> {
  const problemsFile = join(build.workDir, 'photo-problems.json');
  const encoded = await build.steps.run('honoree photos', stepScript('photos.ts'), [
    '--sources', photoSourcesFile(build), '--dataset', build.datasetDir, '--cache', join(projectRoot, '.yangguang', 'photo-cache'), '--problems', problemsFile,
  ]);
  if (encoded.exitCode !== 0) {
    build.problems.push(stepFailed('honoree photos', encoded));
    return false;
  }
  return addProblems(build, JSON.parse(await readFile(problemsFile, 'utf8')) as Problem[]);
}

const photoSourcesFile = (build: Build) => join(build.workDir, 'photo-sources.json');

/**
 * 1b'. Share cards (every notice, honorees by kind × level × year, the site) and the posters of notices whose period
 * has not ended, drawn with the text as outlines (src/share/) and rendered only when not in the share-image cache,
 * kept between builds in .yangguang/share-cache/; into the dataset's share/, copied into the site with the pages.
 */
async function shareImages(build: Build): Promise<boolean> {
  const site = new URL(build.site?.url ?? resolveSiteUrl(build.options.site, undefined).url);
  const made = await build.steps.run('share images', stepScript('share-images.ts'), [
    '--dataset', build.datasetDir, '--cache', join(projectRoot, '.yangguang', 'share-cache'), '--origin', site.origin, '--base', basePath(build),
  ]);
  if (made.exitCode === 0) return true;
  build.problems.push(stepFailed('share images', made));
  return false;
}

/** The path the site is served under, `/` or `/sub/`. */
const basePath = (build: Build) => `/${(build.options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** 1c. The release store beside the export (DIR/releases/): changelog and past releases' files, as of today's consent. */
async function releaseHistory(build: Build): Promise<boolean> {
  const problemsFile = join(build.workDir, 'history-problems.json');
  const history = await build.steps.run('release history', stepScript('release-history.ts'), [
    '--data', resolve(build.options.dataDir), '--dataset', build.datasetDir, '--problems', problemsFile,
  ]);
  if (history.exitCode !== 0) {
    build.problems.push(stepFailed('release history', history));
    return false;
  }
  return addProblems(build, JSON.parse(await readFile(problemsFile, 'utf8')) as Problem[]);
}

/** 1d. The CJK font chart PNGs and share images are drawn with, before either is made: without it each PNG route would fail mid-build. */
function chartFont(build: Build): boolean {
  const found = chartFontProblem(cjkFontFiles());
  return found ? addProblems(build, [found]) : true;
}

export function chartFontProblem(fontFiles: readonly string[] | undefined): Problem | undefined {
  if (fontFiles !== undefined) return undefined;
  return problem({ code: 'chart-font-missing', file: 'node_modules/@expo-google-fonts/noto-sans-sc', message: MISSING_FONT_MESSAGE });
}

/** The search index's records phase, started before the pages (startSearchRecords), with the stage it runs in. */
interface SearchRecords {
  stage: Stage;
  records: Promise<StepRun | undefined>;
  /** Its output scanned (the records' bundles and the name index). */
  recordsScanned: Promise<void>;
  /** A privacy scan of a folder in this stage, its problems written to a file of `problemFiles`. */
  scan: (step: string, folder: string, prefix?: string, reused?: string) => Promise<StepRun | undefined>;
  problemFiles: string[];
  done: () => boolean;
  recordsIndex: string;
  recordBundles: string;
  nameIndex: string;
  searchReused: string;
  namesReused: string;
}

/**
 * 2a. The search index for honorees, projects and notices, written from the dataset (it needs no built page; one bundle
 * at a time), at a lower priority than the steps beside it: the index takes the CPU they leave, and Astro, whose
 * pages the last step needs, is not slowed by it. The published site's bundles (and name index) whose records did
 * not change are linked rather than written.
 */
function startSearchRecords(build: Build): SearchRecords {
  const { workDir, datasetDir } = build;
  const stage = build.steps.stage();
  const problemFiles: string[] = [];
  // A scan skips the files linked from the published site (`reused`, a file listing them): their bytes were
  // scanned when it was built.
  const scan = (step: string, folder: string, prefix?: string, reused?: string) => {
    const problemsFile = join(workDir, `output-problems-${problemFiles.length}.json`);
    problemFiles.push(problemsFile);
    return stage.step(step, stepScript('scan-output.ts'), [
      '--site', folder, '--problems', problemsFile, ...(prefix ? ['--prefix', prefix] : []), ...(reused && existsSync(reused) ? ['--reused', reused] : []),
    ]);
  };
  const recordsIndex = join(workDir, 'pagefind');
  const recordBundles = join(workDir, 'search-records.json');
  const nameIndex = join(workDir, 'names');
  const searchReused = join(workDir, 'search-reused.json');
  const namesReused = join(workDir, 'names-reused.json');
  const searchReuse = build.previous
    ? ['--previous', join(build.previousDir, 'pagefind'), '--previous-names', join(build.previousDir, 'search', 'names'), '--previous-keys', join(build.previous.folder, STATE_FILES.searchKeys)]
    : [];
  const records = stage.step('search index: honorees, projects, notices', stepScript('search-index.ts'), [
    '--dataset', datasetDir, '--out', recordsIndex, '--summary', recordBundles, '--names', nameIndex, ...searchReuse,
    '--keys-out', join(build.stagedState, STATE_FILES.searchKeys), '--reused-out', searchReused, '--names-reused-out', namesReused,
  ], { niceness: 10 }, 'share images, release history and Astro pages');
  let recordsDone = false;
  void records.finally(() => (recordsDone = true));
  const recordsScanned = records.then(async (result) => {
    if (!succeeded(result)) return;
    await scan('output privacy scan: search index', recordsIndex, 'pagefind', searchReused);
    await scan('output privacy scan: name index', nameIndex, 'search/names', namesReused);
  });
  return { stage, records, recordsScanned, scan, problemFiles, done: () => recordsDone, recordsIndex, recordBundles, nameIndex, searchReused, namesReused };
}

/**
 * 2. Astro renders every page into the staging folder, beside the search index of the records (started before;
 * the two share the machine's two cores and stay inside the memory budget together).
 * 3. The privacy gate again over every file written, each part as soon as it is complete: the records' index
 * beside Astro, the pages once Astro is done, beside the index of the pages that are searchable as built (the
 * about page) and that part's own scan.
 */
async function pagesAndSearchIndex(build: Build, search: SearchRecords): Promise<boolean> {
  const { options, staging, workDir, datasetDir } = build;
  const { stage, records, recordsScanned, scan, problemFiles, recordsIndex, recordBundles, nameIndex, searchReused, namesReused } = search;
  await rm(staging, { recursive: true, force: true });
  const site = build.site?.url ?? resolveSiteUrl(options.site, undefined).url;
  const astroArgs = ['build', '--outDir', staging, '--site', site, ...(options.base ? ['--base', options.base] : []), ...(options.quiet ? ['--silent'] : [])];
  const pagesIndex = join(workDir, 'pagefind-pages');

  // Astro keeps its intermediate server build in <cwd>/.astro/ when the output folder lies outside the
  // working directory; running it from this build's private folder keeps concurrent builds apart.
  // A larger young generation: rendering makes short-lived garbage page after page, and with V8's default
  // the Astro step spent ~18 s of 250 in the garbage collector at 100,000 honorees (~5 % faster, +170 MB).
  // NODE_ENV production whoever runs the build: a test runner's NODE_ENV=test would ship React's development build.
  const keys = await build.steps.inline('page keys: dataset digests, published stamps', () => pageKeys(build));
  const astro = stage.step('Astro pages', astroBin, [...astroArgs, '--root', projectRoot], {
    env: { YANGGUANG_DATASET: datasetDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...keys.env },
    cwd: workDir,
    nodeFlags: ['--max-semi-space-size=64'],
  });
  keys.follow();
  const pagesDone = astro.then(async (result) => {
    keys.stop();
    if (!succeeded(result)) return;
    await build.steps.inline('reused pages linked, stamps kept', async () => {
      await keys.reuse();
      // Photos and share images: made (or taken from their caches) by earlier steps, linked in with their folders.
      for (const folder of ['photos', 'share']) linkFiles(join(datasetDir, folder), join(staging, folder), listFiles(join(datasetDir, folder)));
    }, search.done() ? undefined : 'search index: honorees, projects, notices');
    await Promise.all([
      scan('output privacy scan: pages', staging, undefined, pagesReused(build)),
      // The index of the other pages writes the manifest of all bundles: it needs the records' summary.
      records.then(async (recordsResult) => {
        if (!succeeded(recordsResult)) return;
        const indexed = await stage.step('search index: other pages', stepScript('search-index.ts'), ['--site', staging, '--out', pagesIndex, '--records', recordBundles]);
        if (succeeded(indexed)) await scan('output privacy scan: search index of other pages', pagesIndex, 'pagefind');
      }),
    ]);
  });
  await Promise.all([pagesDone, recordsScanned]);
  stage.close();
  if (stage.failure) {
    build.problems.push(stepFailed(stage.failure.step, stage.failure));
    return false;
  }

  await rm(join(staging, 'pagefind'), { recursive: true, force: true });
  await rename(recordsIndex, join(staging, 'pagefind'));
  for (const entry of await readdir(pagesIndex)) await rename(join(pagesIndex, entry), join(staging, 'pagefind', entry));
  // The name index (search-index.ts --names) beside the search page that reads it.
  await mkdir(join(staging, 'search'), { recursive: true });
  await rename(nameIndex, join(staging, 'search', 'names'));
  // Every file linked from the published site, for the verification (which takes their references from its state).
  const linked = async (file: string, prefix: string) =>
    existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as string[]).map((path) => `${prefix}${path}`) : [];
  build.reusedFiles = build.reusedFiles.concat(await linked(searchReused, 'pagefind/'), await linked(namesReused, 'search/names/'));
  const leaks = (await Promise.all(problemFiles.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as Problem[]))).flat();
  return addProblems(build, leaks);
}

/**
 * 2a. Each keyed path's key (src/site/incremental.ts): Astro is given the published site's keys and renders only
 * the paths whose key changed; once it is done, every other path's file is linked from the published site, and
 * the new keys are kept for the next build.
 */
async function pageKeys(build: Build): Promise<PageKeys> {
  const { workDir, staging, previous } = build;
  const digests = join(workDir, 'dataset-digests.json');
  await writeFile(digests, JSON.stringify(datasetDigests(build.datasetDir)));
  const keysOut = join(workDir, 'page-keys.jsonl');
  await rm(keysOut, { force: true });
  // The published files that are still as the last build wrote them: a file edited or deleted by hand since is
  // rendered again rather than linked.
  const { keys: known, stamps: knownStamps } = previous ? await reusableKeys(previous.folder, build.previousDir) : { keys: new Map<string, string>(), stamps: {} };
  const previousKeys = join(workDir, 'previous-page-keys.json');
  await writeFile(previousKeys, JSON.stringify(Object.fromEntries(known)));
  const env: Record<string, string> = {
    [INCREMENTAL_ENV.digests]: digests,
    [INCREMENTAL_ENV.keysOut]: keysOut,
    [INCREMENTAL_ENV.previousKeys]: previousKeys,
  };

  // Astro appends each route's keys as it reaches the route: that route's reused pages are linked at once, while
  // Astro renders the others (at scale ~140,000 links, seconds of the build's own time, beside Astro rather than after).
  const keys: Record<string, string> = {};
  const reused: string[] = [];
  const folders = new Set<string>();
  const pending = new KeyLines(keysOut);
  let failure: unknown;
  let spent = { wallMs: 0, cpuMs: 0 };
  const take = () => {
    if (failure !== undefined) return;
    const began = performance.now();
    const cpu = process.cpuUsage();
    try {
      for (const line of pending.read()) {
        const linked: string[] = [];
        for (const [path, key] of (JSON.parse(line) as { keys: [string, string][] }).keys) {
          keys[path] = key;
          if (known.get(path) !== key) {
            build.rendered += 1;
            continue;
          }
          const file = outputFileOf(path);
          reused.push(file);
          linked.push(file);
        }
        build.reused += linkFiles(build.previousDir, staging, linked, folders);
      }
    } catch (error) {
      failure = error;
    }
    const used = process.cpuUsage(cpu);
    spent = { wallMs: spent.wallMs + performance.now() - began, cpuMs: spent.cpuMs + (used.user + used.system) / 1000 };
  };
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  return {
    env,
    follow: () => {
      timer = setInterval(take, 250);
    },
    stop,
    reuse: async () => {
      stop();
      build.steps.record({ step: 'reused pages linked while Astro rendered', ...spent, peakRssBytes: process.memoryUsage().rss, exitCode: 0 }, 'Astro pages');
      take();
      if (failure !== undefined) throw failure;
      // (concat, not push(...): a spread of 130,000 arguments overflows the stack)
      build.reusedFiles = build.reusedFiles.concat(reused);
      await writeFile(pagesReused(build), JSON.stringify(reused));
      // A linked file's stamp is the published file's (the same inode); only the rendered ones are looked at.
      const stats: Record<string, string> = {};
      for (const path of Object.keys(keys)) stats[path] = (known.get(path) === keys[path] ? knownStamps[path] : undefined) ?? fileStamp(join(staging, outputFileOf(path))) ?? '';
      await writeFile(join(build.stagedState, STATE_FILES.pageKeys), JSON.stringify(keys));
      await writeFile(join(build.stagedState, STATE_FILES.pageStamps), JSON.stringify(stats));
    },
  };
}

interface PageKeys {
  /** What Astro is given: the dataset's digests, the published keys, where to write the keys. */
  env: Record<string, string>;
  /** Starts linking each route's reused pages as Astro writes the route's keys. */
  follow: () => void;
  /** Stops following (Astro failed or ended). */
  stop: () => void;
  /** Once Astro succeeded: the last routes' pages linked, the new keys and stamps kept for the next build. */
  reuse: () => Promise<void>;
}

/** The complete lines appended to a file since the last read (a line being written is left for the next). */
class KeyLines {
  readonly #path: string;
  #offset = 0;
  #rest: Buffer = Buffer.alloc(0);

  constructor(path: string) {
    this.#path = path;
  }

  read(): string[] {
    if (!existsSync(this.#path)) return [];
    const size = statSync(this.#path).size;
    if (size <= this.#offset) return [];
    const chunk = Buffer.alloc(size - this.#offset);
    const handle = openSync(this.#path, 'r');
    try {
      readSync(handle, chunk, 0, chunk.length, this.#offset);
    } finally {
      closeSync(handle);
    }
    this.#offset = size;
    const bytes = Buffer.concat([this.#rest, chunk]);
    const end = bytes.lastIndexOf(0x0a);
    if (end === -1) {
      this.#rest = bytes;
      return [];
    }
    this.#rest = bytes.subarray(end + 1);
    return bytes.subarray(0, end).toString('utf8').split('\n').filter((line) => line !== '');
  }
}

/** Whether every page of the published site is still as its build wrote it. */
async function untouched(stateFolder: string, site: string): Promise<boolean> {
  const keys = JSON.parse(await readFile(join(stateFolder, STATE_FILES.pageKeys), 'utf8').catch(() => '{}')) as Record<string, string>;
  return (await reusableKeys(stateFolder, site)).keys.size === Object.keys(keys).length;
}

/** The pages linked from the published site, listed for the pages' privacy scan. */
const pagesReused = (build: Build) => join(build.workDir, 'pages-reused.json');

/** Size and modification time of a file: what the next build checks before it links the file. */
function fileStamp(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : undefined;
}

/** The published site's keys (and stamps), but for paths whose file is missing or no longer as that build wrote it. */
async function reusableKeys(stateFolder: string, site: string): Promise<{ keys: Map<string, string>; stamps: Record<string, string> }> {
  const read = async (file: string) => JSON.parse(await readFile(join(stateFolder, file), 'utf8')) as Record<string, string>;
  const none: Record<string, string> = {};
  const [keys, stamps] = await Promise.all([read(STATE_FILES.pageKeys), read(STATE_FILES.pageStamps)]).catch(() => [none, none]);
  const usable = new Map<string, string>();
  for (const [path, key] of Object.entries(keys)) {
    if (stamps[path] !== undefined && fileStamp(join(site, outputFileOf(path))) === stamps[path]) usable.set(path, key);
  }
  return { keys: usable, stamps };
}

/**
 * 4. The finished site verified as a whole: every internal reference resolves, every file is referenced by a page,
 * feed or manifest, and revoked or masked people appear in no file (src/build/output/verify.ts).
 */
async function verifyOutput(build: Build): Promise<boolean> {
  const problemsFile = join(build.workDir, 'verify-problems.json');
  const site = new URL(build.site?.url ?? resolveSiteUrl(build.options.site, undefined).url);
  const base = basePath(build);
  const reusedList = join(build.workDir, 'verify-reused.json');
  await writeFile(reusedList, JSON.stringify(build.reusedFiles));
  const verified = await build.steps.run('output verification', stepScript('verify-output.ts'), [
    '--site', build.staging, '--origin', site.origin, '--base', base, '--people', unpublishedPeopleFile(build), '--problems', problemsFile,
    // The files linked from the published site are not read again: their references come from its verification's state.
    ...(build.previous ? ['--previous-state', join(build.previous.folder, STATE_FILES.verify), '--reused', reusedList] : []),
    '--state-out', join(build.stagedState, STATE_FILES.verify),
  ]);
  if (verified.exitCode !== 0) {
    build.problems.push(stepFailed('output verification', verified));
    return false;
  }
  return addProblems(build, JSON.parse(await readFile(problemsFile, 'utf8')) as Problem[]);
}

/** Problems a step found: reported (counted again in the closing summary), and false when any is an error. */
function addProblems(build: Build, found: Problem[]): boolean {
  if (found.length === 0) return true;
  for (const each of found) build.problems.push(each);
  build.log(found.length === 1 ? formatProblem(found[0]!) : formatProblems(found));
  return !found.some((problem) => problem.severity === 'error');
}

/**
 * A table of the steps' wall and CPU times and peak memory, for the console and the benchmark. A step that ran
 * beside another says so; the total is the build's own wall time, the CPU time of all its processes and the
 * peak of its whole process tree.
 */
export function formatTimings(timings: readonly StepTiming[], total: BuildTotal): string {
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows = [
    ['step', 'wall', 'CPU', 'peak memory'],
    ...timings.map((timing) => [
      timing.alongside ? `${timing.step} (beside ${timing.alongside})` : timing.step,
      seconds(timing.wallMs),
      timing.cpuMs === undefined ? '' : seconds(timing.cpuMs),
      mib(timing.peakRssBytes),
    ]),
    ['whole build', seconds(total.wallMs), seconds(total.cpuMs), `${mib(total.peakRssBytes)} (all processes at once)`],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
