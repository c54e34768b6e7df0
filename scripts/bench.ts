// npm run bench [-- --out bench-out] [--reuse-export] [--query 张]
// The scale benchmark: generate the large export (100,000 honorees, 20,000 projects, 1,000,000 fund lines,
// every Ankang village, four years), build it end to end from nothing, and print each step's wall time and peak
// memory; then the rebuilds a publisher makes — nothing changed, one honoree revoked, the next day's refresh —
// side by side with the full build and the plain-Node floor; the output's size, the bytes of the first Chinese
// search. Table on stdout, JSON file beside.
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstNameQueryCost, oldestOnlyName, type NameQueryCost } from '../src/bench/first-name-query.ts';
import { firstSearchCost, type SearchCost } from '../src/bench/first-search.ts';
import { photoCost } from '../src/bench/photo-cost.ts';
import { hostCpu, stealShare } from '../src/bench/host-cpu.ts';
import { plainNodeFloor } from '../src/bench/plain-node-floor.ts';
import { siteSize } from '../src/bench/site-size.ts';
import { exportWithOneRevoked } from '../src/bench/changed-export.ts';
import { buildSite, formatTimings, type BuildOptions, type BuildResult } from '../src/build/build-site.ts';
import { runNodeStep, type StepTiming } from '../src/build/measure.ts';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { serveStatic } from '../tests/e2e/harness/server.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench-out' },
    'reuse-export': { type: 'boolean', default: false },
    query: { type: 'string', default: '张' },
  },
});

const BUDGET = {
  totalMs: 6 * 60_000, cpuMs: 300_000, peakBytes: 4 * 2 ** 30, firstSearchBytes: 250 * 1024, firstNameBytes: 60 * 1024, firstNameMs: 1_000,
  unchangedMs: 15_000, oneRecordMs: 30_000, nextDayMs: 30_000,
};
const out = resolve(values.out);
const exportDir = join(out, 'export');
const siteDir = join(out, 'site');
const log = (line: string) => process.stderr.write(`${line}\n`);

let generation: StepTiming | undefined;
if (!values['reuse-export'] || !existsSync(join(exportDir, 'release.json'))) {
  log('Generating the large export…');
  const generated = await runNodeStep('generate large export', 'scripts/generate-sample.ts', ['--scale', 'large', '--out', exportDir]);
  if (generated.exitCode !== 0) throw new Error('The generator failed');
  generation = { step: generated.step, wallMs: generated.wallMs, peakRssBytes: generated.peakRssBytes };
}

log('Building it end to end from nothing…');
// From nothing: no published site to reuse (its removal is not timed).
await rm(siteDir, { recursive: true, force: true });
await rm(`${siteDir}.previous`, { recursive: true, force: true });
const DAY = '2026-11-03';
const NEXT_DAY = '2026-11-04';
const buildOptions = (dataDir: string, today: string): BuildOptions => ({ dataDir, outDir: siteDir, reportPath: join(out, 'build-report.json'), today, quiet: true, log });
const hostBefore = hostCpu();
const build = await buildSite(buildOptions(exportDir, DAY));
if (!build.ok) throw new Error(`The large export did not build; see ${join(out, 'build-report.json')}`);
const totalMs = build.total.wallMs;
const hostAfter = hostCpu();
const host = { stealMs: hostAfter.stealMs - hostBefore.stealMs, stealShare: stealShare(hostBefore, hostAfter, totalMs) };
const peakBytes = build.total.peakRssBytes;

// The rebuilds, each on the site the one before published.
const rebuild = async (label: string, dataDir: string, today: string): Promise<BuildResult> => {
  log(`Rebuilding: ${label}…`);
  const result = await buildSite(buildOptions(dataDir, today));
  if (!result.ok) throw new Error(`${label}: the build failed; see ${join(out, 'build-report.json')}`);
  return result;
};
const unchanged = await rebuild('nothing changed', exportDir, DAY);
const changedExport = join(out, 'export-one-revoked');
const revokedId = await exportWithOneRevoked(exportDir, changedExport);
const oneRecord = await rebuild(`one honoree revoked (${revokedId})`, changedExport, DAY);
const nextDay = await rebuild("the next day's refresh", changedExport, NEXT_DAY);

const size = await siteSize(siteDir);
log(`Writing ${size.htmlFiles} HTML files with plain Node…`);
const floor = await plainNodeFloor(join(out, 'plain-node-floor'), size.htmlFiles);

log(`First search for 「${values.query}」 in Chromium…`);
const server = await serveStatic(siteDir);
const browser = await launchChromium();
let search: SearchCost;
let names: NameQueryCost;
try {
  search = await firstSearchCost(browser, server.url, values.query);
  const person = await oldestOnlyName(siteDir);
  log(`First name query for 「${person[2]}」 (only in the oldest year) under Slow 4G and 4× CPU…`);
  names = await firstNameQueryCost(browser, server.url, person);
} finally {
  await browser.close();
  await server.close();
}

