// Generates one complete export folder (format v1, PRODUCT.md §4) from a seed.
//
// Plans come first (regions, poverty ledger, pairings, notice calendar,
// honorees, projects) so every cross-reference is known; then each file is
// written, the big ones streamed row by row.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIsoDate, yearOf } from './calendar.ts';
import { excelDialect, plainDialect, writeCsvFile, openCsvFile } from './csv-writer.ts';
import { buildBoundaries } from './boundaries.ts';
import { fundLineColumns, fundLineRow, fundLinesOf } from './fund-lines.ts';
import { planHonorees } from './honoree-plan.ts';
import { honoreeColumns, photoFileName, writeHonoree } from './honorees.ts';
import { planNoticeCalendar } from './notice-schedule.ts';
import { describeNotices, noticeColumns } from './notices.ts';
import { pairingColumns, planPairings } from './pairings.ts';
import { drawPortrait } from './portraits.ts';
import { indicatorColumns, indicatorRows, planPovertyLedger } from './poverty-ledger.ts';
import { planTargets, targetColumns } from './targets.ts';
import { planProjects, projectColumns } from './projects.ts';
import { createRandom } from './random.ts';
import { defaultReferenceDir, readReference } from './reference.ts';
import { buildRegionTree, regionColumns, regionRows } from './regions.ts';
import { releaseManifest } from './release-manifest.ts';
import { scales, type ScaleName } from './scale.ts';

export interface GenerateOptions {
  outDir: string;
  seed: number;
  scale: ScaleName;
  /** `YYYY-MM-DD`; the campaign years end on its anniversaries. */
  release: string;
  referenceDir?: string;
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface FileSummary {
  file: string;
  /** Data rows (CSV) or features (GeoJSON); null for other files. */
  rows: number | null;
  bytes: number;
}

/**
 * Refuses a non-empty output folder that does not look like an export, so a
 * mistyped `--out` can never delete someone's files.
 */
function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes('release.json')) {
    throw new Error(`refusing to clear ${outDir}: it is not empty and holds no release.json`);
  }
}

/** Swaps the finished export into place, so a failed run leaves the previous export untouched. */
function replaceFolder(finished: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  renameSync(finished, outDir);
}

export function generateExport(options: GenerateOptions): FileSummary[] {
  const { seed } = options;
  const outDir = resolve(options.outDir);
  const log = options.log ?? ((): void => {});
  const scale = scales[options.scale];
  const release = parseIsoDate(options.release);
  const finalYear = yearOf(release);
  const years = Array.from({ length: scale.yearCount }, (_, i) => finalYear - scale.yearCount + 1 + i);
  const root = createRandom(seed);
  assertReplaceable(outDir);

  const reference = readReference(options.referenceDir ?? defaultReferenceDir);
  const tree = buildRegionTree(reference, root.fork('regions'));
  const ledger = planPovertyLedger(tree, years, root.fork('ledger'));
  const pairings = planPairings(tree, ledger, root.fork('pairings'));
  const drafts = planNoticeCalendar({ tree, years, release, seed, random: root.fork('notices') });
  const draftById = new Map(drafts.map((d) => [d.id, d]));
  const honorees = planHonorees({ tree, ledger, notices: draftById, scale, release, random: root.fork('honorees') });
  const projects = planProjects({ tree, ledger, notices: draftById, scale, release, random: root.fork('projects') });
  const notices = describeNotices(drafts, { tree, ledger, honorees, projects, pairings });
  log(`planned ${honorees.length} honorees, ${projects.length} projects, ${notices.length} notices`);

  // Written beside the target first; see replaceFolder.
  const staging = `${outDir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'photos'), { recursive: true });
  const path = (file: string): string => join(staging, file);
  const counts = new Map<string, number>();

  writeFileSync(path('release.json'), `${JSON.stringify(releaseManifest(release, tree.city.code, seed), null, 2)}\n`);
  counts.set('regions.csv', writeCsvFile(path('regions.csv'), regionColumns, 'en', plainDialect, regionRows(tree)));
  const boundaries = buildBoundaries(tree, reference.outlines, root.fork('boundaries'));
  writeFileSync(path('boundaries.geojson'), boundaries);
  counts.set('boundaries.geojson', tree.counties.length + tree.townships.length);
  counts.set('indicators.csv', writeCsvFile(path('indicators.csv'), indicatorColumns, 'en', plainDialect, indicatorRows(tree, ledger)));
  counts.set('pairings.csv', writeCsvFile(path('pairings.csv'), pairingColumns, 'en', plainDialect, pairings));
  counts.set('targets.csv', writeCsvFile(path('targets.csv'), targetColumns, 'en', plainDialect, planTargets(tree, ledger, root.fork('targets'))));
  counts.set('notices.csv', writeCsvFile(path('notices.csv'), noticeColumns, 'en', plainDialect, notices));
  counts.set('projects.csv', writeCsvFile(path('projects.csv'), projectColumns, 'en', plainDialect, projects));
  log('wrote regions, boundaries, indicators, pairings, targets, notices, projects');

  // Each project and honoree draws from its own stream, so one long story cannot shift the next.
  const fundLines = openCsvFile(path('fund_lines.csv'), fundLineColumns, 'zh', excelDialect);
  for (const project of projects) {
    const random = root.fork(`fund-lines/${project.id}`);
    for (const line of fundLinesOf(project, release, random)) fundLines.write(fundLineRow(line, random));
  }
  counts.set('fund_lines.csv', fundLines.close());
  log('wrote fund lines');

  const unitByVillageYear = new Map(pairings.map((p) => [`${p.year}/${p.villageCode}`, p.unit]));
  const unitOf = (villageCode: string, year: number): string =>
    unitByVillageYear.get(`${year}/${villageCode}`) ?? '安康市脱贫攻坚领导小组办公室';
  const honoreeFile = openCsvFile(path('honorees.csv'), honoreeColumns, 'zh', excelDialect);
  for (const slot of honorees) {
    honoreeFile.write(writeHonoree(slot, unitOf, root.fork(`story/${slot.id}`)));
    if (slot.photo) writeFileSync(path(`photos/${photoFileName(slot)}`), drawPortrait(slot.gender, root.fork(`photo/${slot.id}`)));
  }
  counts.set('honorees.csv', honoreeFile.close());
  log('wrote honorees and photos');

  const files = [
    'release.json',
    'regions.csv',
    'boundaries.geojson',
    'honorees.csv',
    'notices.csv',
    'projects.csv',
    'fund_lines.csv',
    'pairings.csv',
    'indicators.csv',
    'targets.csv',
  ];
  const photos = readdirSync(path('photos')).sort();
  const summary = [
    ...files.map((file) => ({ file, rows: counts.get(file) ?? null, bytes: statSync(path(file)).size })),
    { file: 'photos/', rows: photos.length, bytes: photos.reduce((sum, f) => sum + statSync(path(`photos/${f}`)).size, 0) },
  ];
  replaceFolder(staging, outDir);
  return summary;
}
