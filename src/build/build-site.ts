// The whole build as named steps; the site in `outDir` is replaced only when every step succeeded.
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjkFontFiles, MISSING_FONT_MESSAGE } from '../charts/font.ts';
import { problem } from '../pipeline/problems.ts';
import { writeReportFiles } from './report-files.ts';
import { buildReport, formatGroupedSummary, formatProblem, formatProblems, type Problem } from '../pipeline/report.ts';
import { treeUsage, watchTree, type StepTiming } from './measure.ts';
import { HOW_TO_SET_SITE_URL, resolveSiteUrl, type ResolvedSiteUrl } from '../site/site-url.ts';
import { StepRunner, stepFailed, succeeded } from './stages.ts';
import { recoverInterruptedSwap, swapIn, swapPaths } from './swap.ts';
import { removeAbandonedWorkFolders, workFolder } from './work-folders.ts';

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
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  timings: StepTiming[];
  /** The whole build: wall time from start to finish, and the highest memory of the build's whole process tree. */
  total: BuildTotal;
  /** The public URL every page, feed, QR code and embed code uses, and where it came from (once the export was read). */
  site?: ResolvedSiteUrl;
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
  };

  const { previousRemoved } = await recoverInterruptedSwap(outDir);
  // Awaited before any return, so that a failed build leaves nothing deleting in the background.
  const finishRemoving = previousRemoved.then(() => undefined, () => undefined);
  const ok = await runSteps(build, previousRemoved);
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
  const htmlReport = await writeReportFiles(options.reportPath, { ...report, ...(site ? { site } : {}), timings, total });
  if (!options.prepareOnly) await rm(build.staging, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
  log(ok ? `✓ 构建成功 Build succeeded → ${outDir}` : `✗ 构建失败，已发布的网站未改动。Build failed; the published site was not touched.`);
  // Every problem of every step, counted by kind: a warning printed early is not lost above the steps' output.
  log(formatGroupedSummary(problems).replace(/^/gm, '  '));
  if (site) log(`  网址 Site URL: ${site.url}（${SITE_URL_SOURCES[site.source].zh}）(${SITE_URL_SOURCES[site.source].en})`);
  log(`  报告 Report: ${resolve(options.reportPath)}`);
  // Last, so that it is what a publisher sees: the page to open.
  log(`  报告（网页）Report (page): ${resolve(htmlReport)}`);
  return { ok, problems, timings, total, ...(site ? { site } : {}) };
}

const SITE_URL_SOURCES = {
  option: { zh: '来自 --site', en: 'from --site' },
  release: { zh: '来自 release.json 的 site_url', en: "from release.json's site_url" },
  placeholder: { zh: '占位地址，未配置', en: 'a placeholder: not configured' },
} as const;

/** The build's steps in order; false as soon as one fails. */
async function runSteps(build: Build, previousRemoved: Promise<unknown>): Promise<boolean> {
  await mkdir(build.workDir, { recursive: true });
  if (!(await prepareDataset(build))) return false;
  if (!(await honoreePhotos(build))) return false;
  publicUrl(build);
  if (!chartFont(build)) return false;
  if (!(await shareImages(build))) return false;
  if (!(await releaseHistory(build))) return false;
  if (build.options.prepareOnly) return true;
  if (!(await pagesAndSearchIndex(build))) return false;
  if (!(await verifyOutput(build))) return false;
  await previousRemoved;
  await swapIn(build.outDir);
  return true;
}

/** 1. read → decode → parse → validate → privacy gate → derive: the dataset the pages are made from. */
async function prepareDataset(build: Build): Promise<boolean> {
  const { options, datasetDir, problems } = build;
  const inputProblems = join(build.workDir, 'input-problems.json');
  const prepared = await build.steps.run('read, validate and derive', stepScript('prepare.ts'), [
    '--data', resolve(options.dataDir), '--dataset', datasetDir, '--problems', inputProblems, '--today', options.today,
    '--unpublished', unpublishedPeopleFile(build), '--photos', photoSourcesFile(build),
  ]);
  if (existsSync(inputProblems)) problems.push(...(JSON.parse(await readFile(inputProblems, 'utf8')) as Problem[]));
  if (problems.length > 0) build.log(formatProblems(problems));
  if (existsSync(join(datasetDir, 'meta.json'))) {
    const { release } = JSON.parse(await readFile(join(datasetDir, 'meta.json'), 'utf8')) as { release: { release: string; site_url?: string } };
    build.release = release.release;
    if (release.site_url !== undefined) build.releaseSiteUrl = release.site_url;
  }
  if (prepared.exitCode === 0) return true;
  if (!problems.some((problem) => problem.severity === 'error')) problems.push(stepFailed('read, validate and derive', prepared));
  return false;
}

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