// The generated export carries the sample's 48 small portraits: phone-sized photos are measured on their own.
log('Photos at phone size: 24 of 12 MP through the photo step, empty cache then cached…');
const photos = await photoCost(join(out, 'photo-cost'));
const PHOTOS_AT_SCALE = 20_000;
const perPhoto = (ms: number) => ms / photos.photos;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const lines = [
  '',
  'Steps (wall time, peak memory of the step’s process tree):',
  generation ? `(generating the export, not part of the build: ${(generation.wallMs / 1000).toFixed(1)} s, ${mib(generation.peakRssBytes)})` : '',
  formatTimings(build.timings, build.total),
  '',
  `Build end to end: ${(totalMs / 1000).toFixed(1)} s (budget 360 s: ${verdict(totalMs <= BUDGET.totalMs)}), ${(build.total.cpuMs / 1000).toFixed(1)} s of CPU (budget 300 s: ${verdict(build.total.cpuMs <= BUDGET.cpuMs)}), peak ${mib(peakBytes)} (budget 4 GiB: ${verdict(peakBytes <= BUDGET.peakBytes)})`,
  '',
  'Full build and rebuilds, side by side (each on the site the one before published):',
  rebuildTable([
    ['full build, from nothing', build, undefined],
    ['rebuild, nothing changed', unchanged, BUDGET.unchangedMs],
    [`rebuild, one honoree revoked (${revokedId})`, oneRecord, BUDGET.oneRecordMs],
    [`next day's refresh (--today ${NEXT_DAY})`, nextDay, BUDGET.nextDayMs],
  ], floor),
  '',
  `Where the one-record rebuild's time went:`,
  formatTimings(oneRecord.timings, oneRecord.total),
  '',
  `Where the next day's refresh's time went:`,
  formatTimings(nextDay.timings, nextDay.total),
  '',
  `Host CPU steal during the build: ${(host.stealMs / 1000).toFixed(1)} s (${(host.stealShare * 100).toFixed(1)} % of the cores' time; the hypervisor ran others on them)`,
  `Output: ${size.files.toLocaleString('en-US')} files, ${size.htmlFiles.toLocaleString('en-US')} HTML pages, ${mib(size.bytes)}`,
  `Plain Node writing ${floor.files.toLocaleString('en-US')} HTML files: ${(floor.wallMs / 1000).toFixed(1)} s (the floor)`,
  `First search 「${search.query}」: ${(search.indexBytes / 1024).toFixed(0)} KB of index, ${(search.totalBytes / 1024).toFixed(0)} KB in all, ${search.requests} requests, ${search.results} results shown (budget 250 KB: ${verdict(search.indexBytes <= BUDGET.firstSearchBytes)})`,
  `First name query 「${names.query}」 (one person, oldest year): ${names.first ? 'found first' : 'NOT FIRST'}, ${names.files} files, ${(names.gzipBytes / 1024).toFixed(1)} KB gzip (budget 60 KB: ${verdict(names.gzipBytes <= BUDGET.firstNameBytes)}), first result ${names.firstResultMs} ms after the page's script starts under Slow 4G and 4× CPU (budget 1 s: ${verdict(names.firstResultMs <= BUDGET.firstNameMs)})`,
  `Photos (${photos.photos} of ${photos.width} × ${photos.height}, ${(photos.sourceBytes / photos.photos / 2 ** 20).toFixed(1)} MiB each): ${perPhoto(photos.firstMs).toFixed(0)} ms a photo with an empty cache, ${perPhoto(photos.rebuildMs).toFixed(1)} ms from the cache — for ${PHOTOS_AT_SCALE.toLocaleString('en-US')} photos ${((perPhoto(photos.firstMs) * PHOTOS_AT_SCALE) / 1000).toFixed(0)} s on a first build, ${((perPhoto(photos.rebuildMs) * PHOTOS_AT_SCALE) / 1000).toFixed(0)} s on a rebuild (not in the build above)`,
].filter((line) => line !== '');
process.stdout.write(`${lines.join('\n')}\n`);

const rebuildJson = (result: BuildResult) => ({ timings: result.timings, total: result.total, incremental: result.incremental });
const json = {
  generation,
  build: { timings: build.timings, totalMs, peakBytes, cpuMs: build.total.cpuMs, incremental: build.incremental },
  rebuilds: { unchanged: rebuildJson(unchanged), oneRecord: { revoked: revokedId, ...rebuildJson(oneRecord) }, nextDay: rebuildJson(nextDay) },
  host, size, floor, search, names, photos, budget: BUDGET,
};
await writeFile(join(out, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
process.stdout.write(`JSON: ${join(out, 'bench.json')}\n`);

/** The full build and the rebuilds in one table: wall, CPU, peak memory, files written, rendered and reused, with their budgets. */
function rebuildTable(rows: [label: string, result: BuildResult, budgetMs: number | undefined][], plain: { files: number; wallMs: number }): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const count = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('en-US'));
  const table = [
    ['build', 'wall', 'CPU', 'peak memory', 'files written', 'pages rendered', 'pages reused', 'budget'],
    ...rows.map(([label, result, budgetMs]) => [
      label,
      seconds(result.total.wallMs),
      seconds(result.total.cpuMs),
      `${(result.total.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
      count(result.incremental?.mode === 'unchanged' ? 0 : result.incremental?.written),
      count(result.incremental?.rendered),
      count(result.incremental?.reused),
      budgetMs === undefined
        ? `CPU ≤ 300 s: ${result.total.cpuMs <= BUDGET.cpuMs ? 'within' : 'OVER'}`
        : `≤ ${seconds(budgetMs)}: ${result.total.wallMs <= budgetMs ? 'within' : 'OVER'}`,
    ]),
    ['plain Node writing the HTML pages (floor)', seconds(plain.wallMs), '', '', count(plain.files), '', '', ''],
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => [...(row[column] ?? '')].length)));
  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