/**
 * 2. Astro renders every page into the staging folder, while the search index for honorees, projects and
 * notices is written from the dataset (they need no built page; one bundle at a time, so the two steps share
 * the machine's two cores and stay inside the memory budget together).
 * 3. The privacy gate again over every file written, each part as soon as it is complete: the records' index
 * beside Astro, the pages once Astro is done, beside the index of the pages that are searchable as built (the
 * about page) and that part's own scan.
 */
async function pagesAndSearchIndex(build: Build): Promise<boolean> {
  const { options, staging, workDir, datasetDir } = build;
  await rm(staging, { recursive: true, force: true });
  const site = build.site?.url ?? resolveSiteUrl(options.site, undefined).url;
  const astroArgs = ['build', '--outDir', staging, '--site', site, ...(options.base ? ['--base', options.base] : []), ...(options.quiet ? ['--silent'] : [])];
  const recordsIndex = join(workDir, 'pagefind');
  const pagesIndex = join(workDir, 'pagefind-pages');
  const recordBundles = join(workDir, 'search-records.json');
  const nameIndex = join(workDir, 'names');
  const stage = build.steps.stage();
  const problemFiles: string[] = [];
  const scan = (step: string, folder: string, prefix?: string) => {
    const problemsFile = join(workDir, `output-problems-${problemFiles.length}.json`);
    problemFiles.push(problemsFile);
    return stage.step(step, stepScript('scan-output.ts'), ['--site', folder, '--problems', problemsFile, ...(prefix ? ['--prefix', prefix] : [])]);
  };

  // Astro keeps its intermediate server build in <cwd>/.astro/ when the output folder lies outside the
  // working directory; running it from this build's private folder keeps concurrent builds apart.
  // A larger young generation: rendering makes short-lived garbage page after page, and with V8's default
  // the Astro step spent ~18 s of 250 in the garbage collector at 100,000 honorees (~5 % faster, +170 MB).
  // NODE_ENV production whoever runs the build: a test runner's NODE_ENV=test would ship React's development build.
  const astro = stage.step('Astro pages', astroBin, [...astroArgs, '--root', projectRoot], {
    env: { YANGGUANG_DATASET: datasetDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    cwd: workDir,
    nodeFlags: ['--max-semi-space-size=64'],
  });
  // At a lower priority than Astro, which is the longer of the two: the index takes the CPU Astro leaves, and
  // Astro, whose pages the last step needs, is not slowed by it.
  const records = stage.step('search index: honorees, projects, notices', stepScript('search-index.ts'), ['--dataset', datasetDir, '--out', recordsIndex, '--summary', recordBundles, '--names', nameIndex], { niceness: 10 });
  const recordsScanned = records.then(async (result) => {
    if (!succeeded(result)) return;
    await scan('output privacy scan: search index', recordsIndex, 'pagefind');
    await scan('output privacy scan: name index', nameIndex, 'search/names');
  });
  const pagesDone = astro.then(async (result) => {
    if (!succeeded(result)) return;
    if (existsSync(join(datasetDir, 'photos'))) await cp(join(datasetDir, 'photos'), join(staging, 'photos'), { recursive: true });
    if (existsSync(join(datasetDir, 'share'))) await cp(join(datasetDir, 'share'), join(staging, 'share'), { recursive: true });
    await Promise.all([
      scan('output privacy scan: pages', staging),
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
  const leaks = (await Promise.all(problemFiles.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as Problem[]))).flat();
  return addProblems(build, leaks);
}

/**
 * 4. The finished site verified as a whole: every internal reference resolves, every file is referenced by a page,
 * feed or manifest, and revoked or masked people appear in no file (src/build/output/verify.ts).
 */
async function verifyOutput(build: Build): Promise<boolean> {
  const problemsFile = join(build.workDir, 'verify-problems.json');
  const site = new URL(build.site?.url ?? resolveSiteUrl(build.options.site, undefined).url);
  const base = basePath(build);
  const verified = await build.steps.run('output verification', stepScript('verify-output.ts'), [
    '--site', build.staging, '--origin', site.origin, '--base', base, '--people', unpublishedPeopleFile(build), '--problems', problemsFile,
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
  build.problems.push(...found);
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
